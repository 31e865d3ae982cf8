// @vitest-environment node
/**
 * Room sessions through a real relay (`scripts/relay.mjs`), started on 127.0.0.1 at a free port.
 */
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { ownValue } from '../domain/group/core';
import { freePort, startRelay, stopAllRelays, waitUntil } from '../sync/test-support';
import {
  createParticipantSession,
  createRoomSession,
  endRoom,
  forgetStaleRooms,
  ROOM_KEPT_DAYS,
  roomStoragePrefix,
  type ParticipantSession,
  type RoomSession,
} from './room-session';
import { createAppStore, STORAGE_KEY } from './store';

const WebSocketPolyfill = createRequire(import.meta.url)('ws') as typeof WebSocket;
const fast = { WebSocketPolyfill, maxBackoffTime: 300 };

/** A Storage in memory (one phone's localStorage). */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
}

const open: Array<RoomSession | ParticipantSession> = [];
afterEach(async () => {
  for (const s of open.splice(0)) s.destroy();
  await stopAllRelays();
});

function facilitator() {
  const store = createAppStore({ events: null });
  const session = createRoomSession(store, { channelName: `test-${Math.random()}`, remember: null, ...fast });
  open.push(session);
  return session;
}

async function phone(roomId: string, relayUrl: string, storage = memoryStorage()) {
  const p = await createParticipantSession(roomId, relayUrl, { storage, events: null, ...fast });
  open.push(p);
  return { p, storage };
}

describe('live room sessions', { timeout: 90_000 }, () => {
  it('a facilitator’s room reaches a phone; the phone’s entry reaches the facilitator and its own saved decision is untouched', async () => {
    const port = await freePort();
    await startRelay({ port });
    const relayUrl = `ws://127.0.0.1:${port}`;
    const host = facilitator();
    host.store.getState().updateRecord({ title: 'Orders backend' });
    const roomId = host.start(relayUrl);
    await waitUntil(() => host.getView().room?.connection === 'connected', 'the facilitator is connected');

    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, 'the phone’s own decision');
    const { p } = await phone(roomId, relayUrl, storage);
    await waitUntil(() => p.store.getState().record.title === 'Orders backend', 'the phone has the room’s decision');
    expect(p.joined()).toBe(false);
    p.join('Ana');
    p.store.getState().setParticipantWeight(p.participantId, 'scalability', 8);
    await waitUntil(
      () => ownValue(host.store.getState().participants, p.participantId)?.weights.scalability === 8,
      'the facilitator has the phone’s weight',
    );
    expect(ownValue(host.store.getState().participants, p.participantId)?.name).toBe('Ana');
    await waitUntil(() => host.getView().room?.participantDevices === 1, 'the facilitator counts one participant device');
    // The phone writes nothing but its entry: a change of the team's weights there stays there.
    p.store.getState().setWeight('compliance', 1);
    p.store.getState().setParticipantWeight(p.participantId, 'scalability', 9);
    await waitUntil(
      () => ownValue(host.store.getState().participants, p.participantId)?.weights.scalability === 9,
      'the second weight arrives',
    );
    expect(host.store.getState().weights.compliance).toBeUndefined();
    p.store.flush();
    expect(storage.getItem(STORAGE_KEY)).toBe('the phone’s own decision');

    const saved = await endRoom(host, 'Workshop');
    expect(saved).toBe('Workshop');
    expect(host.store.getState().library.entries[0]?.name).toBe('Workshop');
    expect(host.getView().room).toBeNull();
    await waitUntil(() => p.session.getView().room?.ended === true, 'the phone hears the room has ended');
    // The room's result is the facilitator's: the phone forgets the room, and keeps its own decision.
    const kept = () => Array.from({ length: storage.length }, (_, i) => storage.key(i)!);
    expect(kept().filter((k) => k.startsWith(roomStoragePrefix(roomId)))).toEqual([]);
    p.store.getState().setParticipantWeight(p.participantId, 'scalability', 2);
    p.store.flush();
    expect(kept().filter((k) => k.startsWith(roomStoragePrefix(roomId)))).toEqual([]);
    expect(storage.getItem(STORAGE_KEY)).toBe('the phone’s own decision');
  });

  it('a phone reloaded while the relay had forgotten the room gets its entry back and sends it again', async () => {
    const port = await freePort();
    let relay = await startRelay({ port });
    const relayUrl = `ws://127.0.0.1:${port}`;
    const host = facilitator();
    const roomId = host.start(relayUrl);
    const first = await phone(roomId, relayUrl);
    await waitUntil(() => first.p.session.getView().room?.synced === true, 'the phone is synced');
    first.p.join(null);
    first.p.store.getState().setParticipantWeight(first.p.participantId, 'go-fit', 3);
    await waitUntil(() => ownValue(host.store.getState().participants, first.p.participantId) !== undefined, 'the entry arrives');
    first.p.store.flush();
    first.p.destroy();

    await relay.stop();
    host.destroy();
    relay = await startRelay({ port });
    const again = await phone(roomId, relayUrl, first.storage);
    expect(again.p.participantId).toBe(first.p.participantId);
    expect(again.p.joined()).toBe(true);
    const other = facilitator();
    other.open(roomId, relayUrl, 'facilitator');
    await waitUntil(
      () => ownValue(other.store.getState().participants, first.p.participantId)?.weights['go-fit'] === 3,
      'the entry is back in the room',
    );
  });

  it('with no relay listening it says so and the decision carries on locally', async () => {
    const port = await freePort();
    const host = facilitator();
    host.start(`ws://127.0.0.1:${port}`);
    await waitUntil(() => host.getView().room?.connection === 'unreachable', 'the status says no relay is reachable');
    host.store.getState().setWeight('scalability', 2);
    expect(host.store.getState().weights.scalability).toBe(2);
  });
});

