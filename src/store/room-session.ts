/**
 * Live rooms, for the app: the one shared document of a store (shared-decision.ts: the windows of
 * this browser over a BroadcastChannel) is the document a room connects to a relay. One mechanism:
 * tabs, the audience window and the room's devices all edit that document.
 *
 * - The facilitator's session is the app's own store: starting a room puts this device's decision
 *   into a new room (128-bit id) and connects it; opening a room's link as facilitator connects,
 *   and fills the room with this decision only if nobody has yet (a projector reloaded, or a second
 *   laptop, takes the room's decision instead of writing an older one over it).
 * - A participant's session has a store of its own, saved under a prefix of its room
 *   (`architecture-workbench:room:<id>:`), so joining a room never touches the phone's own saved
 *   decision; its document travels to this room's other windows on a channel of the room's own,
 *   and its binding writes only its own entry. Its participant id is kept per room, so a reload
 *   gets the same entry back.
 *
 * Status for the UI (`getView`, `subscribe`: a useSyncExternalStore source): connecting,
 * connected, unreachable (no relay answered yet: the room works on this device only) or
 * reconnecting (it answered before; edits are kept and sent when it is back); the devices in the
 * room (awareness); and what was refused from a peer, each named once.
 */
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { ownValue } from '../domain/group/core';
import { prefixedStorage } from '../lib/prefixed-storage';
import { checkRelayUrl, joinRoom, newRoomId, ROOM_ID_PATTERN, type Room, type RoomState } from '../sync/room';
import { PARTICIPANTS_MAP, type SyncProblem } from '../sync/shared-doc';
import { newParticipantId } from '../domain/group/ids';
import { saveToLibrary } from './library-actions';
import { CHANNEL_NAME, shareDecision, type SharedDecision } from './shared-decision';
import { createAppStore, STORAGE_KEY, type AppStore } from './store';

export type RoomRole = 'facilitator' | 'participant';
export type RoomConnection = 'connecting' | 'connected' | 'unreachable' | 'reconnecting';

export interface RoomInfo {
  roomId: string;
  relayUrl: string;
  role: RoomRole;
  connection: RoomConnection;
  /** The relay has sent its whole document since the last connect. */
  synced: boolean;
  /** Windows and devices of the room that this one knows of (awareness), this one included. */
  devices: number;
  /** Of those, participants' devices. */
  participantDevices: number;
  /** The facilitator ended the room (a participant's device is told so). */
  ended: boolean;
}

export interface RoomView {
  room: RoomInfo | null;
  /** Values from other windows or peers that were refused, each named once, the latest last. */
  ignored: readonly string[];
}

export interface RoomSession {
  readonly store: AppStore;
  readonly shared: SharedDecision;
  getView(): RoomView;
  subscribe(listener: () => void): () => void;
  /** A new room holding this device's decision, with this device as its facilitator; returns its id. */
  start(relayUrl: string): string;
  /** A room from a link. As facilitator, this decision fills the room only when the room holds none yet. */
  open(roomId: string, relayUrl: string, role: RoomRole): void;
  /** Leaves the room: the decision stays as it is, in this browser. */
  leave(): void;
  destroy(): void;
}

export interface RoomSessionOptions {
  channelName?: string;
  /** A participant's device: it writes only this entry. */
  participant?: string;
  /** Where this tab remembers the room it facilitates, so a reload rejoins it (sessionStorage). */
  remember?: Storage | null;
  /** Node has no WebSocket before v22: tests pass the `ws` package's. */
  WebSocketPolyfill?: typeof WebSocket;
  maxBackoffTime?: number;
}

/** The most refused values the panel lists (the latest). */
const MAX_IGNORED = 20;
/** A top-level map the state binding does not read: per room id, `seeded` (a facilitator filled it) or `ended`. */
const ROOMS_MAP = 'rooms';
const REMEMBER_KEY = `${STORAGE_KEY}:live-room`;

export function connectionOf(state: RoomState): RoomConnection {
  if (state.status === 'connected') return 'connected';
  if (state.status === 'connecting') return 'connecting';
  return state.everConnected ? 'reconnecting' : 'unreachable';
}

