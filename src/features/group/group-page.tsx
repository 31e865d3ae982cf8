import { type ReactNode, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { METHOD_DESCRIPTIONS, METHOD_LABELS } from '../../domain/group/aggregate';
import { participantLabels } from '../../domain/group/anonymity';
import { AGGREGATION_METHODS, type AggregationMethod, WEIGHT_MAX, WEIGHT_MIN, ownValue } from '../../domain/group/core';
import { hasEntered } from '../../domain/group/entries';
import { formatWeight } from '../../domain/group/core';
import { selectDecisionView, selectGroupView } from '../../store/decision-selectors';
import { useAppStore } from '../../store/store';
import { useDocumentTitle } from '../../ui/use-document-title';
import { ParticipantForm } from './participant-form';
import './group.css';

/**
 * Group input for the facilitator: who takes part, each participant's own entry (passing the
 * laptop, or from their phones in a live room: `liveRoom` is that panel, composed in by the app),
 * Reveal, and then the room's weights, where the room disagrees and whether it agrees on the leader.
 */
export function GroupPage({ liveRoom }: { liveRoom?: ReactNode }) {
  useDocumentTitle('Group input');
  const [passing, setPassing] = useState<{ index: number; entering: boolean } | null>(null);
  const { group } = useAppStore(selectGroupView);

  if (passing) {
    return (
      <div className="page">
        <PassTheLaptop state={passing} onChange={setPassing} />
      </div>
    );
  }
  return (
    <div className="page wide group-page">
      <header className="page-header compact">
        <h1>Group input</h1>
        <p className="muted">
          Every participant weighs the criteria on their own; the team ranks with the room’s weights once you reveal them.
        </p>
      </header>
      {liveRoom}
      <div className="group-grid">
        <div>
          <ParticipantsPanel onPass={(index) => setPassing({ index, entering: false })} />
        </div>
        <div>{group.revealed ? <RoomResults /> : <RevealPanel />}</div>
      </div>
    </div>
  );
}

function ParticipantsPanel({ onPass }: { onPass: (index: number) => void }) {
  const { group } = useAppStore(selectGroupView);
  const entries = useAppStore((s) => s.participants);
  const add = useAppStore((s) => s.addParticipant);
  const remove = useAppStore((s) => s.removeParticipant);
  const setAnonymous = useAppStore((s) => s.setGroupAnonymous);
  const clear = useAppStore((s) => s.clearGroup);
  const [name, setName] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const labels = participantLabels(group);
  const entered = group.participants.filter((p) => hasEntered(ownValue(entries, p.id))).length;
  const firstOpen = group.participants.findIndex((p) => !hasEntered(ownValue(entries, p.id)));
  const headingId = useId();

  return (
    <section className="panel" aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId}>Participants</h2>
        <button type="button" className="button ghost small" onClick={clear} disabled={group.participants.length === 0}>
          Clear group
        </button>
      </header>
      <form
        className="add-participant"
        onSubmit={(e) => {
          e.preventDefault();
          add(group.anonymous ? null : name);
          setName('');
          nameRef.current?.focus();
        }}
      >
        {!group.anonymous && (
          <label>
            <span>Name (optional)</span>
            <input ref={nameRef} value={name} maxLength={80} onChange={(e) => setName(e.currentTarget.value)} />
          </label>
        )}
        <button type="submit" className="button">
          Add participant
        </button>
      </form>
      <label className="check">
        <input type="checkbox" checked={group.anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} />
        Anonymous: no names anywhere, on screen or in exports
      </label>
      {group.participants.length === 0 ? (
        <p className="empty-inline">
          No participants yet. Add one per person in the room, then pass the laptop, or let them join from their phones.
        </p>
      ) : (
        <>
          <p role="status" className="group-progress">
            {entered} of {group.participants.length} entered
          </p>
          <ol className="participant-list">
            {group.participants.map((p, i) => {
              const label = labels.get(p.id) ?? p.id;
              const done = hasEntered(ownValue(entries, p.id));
              return (
                <li key={p.id}>
                  <span className="participant-name">{label}</span>
                  <span className={done ? 'entered yes' : 'entered'}>{done ? 'Entered' : 'Not yet'}</span>
                  <button type="button" className="button small" aria-label={`Enter weights for ${label}`} onClick={() => onPass(i)}>
                    Enter weights
                  </button>
                  <button type="button" className="button ghost small" aria-label={`Remove ${label}`} onClick={() => remove(p.id)}>
                    Remove
                  </button>
                </li>
              );
            })}
          </ol>
          <button type="button" className="button primary" onClick={() => onPass(firstOpen === -1 ? 0 : firstOpen)}>
            Pass the laptop
          </button>
        </>
      )}
    </section>
  );
}

