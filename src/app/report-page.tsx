import { lazy, Suspense, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { waitFor } from '../lib/wait-for';
import { adrInput } from '../domain/madr/adr-input';
import { selectAdrFacts } from '../store/adr';
import { useAppStore } from '../store/store';
import { axisRange, formatScore } from '../ui/format';
import { StepsList } from '../ui/steps-list';
import { useDocumentTitle } from '../ui/use-document-title';
import { ReportOptions } from './report-options';
import './report-page.css';

const QuadrantChart = lazy(() => import('../features/quadrant/quadrant-chart'));

/**
 * The decision as one printable document: the record's facts and rationale, the ranking and the
 * weights, the team's answers, the forces quadrant and the migration path with its steps.
 * `?print=1` opens the browser's print dialog once the chart is drawn.
 */
export function ReportPage({ toolbar }: { toolbar?: ReactNode } = {}) {
  const state = useAppStore((s) => s);
  const a = useMemo(() => adrInput(selectAdrFacts(state)), [state]);
  const title = a.record.title || 'Architecture decision';
  useDocumentTitle(title);
  const article = useRef<HTMLElement>(null);
  const [params, setParams] = useSearchParams();
  const wantPrint = params.get('print') === '1';
  const printed = useRef(false);

  useEffect(() => {
    if (!wantPrint || printed.current) return;
    let cancelled = false;
    const chartDrawn = () => article.current?.querySelector('.report-quadrant .points-layer .point');
    void waitFor(chartDrawn)
      .catch(() => null) // print what there is rather than nothing
      .then(() => {
        if (cancelled || printed.current) return;
        printed.current = true;
        window.print();
        setParams(
          (p) => {
            p.delete('print');
            return p;
          },
          { replace: true },
        );
      });
    return () => {
      cancelled = true;
    };
  }, [wantPrint, setParams]);

  const leader = a.ranking[0];
  const q = a.quadrant;

  return (
    <div className="page report-page">
      {toolbar ?? (
        <div className="report-toolbar">
          <Link to="/record">← Back to the decision record</Link>
          <button type="button" className="button primary" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
      )}
      <article className="report" ref={article} aria-labelledby="report-title">
        <header className="report-header">
          <p className="eyebrow">Decision report · {a.datasetTitle}</p>
          <h1 id="report-title">{title}</h1>
          <dl className="report-facts">
            <div>
              <dt>Status</dt>
              <dd className="capitalize">{a.record.status}</dd>
            </div>
            <div>
              <dt>Date</dt>
              <dd>{a.record.date}</dd>
            </div>
            <div>
              <dt>Participants</dt>
              <dd>{a.record.participants.length ? a.record.participants.join(', ') : 'not recorded'}</dd>
            </div>
          </dl>
        </header>

        <section className="report-section" aria-labelledby="report-outcome">
          <h2 id="report-outcome">Decision</h2>
          <p className="report-outcome">
            {a.choice.sentence}
            {leader && a.explanation ? ` ${a.explanation}` : ''}
          </p>
          <h3>Rationale</h3>
          {a.record.rationale.trim() ? (
            <div className="report-rationale">
              {a.record.rationale
                .trim()
                .split(/\n{2,}/)
                .map((para, i) => (
                  <p key={i}>{para}</p>
                ))}
            </div>
          ) : (
            <p className="muted">No rationale written yet.</p>
          )}
          {a.robustness && (
            <p>
              <strong>Robustness:</strong> {a.robustness}
            </p>
          )}
        </section>

        <section className="report-section" aria-labelledby="report-ranking">
          <h2 id="report-ranking">Ranking</h2>
          <div className="report-two">
            <table className="data-table report-table">
              <caption>Options by score (of 100)</caption>
              <thead>
                <tr>
                  <th scope="col">Rank</th>
                  <th scope="col">Option</th>
                  <th scope="col" className="num">
                    Score
                  </th>
                </tr>
              </thead>
              <tbody>
                {a.ranking.map((r) => (
                  <tr key={r.name}>
                    <td>
                      {r.tied ? '=' : ''}
                      {r.rank}
                    </td>
                    <th scope="row">{r.name}</th>
                    <td className="num">{formatScore(r.score)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="data-table report-table">
              <caption>Weights (of 10)</caption>
              <thead>
                <tr>
                  <th scope="col">Criterion</th>
                  <th scope="col" className="num">
                    Weight
                  </th>
                </tr>
              </thead>
              <tbody>
                {a.drivers.map((d) => (
                  <tr key={d.name}>
                    <th scope="row">
                      {d.name}
                      {d.note && <span className="report-note">{d.note}</span>}
                    </th>
                    <td className="num">{d.weight}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {a.unrated.length > 0 && (
            <p className="small">Not ranked: {a.unrated.map((u) => `${u.name} (no rating for ${u.missing.join(', ')})`).join('; ')}.</p>
          )}
        </section>

        {a.group && (
          <section className="report-section" aria-labelledby="report-group">
            <h2 id="report-group">Group input</h2>
            <p>Participants: {a.group.participants}.</p>
            <p>{a.group.method}</p>
            <p>
              {a.group.disagreed.length > 0
                ? `The room disagreed on: ${a.group.disagreed.join(', ')}.`
                : 'The room broadly agreed: no criterion’s marks were 3 or more apart.'}
            </p>
          </section>
        )}

        <section className="report-section" aria-labelledby="report-team">
          <h2 id="report-team">Team context</h2>
          <p>
            A team of {a.teamSize} engineer{a.teamSize === 1 ? '' : 's'}
            {a.languages.length ? ` working in ${a.languages.join(' and ')}` : ''}.
          </p>
          {a.answers.length > 0 ? (
            <table className="data-table report-table">
              <caption>Answers to the decision checklist</caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Answer</th>
                  <th scope="col">What it changes</th>
                </tr>
              </thead>
              <tbody>
                {a.answers.map((x) => (
                  <tr key={x.title}>
                    <th scope="row">
                      {x.title}
                      <span className="report-note">{x.prompt}</span>
                    </th>
                    <td>{x.answer}</td>
                    <td>{x.effect}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">No checklist question answered.</p>
          )}
        </section>

        <section className="report-section report-quadrant-section" aria-labelledby="report-quadrant">
          <h2 id="report-quadrant">{q.title}</h2>
          <p className="small muted">
            Horizontal: {axisRange({ low: q.xLow, high: q.xHigh })}. Vertical: {axisRange({ low: q.yLow, high: q.yHigh })}. Size and colour
            show each option’s score.
          </p>
          <div className="report-quadrant">
            <Suspense fallback={<div className="chart-placeholder" aria-hidden="true" />}>
              <QuadrantChart />
            </Suspense>
          </div>
        </section>

        <section className="report-section" aria-labelledby="report-path">
          <h2 id="report-path">Migration path</h2>
          {a.path ? (
            <>
              <p className="report-path">{a.path.description}</p>
              <ol className="report-steps">
                {a.path.steps.map((s) => (
                  <li key={s.title}>
                    <h3>{s.title}</h3>
                    <StepsList steps={s.steps} empty="No steps written for this migration." />
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p>{a.pathNote ?? 'No migration path chosen.'}</p>
          )}
        </section>

        <ReportOptions options={a.options} />
      </article>
    </div>
  );
}
