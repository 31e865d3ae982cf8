/**
 * A live room: the shared Y.Doc kept in step with other devices through a relay (`npm run relay`,
 * the y-websocket server package), with y-websocket's standard client. Plus the room's id and link.
 *
 * The provider's own BroadcastChannel is switched off: tabs of this browser are kept in step by
 * `local-channel.ts` whether or not there is a room, so there is one way between windows, not two.
 *
 * Edits made while the relay cannot be reached stay in the document and are sent when the
 * connection is back (the provider retries with a backoff of at most `maxBackoffTime`).
 */
import type * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';

export type RoomStatus = 'connecting' | 'connected' | 'disconnected';

export interface RoomState {
  /**
   * `connecting`: the first attempt (or an explicit reconnect) is under way; `connected`: the relay
   * answered; `disconnected`: the connection was lost or an attempt failed. The provider keeps
   * trying while disconnected; the status stays `disconnected` until an attempt succeeds, so it
   * does not flicker with each retry.
   */
  status: RoomStatus;
  /** The relay has sent its whole document since the last connect. */
  synced: boolean;
  /** Whether this room ever reached the relay: with `disconnected`, false means "no relay reachable". */
  everConnected: boolean;
  /** Attempts that failed or connections that closed since the last success. */
  failedAttempts: number;
}

export interface RoomOptions {
  /** `ws:` or `wss:` address of the relay. */
  relayUrl: string;
  roomId: string;
  /** Share one with the local channel so every window sees who is in the room. */
  awareness?: Awareness;
  /** Node has no WebSocket before v22: tests pass the `ws` package's. */
  WebSocketPolyfill?: typeof WebSocket;
  /** Longest wait between two attempts, ms (y-websocket's default 2500). */
  maxBackoffTime?: number;
}

export interface Room {
  readonly roomId: string;
  readonly relayUrl: string;
  readonly awareness: Awareness;
  state(): RoomState;
  /** Called with every change of the state; returns the unsubscribe function. */
  onState(listener: (state: RoomState) => void): () => void;
  /** Leave the room: closes the socket; the document keeps everything it holds. */
  destroy(): void;
}

/** At least 128 random bits, in the URL-safe base64 alphabet (22 characters for 16 bytes). */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

export function newRoomId(getRandomValues: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => crypto.getRandomValues(b)): string {
  const bytes = new Uint8Array(16);
  getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The relay's address as the provider takes it, or why it is not one. */
export function checkRelayUrl(text: string): { ok: true; url: string } | { ok: false; problem: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'the relay address is not a URL' };
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return { ok: false, problem: 'the relay address must start with ws:// or wss://' };
  if (url.username || url.password) return { ok: false, problem: 'the relay address must not carry a user name or password' };
  if (url.search || url.hash) return { ok: false, problem: 'the relay address must not carry a query or fragment' };
  return { ok: true, url: url.href.replace(/\/+$/, '') };
}

const ROOM_PARAM = 'room';
const RELAY_PARAM = 'relay';

/**
 * The link people open to join: the app's address with `#room=<id>&relay=<relay address>`. In the
 * fragment, so the room id never reaches the web server that serves the app (nor a Referer header);
 * it reaches only the relay, which needs it.
 */
export function roomLink(baseUrl: string, relayUrl: string, roomId: string): string {
  const relay = checkRelayUrl(relayUrl);
  if (!relay.ok) throw new TypeError(relay.problem);
  if (!ROOM_ID_PATTERN.test(roomId)) throw new TypeError('a room id is 22 to 128 characters of A–Z, a–z, 0–9, - and _');
  const url = new URL(baseUrl);
  url.hash = `${ROOM_PARAM}=${roomId}&${RELAY_PARAM}=${encodeURIComponent(relay.url)}`;
  return url.href;
}

export type RoomLinkResult = { ok: true; roomId: string; relayUrl: string; appUrl: string } | { ok: false; problem: string };

/** The room in a link: null when the link names no room, a problem when it names one badly. */
export function parseRoomLink(link: string): RoomLinkResult | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  const params = new URLSearchParams(url.hash.replace(/^#/, ''));
  if (!params.has(ROOM_PARAM)) return null;
  const roomId = params.get(ROOM_PARAM) ?? '';
  if (!ROOM_ID_PATTERN.test(roomId)) return { ok: false, problem: 'the room id in the link is damaged or cut short' };
  const relayText = params.get(RELAY_PARAM);
  if (!relayText) return { ok: false, problem: 'the link does not say which relay the room is on' };
  const relay = checkRelayUrl(relayText);
  if (!relay.ok) return { ok: false, problem: relay.problem };
  url.hash = '';
  return { ok: true, roomId, relayUrl: relay.url, appUrl: url.href };
}

export function joinRoom(doc: Y.Doc, options: RoomOptions): Room {
  const relay = checkRelayUrl(options.relayUrl);
  if (!relay.ok) throw new TypeError(relay.problem);
  if (!ROOM_ID_PATTERN.test(options.roomId)) throw new TypeError('joinRoom: not a room id');
  const ownAwareness = options.awareness === undefined;
  const awareness = options.awareness ?? new Awareness(doc);

  let state: RoomState = { status: 'connecting', synced: false, everConnected: false, failedAttempts: 0 };
  const listeners = new Set<(s: RoomState) => void>();
  const set = (change: Partial<RoomState>) => {
    const next = { ...state, ...change };
    if (
      next.status === state.status &&
      next.synced === state.synced &&
      next.everConnected === state.everConnected &&
      next.failedAttempts === state.failedAttempts
    )
      return;
    state = next;
    for (const listener of [...listeners]) listener(state);
  };

  const provider = new WebsocketProvider(relay.url, options.roomId, doc, {
    connect: false,
    awareness,
    disableBc: true,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    ...(options.maxBackoffTime !== undefined ? { maxBackoffTime: options.maxBackoffTime } : {}),
  });
  provider.on('status', ({ status }) => {
    if (status === 'connected') set({ status: 'connected', everConnected: true, failedAttempts: 0 });
    // A retry after a failure is still "disconnected" for the people looking at it.
    else if (status === 'connecting' && state.status !== 'disconnected') set({ status: 'connecting' });
  });
  provider.on('connection-close', () => set({ status: 'disconnected', synced: false, failedAttempts: state.failedAttempts + 1 }));
  provider.on('sync', (synced: boolean) => set({ synced }));
  provider.connect();

  let destroyed = false;
  return {
    roomId: options.roomId,
    relayUrl: relay.url,
    awareness,
    state: () => state,
    onState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      listeners.clear();
      provider.destroy();
      if (ownAwareness) awareness.destroy();
    },
  };
}
