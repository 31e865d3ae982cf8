import { Link, useParams } from 'react-router';
import { displayName, patternById, ratingsOf, relatedMigrations } from '../../domain/catalog/filter';
import type { Pattern } from '../../domain/model/dataset';
import { useDataset } from '../../store/store';
import { CodeBlock } from '../../ui/code-block';
import { axisRange, formatCoordinate, LANGUAGES, languageName } from '../../ui/format';
import { BulletList, RichText } from '../../ui/rich-text';
import { OursBadge, SourceNote } from '../../ui/source-note';
import { StepsList } from '../../ui/steps-list';
import { TableScroll } from '../../ui/table-scroll';
import { useDocumentTitle } from '../../ui/use-document-title';
import { CompareToggle } from './compare-toggle';
import { FitBadges } from './fit-badges';

function TradeOffTable({ pattern }: { pattern: Pattern }) {
  const rows = Math.max(pattern.benefits.length, pattern.tradeOffs.length);
  if (rows === 0) return null;
  if (pattern.benefits.length === 0) {
    return (
      <section aria-labelledby="tradeoffs">
        <h2 id="tradeoffs">Trade-offs</h2>
        <BulletList items={pattern.tradeOffs} />
      </section>
    );
  }
  return (
    <section aria-labelledby="tradeoffs">
      <h2 id="tradeoffs">Benefits and trade-offs</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Benefit</th>
            <th scope="col">Trade-off</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i}>
              <td>{pattern.benefits[i] !== undefined && <RichText text={pattern.benefits[i]} />}</td>
              <td>{pattern.tradeOffs[i] !== undefined && <RichText text={pattern.tradeOffs[i]} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Every section the dataset has for one pattern. */
export function PatternPage() {
  const { patternId = '' } = useParams();
  const dataset = useDataset();
  const pattern = patternById(dataset, patternId);
  useDocumentTitle(pattern?.name ?? 'Pattern not found');

  if (!pattern) {
    return (
      <section className="page narrow">
        <h1>Pattern not found</h1>
        <p>
          The dataset in use, “{dataset.title}”, has no pattern with the id <code>{patternId}</code>.
        </p>
        <Link to="/patterns">Back to the catalog</Link>
      </section>
    );
  }

  const index = dataset.patterns.indexOf(pattern);
  const prev = dataset.patterns[index - 1];
  const next = dataset.patterns[index + 1];
  const category = dataset.categories.find((c) => c.id === pattern.category);
  const ratings = ratingsOf(dataset, pattern.id);
  const migrations = relatedMigrations(dataset, pattern.id);
  const point = dataset.quadrant.points.find((p) => p.patternId === pattern.id);

  return (
    <article className="page pattern-page" aria-labelledby="pattern-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/patterns">Catalog</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={`/patterns?category=${pattern.category}`}>{category?.name ?? pattern.category}</Link>
      </nav>
      <header className="pattern-header">
        <div>
          <h1 id="pattern-title">{pattern.name}</h1>
          <p className="pattern-meta">
            <SourceNote source={pattern.source} />
            {pattern.editorial.length > 0 && (
              <span className="editorial-note">
                <OursBadge /> Our own writing: {pattern.editorial.join(', ')}
              </span>
            )}
          </p>
        </div>
        <div className="pattern-actions">
          <FitBadges pattern={pattern} />
          <CompareToggle id={pattern.id} name={pattern.name} />
        </div>
      </header>

      <p className="lede">
        <RichText text={pattern.summary} />
      </p>

      <div className="pattern-body">
        <div className="pattern-main">
          {pattern.whenToUse.length > 0 && (
            <section aria-labelledby="when">
              <h2 id="when">When to use</h2>
              <BulletList items={pattern.whenToUse} />
            </section>
          )}
          <TradeOffTable pattern={pattern} />
          {pattern.considerations && (
            <section aria-labelledby="considerations">
              <h2 id="considerations">{pattern.considerations.heading}</h2>
              <BulletList items={pattern.considerations.items} />
            </section>
          )}
          {pattern.keyConcepts.length > 0 && (
            <section aria-labelledby="concepts">
              <h2 id="concepts">Key concepts</h2>
              <BulletList items={pattern.keyConcepts} />
            </section>
          )}
          {pattern.sections.map((s, i) => (
            <section key={i} aria-labelledby={`section-${i}`}>
              <h2 id={`section-${i}`}>{s.heading}</h2>
              <BulletList items={s.items} />
            </section>
          ))}
          {pattern.tables.map((t, i) => (
            <section key={i} aria-label={t.caption ?? `Table ${i + 1}`}>
              {t.caption && <h2>{t.caption}</h2>}
              <TableScroll label={t.caption ?? `Table ${i + 1}`}>
                <table className="data-table">
                  <thead>
                    <tr>
                      {t.columns.map((c) => (
                        <th scope="col" key={c}>
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {t.rows.map((row, r) => (
                      <tr key={r}>
                        {row.map((cell, c) =>
                          c === 0 ? (
                            <th scope="row" key={c}>
                              {cell}
                            </th>
                          ) : (
                            <td key={c}>
                              <RichText text={cell} />
                            </td>
                          ),
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </section>
          ))}
          {(pattern.phpNotes.length > 0 || pattern.goNotes.length > 0) && (
            <section aria-labelledby="languages" className="language-notes">
              <h2 id="languages">PHP and Go</h2>
              <div className="two-col">
                <div>
                  <h3>PHP</h3>
                  {pattern.phpNotes.length > 0 ? (
                    <BulletList items={pattern.phpNotes} />
                  ) : (
                    <p className="muted">No PHP notes in the source.</p>
                  )}
                </div>
                <div>
                  <h3>Go</h3>
                  {pattern.goNotes.length > 0 ? (
                    <BulletList items={pattern.goNotes} />
                  ) : (
                    <p className="muted">No Go notes in the source.</p>
                  )}
                </div>
              </div>
            </section>
          )}
          {pattern.codeExamples.length > 0 && (
            <section aria-labelledby="code">
              <h2 id="code">Code examples</h2>
              {pattern.codeExamples.map((ex, i) => (
                <CodeBlock key={i} code={ex.code} language={ex.language} title={ex.title} />
              ))}
            </section>
          )}
          {pattern.diagram && (
            <section aria-labelledby="diagram">
              <h2 id="diagram">Diagram</h2>
              <details className="diagram">
                <summary>Mermaid source of the diagram</summary>
                <pre tabIndex={0}>
                  <code>{pattern.diagram.source}</code>
                </pre>
              </details>
            </section>
          )}
        </div>

        <aside className="pattern-aside" aria-label="Decision data">
          <section className="panel" aria-labelledby="ratings">
            <h2 id="ratings">Decision framework</h2>
            {ratings.length > 0 ? (
              <dl className="ratings">
                {ratings.map((r) => (
                  <div key={r.criterion}>
                    <dt>{r.criterion}</dt>
                    <dd>{r.rating}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="muted">The source’s decision framework does not rate {displayName(pattern)}.</p>
            )}
          </section>
          <section className="panel" aria-labelledby="fit">
            <h2 id="fit">Language fit</h2>
            <dl className="ratings stacked">
              {LANGUAGES.map((lang) => {
                const fit = pattern.languageFit[lang];
                return (
                  <div key={lang}>
                    <dt>
                      {languageName(lang)} {fit.origin === 'ours' && <OursBadge />}
                    </dt>
                    <dd>
                      <span className="capitalize">{fit.level}</span> — <RichText text={fit.basis} />
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
          {point && (
            <section className="panel" aria-labelledby="forces">
              <h2 id="forces">{dataset.quadrant.title}</h2>
              <p>
                Plotted by the source at x {formatCoordinate(point.x)} ({axisRange(dataset.quadrant.xAxis)}), y {formatCoordinate(point.y)}{' '}
                ({axisRange(dataset.quadrant.yAxis)}).
              </p>
            </section>
          )}
          <section className="panel" aria-labelledby="migrations">
            <h2 id="migrations">Migrations</h2>
            {migrations.length === 0 ? (
              <p className="muted">No migration in the dataset starts or ends here.</p>
            ) : (
              <ul className="migration-list">
                {migrations.map(({ migration: m, from, to, direction }) => (
                  <li key={m.id}>
                    <p className="migration-edge">
                      <span className="visually-hidden">{direction === 'outgoing' ? 'Outgoing: ' : 'Incoming: '}</span>
                      {from?.label ?? m.from} → {to?.label ?? m.to}
                      {m.label && <span className="edge-label">{m.label}</span>}
                      {m.origin === 'ours' && <OursBadge />}
                    </p>
                    <StepsList steps={m.steps} empty="The source gives no steps for this migration." />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>

      <nav className="pager" aria-label="Other patterns">
        {prev ? (
          <Link to={`/patterns/${prev.id}`} rel="prev">
            ← {prev.name}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link to={`/patterns/${next.id}`} rel="next">
            {next.name} →
          </Link>
        )}
      </nav>
    </article>
  );
}
