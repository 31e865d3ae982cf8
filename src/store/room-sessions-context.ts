/**
 * How components reach the live-room sessions (room-session.ts) without loading Yjs with the first
 * route: the context holds a loader; the first call loads the module and makes the sessions, and
 * every later call returns the same promise (for React's `use`).
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { RoomSessions } from './room-session';
import type { AppStore } from './store';

export type LoadRoomSessions = () => Promise<RoomSessions>;

export function roomSessionsLoader(store: AppStore): LoadRoomSessions {
  let sessions: Promise<RoomSessions> | null = null;
  return () => {
    sessions ??= import('./room-session').then(({ createRoomSessions }) => createRoomSessions(store));
    return sessions;
  };
}

const RoomSessionsContext = createContext<LoadRoomSessions | null>(null);

export function RoomSessionsProvider({ load, children }: { load: LoadRoomSessions | null; children?: ReactNode }) {
  return createElement(RoomSessionsContext.Provider, { value: load }, children);
}

/** The loader, or null where the app runs without live rooms (component tests). */
export function useRoomSessionsLoader(): LoadRoomSessions | null {
  return useContext(RoomSessionsContext);
}