/**
 * Passing the laptop: a hand-over screen for each participant (so nobody sees the previous
 * person's entry), then their own sliders, then the next participant.
 */
function PassTheLaptop({
  state,
  onChange,
}: {
  state: { index: number; entering: boolean };
  onChange: (next: { index: number; entering: boolean } | null) => void;
}) {
  const { group } = useAppStore(selectGroupView);
  const participant = group.participants[state.index];
  if (!participant) {
    onChange(null);
    return null;
  }
  const label = participantLabels(group).get(participant.id) ?? participant.id;
  const last = state.index === group.participants.length - 1;
  return (
    <section className="pass-laptop" aria-label="Pass the laptop">
      <p className="pass-progress">
        Participant {state.index + 1} of {group.participants.length}
      </p>
      {state.entering ? (
        <ParticipantForm
          key={participant.id}
          participantId={participant.id}
          heading={`Your weights, ${label}`}
          doneLabel={last ? 'Done: hand back to the facilitator' : 'Next participant'}
          onDone={() => onChange(last ? null : { index: state.index + 1, entering: false })}
        />
      ) : (
        <div className="handover">
          <h2>Pass the laptop to {label}</h2>
          <p>The others’ entries stay hidden until the facilitator reveals them.</p>
          <button
            type="button"
            className="button primary participant-done"
            onClick={() => onChange({ index: state.index, entering: true })}
          >
            Start as {label}
          </button>
        </div>
      )}
      <button type="button" className="button ghost" onClick={() => onChange(null)}>
        Back to the facilitator
      </button>
    </section>
  );
}

function RevealPanel() {
  const { group, aggregate } = useAppStore(selectGroupView);
  const reveal = useAppStore((s) => s.setGroupRevealed);
  return (
    <section className="panel" aria-labelledby="reveal-title">
      <h2 id="reveal-title">The room’s weights</h2>
      <p>
        Entries stay hidden until you reveal them, so nobody anchors on the first answer. Until then the team ranks with its own sliders.
      </p>
      <button
        type="button"
        className="button primary"
        onClick={() => reveal(true)}
        disabled={aggregate === null}
        aria-describedby={aggregate === null ? 'reveal-why' : undefined}
      >
        Reveal to the room
      </button>
      {aggregate === null && (
        <p id="reveal-why" className="empty-inline">
          {group.participants.length === 0 ? 'Add participants first.' : 'Nobody has entered weights yet.'}
        </p>
      )}
    </section>
  );
}