/** A refused value in words: where, what was wrong, and which peer wrote it when known. */
export function describeProblem(p: SyncProblem): string {
  const where = p.path.length > 0 ? p.path.join(' › ') : p.key;
  return `${where}: ${p.problem}${p.peer === undefined ? '' : ` (peer ${p.peer})`}`;
}

function countDevices(awareness: Awareness): { devices: number; participantDevices: number } {
  let devices = 0;
  let participantDevices = 0;
  for (const state of awareness.getStates().values()) {
    devices++;
    if ((state as { role?: unknown }).role === 'participant') participantDevices++;
  }
  return { devices, participantDevices };
}

export function createRoomSession(store: AppStore, options: RoomSessionOptions = {}): RoomSession {
  const listeners = new Set<() => void>();
  let view: RoomView = { room: null, ignored: [] };
  const emit = (next: RoomView) => {
    view = next;
    for (const listener of [...listeners]) listener();
  };
  const onProblem = (p: SyncProblem) => {
    const text = describeProblem(p);
    if (view.ignored.includes(text)) return;
    emit({ ...view, ignored: [...view.ignored, text].slice(-MAX_IGNORED) });
  };
  const shared = shareDecision(store, {
    channelName: options.channelName ?? CHANNEL_NAME,
    onProblem,
    ...(options.participant === undefined ? {} : { participant: options.participant }),
  });
  const { doc } = shared;
  const awareness = shared.channel.awareness;
  const rooms = doc.getMap<string>(ROOMS_MAP);

  let room: Room | null = null;
  let role: RoomRole = 'facilitator';
  let offRoom = () => {};

  const update = () => {
    if (!room) {
      if (view.room !== null) emit({ ...view, room: null });
      return;
    }
    const state = room.state();
    const next: RoomInfo = {
      roomId: room.roomId,
      relayUrl: room.relayUrl,
      role,
      connection: connectionOf(state),
      synced: state.synced,
      ...countDevices(awareness),
      ended: rooms.get(room.roomId) === 'ended',
    };
    const prev = view.room;
    if (prev && (Object.keys(next) as (keyof RoomInfo)[]).every((k) => prev[k] === next[k])) return;
    emit({ ...view, room: next });
  };
  awareness.on('change', update);
  rooms.observe(update);

  const remember = (value: { roomId: string; relayUrl: string } | null) => {
    try {
      if (value) options.remember?.setItem(REMEMBER_KEY, JSON.stringify(value));
      else options.remember?.removeItem(REMEMBER_KEY);
    } catch {
      // A tab that cannot remember simply does not rejoin after a reload.
    }
  };

  const connect = (roomId: string, relayUrl: string, as: RoomRole, afterFirstSync?: () => void) => {
    leave();
    role = as;
    awareness.setLocalStateField('role', as);
    const joined = joinRoom(doc, {
      relayUrl,
      roomId,
      awareness,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
      ...(options.maxBackoffTime === undefined ? {} : { maxBackoffTime: options.maxBackoffTime }),
    });
    room = joined;
    let first = true;
    offRoom = joined.onState((s) => {
      if (s.synced && first) {
        first = false;
        afterFirstSync?.();
      }
      update();
    });
    if (as === 'facilitator') remember({ roomId, relayUrl });
    update();
  };

  /** This device's decision into the room, and a mark that a facilitator has filled it. */
  const seed = (roomId: string) => {
    shared.binding.publish();
    rooms.set(roomId, 'seeded');
  };

  function leave() {
    if (!room) return;
    offRoom();
    room.destroy();
    room = null;
    awareness.setLocalStateField('role', null);
    remember(null);
    update();
  }

  return {
    store,
    shared,
    getView: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(relayUrl) {
      const relay = checkRelayUrl(relayUrl);
      if (!relay.ok) throw new TypeError(relay.problem);
      const roomId = newRoomId();
      // A new id: the relay's room is empty, so this decision goes in before the connection.
      seed(roomId);
      connect(roomId, relay.url, 'facilitator');
      return roomId;
    },
    open(roomId, relayUrl, as) {
      connect(roomId, relayUrl, as, () => {
        if (as === 'facilitator') {
          if (rooms.get(roomId) === undefined) seed(roomId);
          return;
        }
        // A participant back after a reload while the relay had forgotten the room: its own entry
        // (kept in this device's store) goes back in.
        const id = options.participant;
        if (id !== undefined && ownValue(store.getState().participants, id) && !doc.getMap(PARTICIPANTS_MAP).has(id)) {
          shared.binding.publish();
        }
      });
    },
    leave,
    destroy() {
      leave();
      awareness.off('change', update);
      rooms.unobserve(update);
      listeners.clear();
      shared.destroy();
    },
  };
}

