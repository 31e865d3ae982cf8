import type { RoomInfo } from '../../store/room-session';

/**
 * The room's status in plain words (role=status: a screen reader hears each change). The
 * facilitator hears how to start a relay; a participant, that nothing they enter is lost.
 */
export function RoomStatus({ room, who }: { room: RoomInfo; who: 'facilitator' | 'participant' }) {
  return (
    <p role="status" className={`room-status ${room.connection}`}>
      <StatusText room={room} who={who} />
    </p>
  );
}

function StatusText({ room, who }: { room: RoomInfo; who: 'facilitator' | 'participant' }) {
  const url = room.relayUrl;
  if (who === 'participant' && room.ended) return <>The facilitator has ended the room. Your entry is kept in the room’s result.</>;
  switch (room.connection) {
    case 'connecting':
      return <>Connecting to the relay at {url}…</>;
    case 'connected':
      if (who === 'participant') return <>{room.synced ? 'Connected to the room.' : 'Connected; receiving the room…'}</>;
      return (
        <>
          Connected to the relay at {url}. Participants’ devices in the room: {room.participantDevices}.
        </>
      );
    case 'unreachable':
      return who === 'facilitator' ? (
        <>
          No relay reachable at {url}: the room works on this device only. Start one with <code>npm run relay</code>.
        </>
      ) : (
        <>No relay reachable at {url}: what you enter is kept on this device and sent when the relay can be reached.</>
      );
    case 'reconnecting':
      return <>The relay at {url} cannot be reached; reconnecting. Changes made meanwhile are kept and sent when it is back.</>;
  }
}