function RoomResults() {
  const { group, aggregate, spreads, discuss, consensus } = useAppStore(selectGroupView);
  const { criterionName, optionName } = useAppStore(selectDecisionView);
  const reveal = useAppStore((s) => s.setGroupRevealed);
  const setMethod = useAppStore((s) => s.setGroupMethod);
  const setOverride = useAppStore((s) => s.setGroupOverride);
  const labels = participantLabels(group);
  const methodId = useId();
  if (!aggregate) {
    return (
      <section className="panel" aria-labelledby="room-title">
        <h2 id="room-title">The room’s weights</h2>
        <p className="empty-inline">Nobody has entered weights yet: the team ranks with its own sliders.</p>
        <button type="button" className="button ghost" onClick={() => reveal(false)}>
          Hide entries
        </button>
      </section>
    );
  }
  const spreadOf = new Map(spreads.map((s) => [s.criterion, s]));
  const list = (ids: string[]) => ids.map(optionName).join(' and ') || 'no option';
  return (
    <>
      <section className="panel" aria-labelledby="room-title">
        <header className="panel-header">
          <h2 id="room-title">The room’s weights</h2>
          <button type="button" className="button ghost small" onClick={() => reveal(false)}>
            Hide entries
          </button>
        </header>
        <div className="method-row">
          <label htmlFor={methodId}>Aggregate with</label>
          <select id={methodId} value={aggregate.method} onChange={(e) => setMethod(e.currentTarget.value as AggregationMethod)}>
            {AGGREGATION_METHODS.map((m) => (
              <option key={m} value={m}>
                {METHOD_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
        <p className="method-note">
          The team ranks with {METHOD_DESCRIPTIONS[aggregate.method]}, from {aggregate.participants} participant
          {aggregate.participants === 1 ? '' : 's'}. <Link to="/">See the ranking</Link>
        </p>
        <table className="room-table">
          <caption className="visually-hidden">Each criterion’s team weight, the room’s range and every participant’s mark</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Team weight</th>
              <th scope="col">Marks (0–10)</th>
              <th scope="col">Facilitator</th>
            </tr>
          </thead>
          <tbody>
            {aggregate.criteria.map((c) => {
              const s = spreadOf.get(c.criterion);
              const name = criterionName(c.criterion);
              const marks = s?.marks.map((m) => `${labels.get(m.participant) ?? m.participant} ${formatWeight(m.value)}`).join(', ');
              return (
                <tr key={c.criterion}>
                  <th scope="row">{name}</th>
                  <td className="team-weight">
                    {c.value === null ? '–' : formatWeight(c.value)}
                    {c.overridden && (
                      <span className="override-note">
                        {' '}
                        set by facilitator (room: {c.computed === null ? '–' : formatWeight(c.computed)})
                      </span>
                    )}
                  </td>
                  <td>
                    {s ? (
                      <div
                        className="marks-track"
                        role="img"
                        aria-label={`${name}: lowest ${formatWeight(s.lowest)}, highest ${formatWeight(s.highest)}; ${marks}`}
                      >
                        <span className="marks-range" style={{ left: `${s.lowest * 10}%`, width: `${s.spread * 10}%` }} />
                        {s.marks.map((m) => (
                          <span
                            key={m.participant}
                            className="mark"
                            style={{ left: `${m.value * 10}%` }}
                            title={`${labels.get(m.participant)}: ${formatWeight(m.value)}`}
                          />
                        ))}
                        {c.value !== null && <span className="mark team" style={{ left: `${c.value * 10}%` }} />}
                      </div>
                    ) : (
                      'No marks'
                    )}
                  </td>
                  <td>
                    <OverrideControl
                      criterion={c.criterion}
                      name={name}
                      value={c.overridden ? c.value : null}
                      fallback={c.computed}
                      onSet={(v) => setOverride(c.criterion, v)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section className="panel" aria-labelledby="discuss-title">
        <h2 id="discuss-title">Discuss these</h2>
        {discuss.length === 0 ? (
          <p>The room broadly agrees: no criterion’s marks are 3 or more apart.</p>
        ) : (
          <ol className="discuss-list">
            {discuss.map((d) => (
              <li key={d.criterion}>
                <strong>{criterionName(d.criterion)}</strong>: marks from {formatWeight(d.lowest)} to {formatWeight(d.highest)}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel" aria-labelledby="consensus-title">
        <h2 id="consensus-title">Consensus</h2>
        <p className="consensus-line">
          {consensus.unanimous
            ? `Every participant’s own weights lead to the team’s leader, ${list(consensus.teamLeaders)}.`
            : `${consensus.wouldChange} of ${consensus.participants.length} would lead with another option than the team’s (${list(consensus.teamLeaders)}) at their own weights.`}
        </p>
        <table className="room-table">
          <thead>
            <tr>
              <th scope="col">Participant</th>
              <th scope="col">Own leader</th>
              <th scope="col">Would pick</th>
            </tr>
          </thead>
          <tbody>
            {consensus.participants.map((p) => (
              <tr key={p.participant}>
                <th scope="row">{labels.get(p.participant) ?? p.participant}</th>
                <td>
                  {list(p.leaders)}
                  {p.agrees ? ' (the team’s)' : ''}
                </td>
                <td>{p.pick ? optionName(p.pick) : 'No pick'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

function OverrideControl({
  name,
  value,
  fallback,
  onSet,
}: {
  criterion: string;
  name: string;
  value: number | null;
  fallback: number | null;
  onSet: (v: number | null) => void;
}) {
  if (value === null) {
    return (
      <button type="button" className="button ghost small" aria-label={`Override ${name}`} onClick={() => onSet(Math.round(fallback ?? 5))}>
        Override
      </button>
    );
  }
  return (
    <span className="override-control">
      <input
        type="number"
        min={WEIGHT_MIN}
        max={WEIGHT_MAX}
        step={1}
        value={value}
        aria-label={`Facilitator's weight for ${name}`}
        onChange={(e) => {
          const v = e.currentTarget.valueAsNumber;
          if (Number.isFinite(v)) onSet(v);
        }}
      />
      <button type="button" className="button ghost small" aria-label={`Use the room's weight for ${name}`} onClick={() => onSet(null)}>
        Use the room’s
      </button>
    </span>
  );
}
