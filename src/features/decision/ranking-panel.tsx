import { useState } from 'react';
import { Link } from 'react-router';
import { criterionColor } from './criterion-colors';
import { formatScore } from '../../ui/format';
import { useDecision } from './use-decision';
import { own } from '../../domain/own';
import { stackedGradient } from './stacked-gradient';

/** Rows shown until the person asks for all: a big dataset's 1,000 rows re-sorted on every slider step cost far more than a frame. */
export const RANKING_ROWS = 25;

/** The options in rank order, each with a bar split into the contribution of every criterion. */
export function RankingPanel() {
  const { ranking, decision, explanation, optionName, criterionName } = useDecision();
  const [showAll, setShowAll] = useState(false);
  const rows = showAll ? ranking.ranked : ranking.ranked.slice(0, RANKING_ROWS);
  const hidden = ranking.ranked.length - rows.length;
  const colorOf = new Map(decision.criteria.map((c, i) => [c.id, criterionColor(i)]));
  const activeCriteria = decision.criteria.filter((c) => (own(decision.weights, c.id) ?? 0) > 0);

  return (
    <section className="panel ranking" aria-labelledby="ranking-title">
      <header className="panel-header">
        <h2 id="ranking-title">Ranking</h2>
        <span className="muted small">Score out of 100: the weighted mean of how well each option fits</span>
      </header>
      {ranking.noWeight ? (
        <p className="empty-inline">Every weight is zero: raise a slider to rank the options.</p>
      ) : (
        <>
          {explanation && (
            <p className="explanation" aria-live="polite">
              {explanation}
            </p>
          )}
          <ol className="ranking-list" aria-label="Options by score">
            {rows.map((r) => {
              // The bar's tooltip: every part, in the bar's order (the bar is drawn as one gradient).
              const parts = decision.criteria
                .flatMap((c) => {
                  const v = own(r.contributions, c.id) ?? 0;
                  return v > 0 ? [`${criterionName(c.id)}: ${formatScore(v)}`] : [];
                })
                .join('\n');
              const top = Object.entries(r.contributions)
                .filter(([, v]) => v > 0)
                .sort((a, b) => b[1] - a[1])
                .slice(0, 3)
                .map(([c, v]) => `${criterionName(c)} ${formatScore(v)}`)
                .join(', ');
              return (
                <li key={r.option} className={r.rank === 1 ? 'leader' : undefined}>
                  <span className="rank">
                    <span aria-hidden="true">{`${r.tied ? '=' : ''}${r.rank}`}</span>
                    <span className="visually-hidden">{`Rank ${r.rank}${r.tied ? ', tied' : ''}`}</span>
                  </span>
                  <Link to={`/patterns/${r.option}`} className="option-name">
                    {optionName(r.option)}
                  </Link>
                  {/* Read out with the bar (its text alternative), which says the same and more. */}
                  <span className="score" aria-hidden="true">
                    {formatScore(r.score)}
                  </span>
                  {/* The bar's text alternative is an attribute, not hidden text: a step changes it without a layout. */}
                  <span
                    className="stacked-bar"
                    role="img"
                    aria-label={top ? `${formatScore(r.score)} of 100. Most from: ${top}.` : `${formatScore(r.score)} of 100.`}
                    style={{
                      backgroundImage: stackedGradient(
                        decision.criteria.map((c) => [colorOf.get(c.id) ?? 'currentColor', own(r.contributions, c.id) ?? 0]),
                      ),
                    }}
                  >
                    {/* The tooltip, for a pointer: on the image itself it would be read out after its name. */}
                    <span className="stacked-bar-tip" aria-hidden="true" title={parts} />
                  </span>
                </li>
              );
            })}
          </ol>
          {(hidden > 0 || showAll) && ranking.ranked.length > RANKING_ROWS && (
            <button type="button" className="button ghost small" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
              {showAll ? `Show the first ${RANKING_ROWS}` : `Show all ${ranking.ranked.length} options (${hidden} more)`}
            </button>
          )}
          <ul className="legend" aria-label="Bar colours">
            {activeCriteria.map((c) => (
              <li key={c.id}>
                <span className="swatch" style={{ background: colorOf.get(c.id) }} aria-hidden="true" />
                {c.name}
              </li>
            ))}
          </ul>
        </>
      )}
      {ranking.unrated.length > 0 && (
        <div className="unrated">
          <h3>Not ranked yet</h3>
          <ul>
            {ranking.unrated.map((u) => (
              <li key={u.option}>
                <strong>{optionName(u.option)}</strong>: no rating for {u.missing.map(criterionName).join(', ')}.{' '}
                <a href="#ratings-title">Rate it in the matrix</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
