import { Suspense, useId, useState } from 'react';
import { hasEntered } from '../../domain/group/entries';
import { endRoom, type RoomSession } from '../../store/room-session';
import { useRoomSessionsLoader, type LoadRoomSessions } from '../../store/room-sessions-context';
import { selectUnusedInput } from '../../store/decision-selectors';
import { useAppStore } from '../../store/store';
import { checkRelayUrl, roomLink } from '../../sync/room';
import { RoomQr } from './room-qr';
import { JOIN_PATH } from './room-link-path';
import { RoomStatus } from './room-status';
import { useRoomSessions, useRoomView } from './use-room';
import './room.css';

/** `ws://<this page's host name>:1234`: where `npm run relay` listens by default, on the machine serving the app. */
export function defaultRelayUrl(hostname: string = window.location.hostname): string {
  const host = hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname;
  return `ws://${host || 'localhost'}:1234`;
}

const isLocalHost = (hostname: string) => hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';

/**
 * The facilitator's live room: start one (relay address, "Start live room"), then its status,
 * the participants' join link with Copy and a QR code, how many have joined (no values before
 * Reveal), what was refused from a peer, and "End room", which keeps the result as a snapshot.
 */
export function LiveRoomPanel() {
  const load = useRoomSessionsLoader();
  const headingId = useId();
  return (
    <section className="panel live-room" aria-labelledby={headingId}>
      <h2 id={headingId}>Live room</h2>
      {load ? (
        <Suspense fallback={<p role="status">Loading live rooms…</p>}>
          <LiveRoomBody load={load} />
        </Suspense>
      ) : (
        <p>Live rooms are not available in this view.</p>
      )}
    </section>
  );
}

function LiveRoomBody({ load }: { load: LoadRoomSessions }) {
  const { app } = useRoomSessions(load);
  const view = useRoomView(app);
  const [ended, setEnded] = useState<string | null>(null);
  const unused = useAppStore(selectUnusedInput);
  const ignored = [...view.ignored, ...unused.map((u) => `participants › ${u.participant} › ${u.path.join(' › ')}: ${u.message}`)];
  return (
    <>
      {view.room ? (
        <InRoom session={app} onEnded={setEnded} />
      ) : (
        <StartRoom
          session={app}
          onStarted={() => setEnded(null)}
          note={ended ? <p role="status">Room ended. Its result is saved as the snapshot “{ended}” (Record, Saved snapshots).</p> : null}
        />
      )}
      <Ignored items={ignored} />
    </>
  );
}

function StartRoom({ session, onStarted, note }: { session: RoomSession; onStarted: () => void; note: React.ReactNode }) {
  const [relay, setRelay] = useState(() => defaultRelayUrl());
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();
  const problemId = useId();
  return (
    <form
      className="live-room-start"
      onSubmit={(e) => {
        e.preventDefault();
        const check = checkRelayUrl(relay.trim());
        if (!check.ok) return setProblem(`${check.problem[0]!.toUpperCase()}${check.problem.slice(1)}.`);
        setProblem(null);
        session.start(check.url);
        onStarted();
      }}
    >
      {note}
      <p>
        Participants weigh in from their own phones: start a room, show its QR code, and each entry arrives here as it is made. Entries stay
        hidden until you reveal them.
      </p>
      <label htmlFor={fieldId}>Relay address</label>
      <div className="live-room-row">
        <input
          id={fieldId}
          type="text"
          inputMode="url"
          spellCheck={false}
          value={relay}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => setRelay(e.currentTarget.value)}
        />
        <button type="submit" className="button primary">
          Start live room
        </button>
      </div>
      {problem && (
        <p id={problemId} className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <p className="hint">
        The relay is started on a laptop of the room with <code>npm run relay</code> (it prints its address and a join link).
      </p>
    </form>
  );
}

function InRoom({ session, onEnded }: { session: RoomSession; onEnded: (name: string) => void }) {
  const view = useRoomView(session);
  const room = view.room!;
  const participants = useAppStore((s) => s.participants);
  const title = useAppStore((s) => s.record.title);
  const [copied, setCopied] = useState<string | null>(null);
  const [ending, setEnding] = useState(false);
  const linkId = useId();
  const link = roomLink(new URL(JOIN_PATH, window.location.href).href, room.relayUrl, room.roomId);
  const entries = Object.values(participants);
  const entered = entries.filter(hasEntered).length;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Link copied.');
    } catch {
      setCopied('The browser refused the clipboard: select the link above and copy it.');
    }
  };
  const end = async () => {
    setEnding(true);
    const when = new Date().toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    const name = await endRoom(session, `${title.trim() || 'Live room'}, ${when}`);
    onEnded(name);
  };

  return (
    <div className="live-room-on">
      <RoomStatus room={room} who="facilitator" />
      <div className="live-room-join">
        <RoomQr text={link} label="QR code to join the room" />
        <div className="live-room-link">
          <label htmlFor={linkId}>Join link for participants</label>
          <input id={linkId} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <div className="live-room-row">
            <button type="button" className="button" onClick={() => void copy()}>
              Copy link
            </button>
            <span role="status">{copied}</span>
          </div>
          {isLocalHost(window.location.hostname) && (
            <p className="hint">
              This page is open at {window.location.hostname}, which phones cannot reach: open the app at this machine’s network address (
              <code>npm run dev -- --host</code>) or use the link <code>npm run relay</code> prints.
            </p>
          )}
          <p className="live-room-count">
            {entries.length === 0
              ? 'Nobody has joined yet.'
              : `${entries.length} ${entries.length === 1 ? 'participant has' : 'participants have'} joined; ${entered} entered weights.`}
          </p>
          <button type="button" className="button" disabled={ending} onClick={() => void end()}>
            End room
          </button>
          <p className="hint">Ending keeps the room’s result as a saved snapshot and leaves the room; nothing is deleted.</p>
        </div>
      </div>
    </div>
  );
}

function Ignored({ items }: { items: readonly string[] }) {
  const headingId = useId();
  if (items.length === 0) return null;
  return (
    <section className="live-room-ignored" aria-labelledby={headingId}>
      <h3 id={headingId}>Ignored from a peer</h3>
      <p>These values did not pass the decision’s checks, or name what this decision does not have, and changed nothing:</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