/**
 * Ends the room as its facilitator: the room's result is kept as an ordinary named snapshot in
 * this browser's library, participants' devices are told the room has ended, and this device
 * leaves. Returns the snapshot's name as saved.
 */
export async function endRoom(session: RoomSession, name: string): Promise<string> {
  const entry = await saveToLibrary(session.store, name);
  const roomId = session.getView().room?.roomId;
  if (roomId) session.shared.doc.getMap<string>(ROOMS_MAP).set(roomId, 'ended');
  session.leave();
  return entry.name;
}

// ---- a participant's device ----------------------------------------------------------------------

export interface ParticipantSession {
  readonly roomId: string;
  readonly participantId: string;
  readonly store: AppStore;
  readonly session: RoomSession;
  /** Whether this device's entry is in the room (joined now, or before a reload). */
  joined(): boolean;
  /** Adds this device's entry (null: no name, as in an anonymous room). */
  join(name: string | null): void;
  destroy(): void;
}

export const roomStoragePrefix = (roomId: string) => `${STORAGE_KEY}:room:${roomId}:`;
const participantIdKey = (roomId: string) => `${roomStoragePrefix(roomId)}participant`;
const lastUsedKey = (roomId: string) => `${roomStoragePrefix(roomId)}last-used`;
/** A phone forgets a room it has not opened for this long (the room's result is the facilitator's). */
export const ROOM_KEPT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Removes everything this device kept for a room: its participant id and its entry's saved state. */
export function forgetRoom(storage: Storage, roomId: string): void {
  try {
    prefixedStorage(storage, roomStoragePrefix(roomId)).clear();
  } catch {
    // Storage refused: nothing more can be done, and nothing depends on it.
  }
}

/**
 * Forgets the rooms this device has not opened for `ROOM_KEPT_DAYS` (all but `keep`), so a phone
 * that joins workshops does not keep every room's entry for ever. A room kept before last-use dates
 * were recorded starts its clock now. Returns the ids forgotten.
 */
export function forgetStaleRooms(storage: Storage, now: number, keep?: string): string[] {
  const rooms = new Set<string>();
  const prefix = `${STORAGE_KEY}:room:`;
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(prefix)) continue;
      const id = key.slice(prefix.length).split(':', 1)[0]!;
      if (ROOM_ID_PATTERN.test(id) && id !== keep) rooms.add(id);
    }
  } catch {
    return [];
  }
  const forgotten: string[] = [];
  for (const id of rooms) {
    const used = Number(storage.getItem(lastUsedKey(id)));
    if (!Number.isFinite(used) || used <= 0) {
      touchRoom(storage, id, now);
    } else if (now - used > ROOM_KEPT_DAYS * DAY_MS) {
      forgetRoom(storage, id);
      forgotten.push(id);
    }
  }
  return forgotten;
}

function touchRoom(storage: Storage, roomId: string, now: number) {
  try {
    storage.setItem(lastUsedKey(roomId), String(now));
  } catch {
    // Without storage nothing is kept to forget.
  }
}

