import { type CSSProperties, memo } from 'react';
import { selectDecisionView } from '../../store/decision-selectors';
import { useAppStore } from '../../store/store';
import { WEIGHT_MAX, formatWeight } from '../../domain/group/core';
import { WeightRange } from '../../ui/weight-range';
import { own } from '../../domain/own';
import { formatScore, weightValueText } from '../../ui/format';

/**
 * The weights as large bars, each a slider named after its criterion (arrows move it, as on the
 * workbench), with the live top three beside them so a change re-ranks in front of the room.
 */
export function PrioritiesSlide() {
  const { sliders, decision, ranking, optionName, room } = useAppStore(selectDecisionView);
  const setOwnWeight = useAppStore((s) => s.setWeight);
  const setOverride = useAppStore((s) => s.setGroupOverride);
  // With the room's weights in use, a bar is the facilitator's weight for its criterion.
  const setWeight = room ? setOverride : setOwnWeight;
  const criteria = decision.criteria.filter((c) => !c.derived);
  if (criteria.length === 0) return <p className="present-lede">This dataset has no criteria to weight.</p>;
  return (
    <div className="present-columns">
      <ul className="present-weights" aria-label="Weights">
        {criteria.map((c) => (
          <WeightBar
            key={c.id}
            criterion={c.id}
            name={c.name}
            value={own(sliders, c.id) ?? 0}
            factor={own(decision.factors, c.id) ?? 1}
            setWeight={setWeight}
          />
        ))}
      </ul>
      <section className="present-aside" aria-labelledby="present-top-title">
        <h2 id="present-top-title">Leading now</h2>
        {ranking.noWeight ? (
          <p>Every weight is zero: nothing to rank by.</p>
        ) : (
          <ol className="present-top">
            {ranking.ranked.slice(0, 3).map((r) => (
              <li key={r.option}>
                <span>{optionName(r.option)}</span> <span className="present-num">{formatScore(r.score)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

interface WeightBarProps {
  criterion: string;
  name: string;
  value: number;
  factor: number;
  setWeight: (criterion: string, value: number) => void;
}

/** One criterion's bar; memoised on plain values, so a step renders only the bar that moved (as on the workbench). */
const WeightBar = memo(function WeightBar({ criterion, name, value, factor, setWeight }: WeightBarProps) {
  const id = `present-weight-${criterion}`;
  return (
    <li className={factor === 0 ? 'inactive' : undefined}>
      <label htmlFor={id}>{name}</label>
      <WeightRange
        id={id}
        value={value}
        style={{ '--fill': `${(value / WEIGHT_MAX) * 100}%` } as CSSProperties}
        valueText={weightValueText(value, factor)}
        onValue={(v) => setWeight(criterion, v)}
      />
      <output htmlFor={id} aria-hidden="true">
        {formatWeight(value)}
      </output>
    </li>
  );
});
