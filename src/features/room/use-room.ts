import { use, useSyncExternalStore } from 'react';
import type { RoomSession, RoomSessions, RoomView } from '../../store/room-session';
import type { LoadRoomSessions } from '../../store/room-sessions-context';

/** The sessions (suspends until the module has loaded: render inside <Suspense>). */
export function useRoomSessions(load: LoadRoomSessions): RoomSessions {
  return use(load());
}

/** A session's room status, re-rendered when it changes. */
export function useRoomView(session: RoomSession): RoomView {
  return useSyncExternalStore(session.subscribe, session.getView, session.getView);
}