describe('what a phone keeps of the rooms it joined', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const id = (n: number) => `room${String(n).padStart(22, '0')}`;
  const keys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)!).sort();

  it(`forgets a room not opened for ${ROOM_KEPT_DAYS} days, keeps the others, the one in use and the phone's own decision`, () => {
    const storage = memoryStorage();
    const now = Date.UTC(2026, 11, 2);
    storage.setItem(STORAGE_KEY, 'own decision');
    for (const [n, daysAgo] of [
      [1, ROOM_KEPT_DAYS + 1],
      [2, ROOM_KEPT_DAYS - 1],
      [3, 400],
    ] as const) {
      storage.setItem(`${roomStoragePrefix(id(n))}participant`, `p${n}`);
      storage.setItem(`${roomStoragePrefix(id(n))}last-used`, String(now - daysAgo * DAY));
    }
    // A room kept before dates were recorded: its clock starts now.
    storage.setItem(`${roomStoragePrefix(id(4))}participant`, 'p4');

    expect(forgetStaleRooms(storage, now, id(3))).toEqual([id(1)]);
    expect(keys(storage)).toEqual(
      [
        STORAGE_KEY,
        `${roomStoragePrefix(id(2))}last-used`,
        `${roomStoragePrefix(id(2))}participant`,
        `${roomStoragePrefix(id(3))}last-used`,
        `${roomStoragePrefix(id(3))}participant`,
        `${roomStoragePrefix(id(4))}last-used`,
        `${roomStoragePrefix(id(4))}participant`,
      ].sort(),
    );
    expect(storage.getItem(`${roomStoragePrefix(id(4))}last-used`)).toBe(String(now));
    // Later, the undated room ages like the others.
    expect(forgetStaleRooms(storage, now + (ROOM_KEPT_DAYS + 1) * DAY)).toEqual([id(2), id(3), id(4)]);
    expect(keys(storage)).toEqual([STORAGE_KEY]);
  });

  it('says nothing and forgets nothing when storage refuses to be read', () => {
    const broken = {
      ...memoryStorage(),
      get length(): number {
        throw new Error('SecurityError');
      },
    } as Storage;
    expect(forgetStaleRooms(broken, Date.now())).toEqual([]);
  });
});
