import { selectDecisionView } from '../../store/decision-selectors';
import { useAppStore } from '../../store/store';
import { formatScore } from '../../ui/format';
import { listNames } from './format';

/** The options in order, a bar each, and the leader explained in one sentence. */
export function RankingSlide() {
  const { ranking, explanation, optionName } = useAppStore(selectDecisionView);
  if (ranking.noWeight)
    return <p className="present-lede">Every weight is zero: nothing to rank by. Raise a weight on the Priorities slide.</p>;
  return (
    <div className="present-stack">
      <ol className="present-ranking" aria-label="Options by score">
        {ranking.ranked.map((r) => (
          <li key={r.option} className={r.rank === 1 ? 'leader' : undefined}>
            <span className="present-rank">{r.tied ? `=${r.rank}` : r.rank}</span>
            <span className="present-name">{optionName(r.option)}</span>
            <span className="present-bar-track" aria-hidden="true">
              <span style={{ width: `${r.score * 100}%` }} />
            </span>
            <span className="present-num">{formatScore(r.score)}</span>
          </li>
        ))}
      </ol>
      {explanation && <p className="present-lede">{explanation}</p>}
      {ranking.unrated.length > 0 && (
        <p className="present-note">
          Not ranked yet (no rating for a weighted criterion): {listNames(ranking.unrated.map((u) => optionName(u.option)))}.
        </p>
      )}
    </div>
  );
}
