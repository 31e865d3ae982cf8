import type { CriterionSensitivity } from '../../domain/scoring/sensitivity';
import { selectDecisionView } from '../../store/decision-selectors';
import { useAppStore } from '../../store/store';
import { formatWeight } from '../../domain/group/core';
import { listNames } from './format';

interface Flip {
  criterion: string;
  from: number;
  at: number;
  taker: string;
}

/** Every flip point, nearest first: the weight at which another option would take the lead. */
function flipsOf(criteria: readonly CriterionSensitivity[]): Flip[] {
  return criteria
    .flatMap((c) =>
      [c.up, c.down]
        .filter((f): f is { weight: number; taker: string } => f.weight !== null && f.taker !== null)
        .map((f) => ({ criterion: c.criterion, from: c.weight, at: f.weight, taker: f.taker })),
    )
    .sort((a, b) => Math.abs(a.at - a.from) - Math.abs(b.at - b.from));
}

/** How robust the lead is: one sentence, then the nearest flip points (not a chart of equal bars). */
export function RobustnessSlide() {
  const { sensitivity, ranking, optionName, criterionName } = useAppStore(selectDecisionView);
  const leader = sensitivity.leader;
  if (!leader) return <p className="present-lede">Every weight is zero: there is no lead to test.</p>;
  const name = optionName(leader);
  const flips = flipsOf(sensitivity.criteria).slice(0, 4);
  let headline: string;
  if (sensitivity.reading === 'tied') {
    const tied = ranking.ranked.filter((r) => r.rank === 1).map((r) => optionName(r.option));
    headline = `${listNames(tied)} tie for the lead: a weight that favours one of them breaks the tie.`;
  } else if (sensitivity.margin === null) {
    headline = `${name}’s lead is robust: no single weight, moved anywhere from 0 to 10, changes the leader.`;
  } else if (sensitivity.reading === 'robust') {
    headline = `${name}’s lead is robust: no single weight moved by less than ${formatWeight(sensitivity.margin)} steps changes the leader.`;
  } else {
    headline = `${name}’s lead is fragile: moving one weight by ${formatWeight(sensitivity.margin)} step${sensitivity.margin === 1 ? '' : 's'} or less hands it to another option.`;
  }
  return (
    <div className="present-stack">
      <p className={`present-headline ${sensitivity.reading}`}>{headline}</p>
      {flips.length > 0 && (
        <>
          <h2>{sensitivity.reading === 'robust' ? 'Nearest flip points' : 'Flip points, nearest first'}</h2>
          <ul className="present-flips">
            {flips.map((f) => (
              <li key={`${f.criterion}-${f.at}`}>
                <strong>{criterionName(f.criterion)}</strong> from {formatWeight(f.from)} to {formatWeight(f.at)}: {optionName(f.taker)}{' '}
                leads
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