export interface ParticipantSessionOptions {
  /** The browser's storage (default localStorage): the room's store and the participant id live under the room's prefix. */
  storage?: Storage;
  WebSocketPolyfill?: typeof WebSocket;
  maxBackoffTime?: number;
  /** Default: window; null in tests. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  now?: () => number;
}

export async function createParticipantSession(
  roomId: string,
  relayUrl: string,
  options: ParticipantSessionOptions = {},
): Promise<ParticipantSession> {
  if (!ROOM_ID_PATTERN.test(roomId)) throw new TypeError('not a room id');
  const storage = options.storage ?? localStorage;
  const read = (key: string) => {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };
  const now = options.now ?? Date.now;
  forgetStaleRooms(storage, now(), roomId);
  touchRoom(storage, roomId, now());
  const saved = read(participantIdKey(roomId));
  const participantId = saved !== null && /^[A-Za-z0-9_-]{1,64}$/.test(saved) ? saved : newParticipantId();
  const store = createAppStore({
    backend: () => prefixedStorage(storage, roomStoragePrefix(roomId)),
    ...(options.events === undefined ? {} : { events: options.events }),
  });
  await store.ready;
  const session = createRoomSession(store, {
    channelName: `${CHANNEL_NAME}:room:${roomId}`,
    participant: participantId,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    ...(options.maxBackoffTime === undefined ? {} : { maxBackoffTime: options.maxBackoffTime }),
  });
  session.open(roomId, relayUrl, 'participant');
  // Once the facilitator ends the room, its result is theirs: this device stops saving the room and
  // forgets it (the entry stays on screen until the page closes).
  let forgotten = false;
  const offEnded = session.subscribe(() => {
    if (forgotten || !session.getView().room?.ended) return;
    forgotten = true;
    store.dispose();
    forgetRoom(storage, roomId);
  });
  const joined = () => ownValue(store.getState().participants, participantId) !== undefined;
  return {
    roomId,
    participantId,
    store,
    session,
    joined,
    join(name) {
      if (forgotten) return;
      if (!joined()) store.getState().joinAsParticipant(participantId, name);
      try {
        storage.setItem(participantIdKey(roomId), participantId);
      } catch {
        // Without storage a reload makes a new entry; the room still has this one.
      }
      touchRoom(storage, roomId, now());
    },
    destroy() {
      offEnded();
      session.destroy();
      store.dispose();
    },
  };
}

// ---- the app's sessions ---------------------------------------------------------------------------

export interface RoomSessions {
  /** The app's own store and document: the facilitator's side, and the tabs of this browser. */
  readonly app: RoomSession;
  /** A participant's session for a room (made once per room while the page lives). */
  participant(roomId: string, relayUrl: string): Promise<ParticipantSession>;
  /** Drops a participant's session (its device opens the room as facilitator instead). */
  dropParticipant(roomId: string): void;
}

export function createRoomSessions(store: AppStore, options: { remember?: Storage | null } = {}): RoomSessions {
  const remember = options.remember === undefined ? (typeof sessionStorage === 'undefined' ? null : sessionStorage) : options.remember;
  const app = createRoomSession(store, { remember });
  // A reload of the facilitator's tab rejoins its room.
  try {
    const text = remember?.getItem(REMEMBER_KEY);
    const saved = text ? (JSON.parse(text) as { roomId?: unknown; relayUrl?: unknown }) : null;
    if (saved && typeof saved.roomId === 'string' && ROOM_ID_PATTERN.test(saved.roomId) && typeof saved.relayUrl === 'string') {
      const relay = checkRelayUrl(saved.relayUrl);
      if (relay.ok) app.open(saved.roomId, relay.url, 'facilitator');
    }
  } catch {
    // Nothing to rejoin.
  }
  const participants = new Map<string, Promise<ParticipantSession>>();
  return {
    app,
    participant(roomId, relayUrl) {
      let session = participants.get(roomId);
      if (!session) {
        session = createParticipantSession(roomId, relayUrl);
        participants.set(roomId, session);
      }
      return session;
    },
    dropParticipant(roomId) {
      const session = participants.get(roomId);
      participants.delete(roomId);
      void session?.then((s) => s.destroy());
    },
  };
}

/** The room ids' marks, for tests. */
export const roomMarks = (doc: Y.Doc) => doc.getMap<string>(ROOMS_MAP);
