import { Suspense, use, useId, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useStore } from 'zustand';
import { ownValue } from '../../domain/group/core';
import type { ParticipantSession, RoomSessions } from '../../store/room-session';
import { useRoomSessionsLoader, type LoadRoomSessions } from '../../store/room-sessions-context';
import { AppStoreProvider } from '../../store/store';
import { parseRoomLink } from '../../sync/room';
import { FACILITATOR_PATH } from './room-link-path';
import { RoomStatus } from './room-status';
import { useRoomSessions, useRoomView } from './use-room';
import './room.css';

/** What the participant's own entry form gets (the app passes group input's ParticipantForm). */
export interface EntryProps {
  participantId: string;
  heading: string;
  onDone: () => void;
}
export type RenderEntry = (props: EntryProps) => ReactNode;

/**
 * What a room's link opens (`/join#room=…&relay=…`), phone first: "Join as participant" (a name,
 * unless the room is anonymous), then that participant's own entry (`renderEntry`, inside the
 * participant's own store) and the room's status, with nothing of the other participants.
 * "Open as facilitator" is for the projector's laptop.
 */
export function JoinScreen({ renderEntry }: { renderEntry: RenderEntry }) {
  const location = useLocation();
  const load = useRoomSessionsLoader();
  const link = parseRoomLink(new URL(`${location.pathname}${location.hash}`, window.location.origin).href);
  return (
    <main className="join-page">
      {link === null ? (
        <>
          <h1>No room in this link</h1>
          <p>A room’s link ends in “#room=…&amp;relay=…”. Scan the room’s QR code again, or ask the facilitator for its link.</p>
          <Link to="/">Open the workbench</Link>
        </>
      ) : !link.ok ? (
        <>
          <h1>This room link does not work</h1>
          <p role="alert">
            The link is damaged: {link.problem}. Scan the room’s QR code again, or ask the facilitator to send the link again.
          </p>
          <Link to="/">Open the workbench</Link>
        </>
      ) : !load ? (
        <p>Live rooms are not available in this view.</p>
      ) : (
        <Suspense fallback={<p role="status">Opening the room…</p>}>
          <JoinRoom load={load} roomId={link.roomId} relayUrl={link.relayUrl} renderEntry={renderEntry} />
        </Suspense>
      )}
    </main>
  );
}

function JoinRoom({
  load,
  roomId,
  relayUrl,
  renderEntry,
}: {
  load: LoadRoomSessions;
  roomId: string;
  relayUrl: string;
  renderEntry: RenderEntry;
}) {
  const sessions = useRoomSessions(load);
  return (
    <Suspense fallback={<p role="status">Opening the room…</p>}>
      <ParticipantScreen sessions={sessions} roomId={roomId} relayUrl={relayUrl} renderEntry={renderEntry} />
    </Suspense>
  );
}

function ParticipantScreen({
  sessions,
  roomId,
  relayUrl,
  renderEntry,
}: {
  sessions: RoomSessions;
  roomId: string;
  relayUrl: string;
  renderEntry: RenderEntry;
}) {
  const participant = useParticipant(sessions, roomId, relayUrl);
  const view = useRoomView(participant.session);
  const entry = useStore(participant.store, (s) => ownValue(s.participants, participant.participantId));
  const [done, setDone] = useState(false);
  const navigate = useNavigate();
  if (view.room?.ended) {
    return (
      <>
        <RoomStatus room={view.room} who="participant" />
        <p>This phone keeps nothing of the room. Thank you for taking part.</p>
        <Link to="/">Open the workbench</Link>
      </>
    );
  }
  return (
    <>
      {view.room && <RoomStatus room={view.room} who="participant" />}
      {entry ? (
        <AppStoreProvider store={participant.store}>
          {renderEntry({
            participantId: participant.participantId,
            heading: entry.name ? `Your weights, ${entry.name}` : 'Your weights',
            onDone: () => setDone(true),
          })}
          {done && (
            <p role="status" className="join-done">
              Thank you: your entry is in the room. You can still change it until the facilitator reveals the room’s weights.
            </p>
          )}
        </AppStoreProvider>
      ) : (
        <JoinForm participant={participant} />
      )}
      {!entry && (
        <section className="join-facilitator" aria-label="On the projector">
          <p>On the projector’s laptop? Open this room with your decision in it, to show its link and its results.</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              sessions.dropParticipant(roomId);
              sessions.app.open(roomId, relayUrl, 'facilitator');
              void navigate(FACILITATOR_PATH, { replace: true });
            }}
          >
            Open as facilitator
          </button>
        </section>
      )}
    </>
  );
}

function JoinForm({ participant }: { participant: ParticipantSession }) {
  const anonymous = useStore(participant.store, (s) => s.group.anonymous);
  const [name, setName] = useState('');
  const nameId = useId();
  return (
    <form
      className="join-form"
      aria-label="Join the room"
      onSubmit={(e) => {
        e.preventDefault();
        participant.join(anonymous ? null : name.trim() || null);
      }}
    >
      <h1>Live room</h1>
      <p>Say how much each criterion matters to you. Nobody sees your entry until the facilitator reveals the room’s weights.</p>
      {anonymous ? (
        <p>This room is anonymous: no names are asked or shown.</p>
      ) : (
        <>
          <label htmlFor={nameId}>Your name (optional)</label>
          <input
            id={nameId}
            type="text"
            autoComplete="nickname"
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </>
      )}
      <button type="submit" className="button primary">
        Join as participant
      </button>
    </form>
  );
}

/** This device's participant session for the room (made once per room; suspends until it is ready). */
function useParticipant(sessions: RoomSessions, roomId: string, relayUrl: string): ParticipantSession {
  return use(sessions.participant(roomId, relayUrl));
}
