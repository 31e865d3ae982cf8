import { useId } from 'react';
import { WEIGHT_MAX, ownValue } from '../../domain/group/core';
import { WeightRange } from '../../ui/weight-range';
import { selectDecisionView } from '../../store/decision-selectors';
import { useAppStore, useAppStoreApi } from '../../store/store';
import './group.css';

export interface ParticipantFormProps {
  participantId: string;
  /** The heading's text, e.g. "Your weights, Ana" (names the form for screen readers too). */
  heading: string;
  /** The Done button's label ("Next participant", "Done"). */
  doneLabel: string;
  /** After Done: every criterion left untouched has taken the value shown. */
  onDone?: () => void;
}

/**
 * One participant's own entry: a slider per criterion, starting from the dataset's defaults (not
 * the team's current weights, so nobody anchors on them), and the option they would pick. Used for
 * pass-the-laptop and on a participant's phone; large touch targets, one column.
 */
export function ParticipantForm({ participantId, heading, doneLabel, onDone }: ParticipantFormProps) {
  const store = useAppStoreApi();
  const { dataset, decision, optionName } = useAppStore(selectDecisionView);
  const entry = useAppStore((s) => ownValue(s.participants, participantId));
  const setWeight = useAppStore((s) => s.setParticipantWeight);
  const setPick = useAppStore((s) => s.setParticipantPick);
  const headingId = useId();
  const defaults = dataset.scoring?.defaultWeights ?? {};
  const criteria = decision.criteria.filter((c) => !c.derived);
  if (!entry) return <p role="status">This participant is no longer in the room.</p>;

  const shown = (id: string) => ownValue(entry.weights, id) ?? ownValue(defaults, id) ?? 0;
  const done = () => {
    store.getState().completeParticipantEntry(participantId, Object.fromEntries(criteria.map((c) => [c.id, shown(c.id)])));
    onDone?.();
  };

  return (
    <form
      className="participant-form"
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        done();
      }}
    >
      <h2 id={headingId}>{heading}</h2>
      <p className="participant-hint">How much does each matter to you? 0 = not at all, 10 = above all.</p>
      <ul className="participant-sliders">
        {criteria.map((c) => {
          const value = shown(c.id);
          const set = ownValue(entry.weights, c.id) !== undefined;
          const id = `${headingId}-w-${c.id}`;
          return (
            <li key={c.id}>
              <label htmlFor={id}>{c.name}</label>
              <WeightRange
                id={id}
                value={value}
                valueText={`${value} of ${WEIGHT_MAX}${set ? '' : ', not moved yet'}`}
                onValue={(v) => setWeight(participantId, c.id, v)}
              />
              <output htmlFor={id} aria-hidden="true" className={set ? undefined : 'unset'}>
                {value}
              </output>
            </li>
          );
        })}
      </ul>
      <label className="participant-pick">
        <span>The option I would pick</span>
        <select value={entry.pick ?? ''} onChange={(e) => setPick(participantId, e.currentTarget.value || null)}>
          <option value="">No pick</option>
          {decision.matrix.options.map((o) => (
            <option key={o} value={o}>
              {optionName(o)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button primary participant-done">
        {doneLabel}
      </button>
    </form>
  );
}
