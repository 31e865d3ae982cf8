import { memo } from 'react';
import { Link } from 'react-router';
import { METHOD_LABELS } from '../../domain/group/aggregate';
import { formatWeight } from '../../domain/group/core';
import { weightValueText } from '../../ui/format';
import { WeightRange } from '../../ui/weight-range';
import { useAppStore } from '../../store/store';
import { OursBadge } from '../../ui/source-note';
import { useDecision } from './use-decision';
import { own } from '../../domain/own';

/** One slider per rated criterion, the named profiles, and a reset. */
export function WeightsPanel() {
  const { dataset, sliders, decision, room } = useDecision();
  const setOwnWeight = useAppStore((s) => s.setWeight);
  const setOverride = useAppStore((s) => s.setGroupOverride);
  // With the room's weights in use, a slider is the facilitator's weight for its criterion.
  const setWeight = room ? setOverride : setOwnWeight;
  const overridden = new Set(room?.criteria.filter((c) => c.overridden).map((c) => c.criterion));
  const setWeights = useAppStore((s) => s.setWeights);
  const resetWeights = useAppStore((s) => s.resetWeights);
  const changed = useAppStore((s) => Object.keys(s.weights).length > 0);
  const scoring = dataset.scoring;
  if (!scoring) return null;
  const activeProfile = scoring.profiles.find((p) => Object.keys(sliders).every((c) => (own(p.weights, c) ?? 0) === own(sliders, c)));

  return (
    <section className="panel" aria-labelledby="weights-title">
      <header className="panel-header">
        <h2 id="weights-title">What matters to you</h2>
        {!room && (
          <button type="button" className="button ghost small" onClick={resetWeights} disabled={!changed}>
            Reset weights
          </button>
        )}
      </header>
      {room && (
        <p className="room-note">
          Ranking with the room’s weights ({METHOD_LABELS[room.method]} of {room.participants} participant
          {room.participants === 1 ? '' : 's'}). Moving a slider sets the facilitator’s weight for that criterion.{' '}
          <Link to="/group">Group input</Link>
        </p>
      )}
      {!room && (
        <div className="profiles" role="group" aria-label="Weight profiles">
          <span className="profiles-label">
            Start from <OursBadge title="Profiles are our suggestions, not the source’s" />
          </span>
          {scoring.profiles.map((p) => (
            <button
              key={p.id}
              type="button"
              className="chip"
              aria-pressed={activeProfile?.id === p.id}
              title={p.description}
              onClick={() => setWeights(p.weights)}
            >
              {p.name}
            </button>
          ))}
        </div>
      )}
      <ul className="sliders">
        {decision.criteria
          .filter((c) => !c.derived)
          .map((c) => (
            <SliderRow
              key={c.id}
              criterion={c.id}
              name={c.name}
              value={own(sliders, c.id) ?? 0}
              factor={own(decision.factors, c.id) ?? 1}
              notes={decision.notes
                .filter((n) => n.criterion === c.id)
                .map((n) => n.reason)
                .join('; ')}
              explanation={scoring.scales.find((s) => s.criterionId === c.id)?.explanation}
              overridden={overridden.has(c.id)}
              setWeight={setWeight}
            />
          ))}
      </ul>
    </section>
  );
}

interface SliderRowProps {
  criterion: string;
  name: string;
  value: number;
  /** What the team's context makes the weight count for (0: no effect). */
  factor: number;
  /** Why it counts that way ('' when it counts as set). */
  notes: string;
  explanation: string | undefined;
  overridden: boolean;
  setWeight: (criterion: string, value: number) => void;
}

/**
 * One criterion's slider; memoised on plain values, so a step renders only the slider that moved.
 * (An input rendered again has its name and type written again by React: 8 sliders, every step.)
 */
const SliderRow = memo(function SliderRow({ criterion, name, value, factor, notes, explanation, overridden, setWeight }: SliderRowProps) {
  const inputId = `weight-${criterion}`;
  return (
    <li className={factor === 0 ? 'slider-row inactive' : 'slider-row'}>
      <div className="slider-head">
        <label htmlFor={inputId}>
          {name}
          {overridden && (
            <>
              {' '}
              <span className="override-tag">(facilitator)</span>
            </>
          )}
        </label>
        <span className="slider-value" aria-hidden="true">
          {formatWeight(value)}
        </span>
      </div>
      <WeightRange
        id={inputId}
        value={value}
        valueText={weightValueText(value, factor)}
        describedBy={notes ? `${inputId}-note` : undefined}
        title={explanation}
        onValue={(v) => setWeight(criterion, v)}
      />
      {notes && (
        <p id={`${inputId}-note`} className="slider-note">
          {factor === 0 ? 'No effect: ' : `Counts ×${factor}: `}
          {notes}
        </p>
      )}
    </li>
  );
});
