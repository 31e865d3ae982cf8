// @vitest-environment node
/**
 * Peers in one room through a real relay (`scripts/relay.mjs`, i.e. @y/websocket-server 0.1.1),
 * started by the test on 127.0.0.1 at a free port. Every wait polls its condition.
 */
import { createRequire } from 'node:module';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonEqual } from './json';
import { joinRoom, newRoomId, type Room, type RoomState } from './room';
import { bindState, RECORD_MAP_PREFIX, STATE_MAP, type StateBinding, type SyncProblem } from './shared-doc';
import { fakeStore, freePort, startRelay, stopAllRelays, waitUntil, type FakeState } from './test-support';

// Node 20 has no WebSocket of its own; the relay package brings `ws` (as y-websocket's docs suggest).
const WebSocketPolyfill = createRequire(import.meta.url)('ws') as typeof WebSocket;

const open: Array<Room | StateBinding> = [];
afterEach(async () => {
  for (const thing of open.splice(0)) thing.destroy();
  await stopAllRelays();
});

function peer(relayUrl: string, roomId: string, initial: Partial<FakeState> = {}, seed = false) {
  const doc = new Y.Doc();
  const store = fakeStore(initial);
  const problems: SyncProblem[] = [];
  const binding = bindState(doc, store, { seed, onProblem: (p) => problems.push(p) });
  // A short backoff so that the test does not wait 2.5 s per retry after the relay is back.
  const room = joinRoom(doc, { relayUrl, roomId, WebSocketPolyfill, maxBackoffTime: 300 });
  const states: RoomState[] = [];
  room.onState((s) => states.push(s));
  open.push(binding, room);
  return { doc, store, binding, room, problems, states };
}

describe('a live room through the relay', { timeout: 90_000 }, () => {
  it('syncs two peers; edits made on both sides while the relay is down all arrive after it restarts on the same port', async () => {
    const port = await freePort();
    let relay = await startRelay({ port });
    const relayUrl = `ws://127.0.0.1:${port}`;
    const roomId = newRoomId();

    const facilitator = peer(relayUrl, roomId, { title: 'Backend for Acme', weights: { scalability: 5, 'go-fit': 5 } }, true);
    const participant = peer(relayUrl, roomId);
    await waitUntil(() => participant.store.state.title === 'Backend for Acme', 'the participant has the facilitator’s decision');
    await waitUntil(() => facilitator.room.state().synced && participant.room.state().synced, 'both peers are synced');
    expect(participant.store.state.weights).toEqual({ scalability: 5, 'go-fit': 5 });
    expect(participant.store.history.every((h) => h.remote)).toBe(true);

    // An edit with the relay up arrives.
    participant.store.setWeight('team-size', 4);
    await waitUntil(() => facilitator.store.state.weights['team-size'] === 4, 'the facilitator has the participant’s edit');

    await relay.stop();
    await waitUntil(
      () => facilitator.room.state().status === 'disconnected' && participant.room.state().status === 'disconnected',
      'both peers see the relay gone',
    );

    // Edits on both sides while nobody can reach anybody: different criteria, a participant entry, the title.
    facilitator.store.setWeight('scalability', 9);
    facilitator.store.set({ title: 'Backend for Acme, v2' });
    participant.store.setWeight('go-fit', 1);
    participant.store.set({ participants: { p2: { name: 'Ben', weights: { scalability: 2 } } } });
    expect(facilitator.store.state.weights['go-fit']).toBe(5);
    expect(participant.store.state.title).toBe('Backend for Acme');

    relay = await startRelay({ port });
    const expected: FakeState = {
      title: 'Backend for Acme, v2',
      weights: { scalability: 9, 'go-fit': 1, 'team-size': 4 },
      participants: { p2: { name: 'Ben', weights: { scalability: 2 } } },
    };
    await waitUntil(() => jsonEqual(facilitator.store.state, expected), 'the facilitator has every edit');
    await waitUntil(() => jsonEqual(participant.store.state, expected), 'the participant has every edit');
    expect(facilitator.room.state()).toMatchObject({ status: 'connected', everConnected: true, failedAttempts: 0 });
    expect(facilitator.states.map((s) => s.status)).toContain('disconnected');
    expect(facilitator.problems).toEqual([]);
    expect(participant.problems).toEqual([]);
  });

  it('a hostile peer’s invalid values reach the room but no store, and are reported with its client id', async () => {
    const port = await freePort();
    await startRelay({ port });
    const relayUrl = `ws://127.0.0.1:${port}`;
    const roomId = newRoomId();
    const facilitator = peer(relayUrl, roomId, { weights: { scalability: 5 } }, true);
    const participant = peer(relayUrl, roomId);
    await waitUntil(() => participant.store.state.weights.scalability === 5, 'the participant is in step');

    const hostile = new Y.Doc();
    const hostileRoom = joinRoom(hostile, { relayUrl, roomId, WebSocketPolyfill });
    open.push(hostileRoom);
    await waitUntil(() => hostileRoom.state().synced, 'the hostile peer is synced');
    hostile.transact(() => {
      hostile.getMap(`${RECORD_MAP_PREFIX}weights`).set('scalability', 'abc');
      hostile.getMap(`${RECORD_MAP_PREFIX}weights`).set('go-fit', 1e9);
      hostile.getMap(`${RECORD_MAP_PREFIX}weights`).set('no-such-criterion', 3);
      hostile.getMap(STATE_MAP).set('no-such-key', true);
    });
    for (const p of [facilitator, participant]) {
      await waitUntil(() => p.problems.length === 4, 'four problems are reported');
      expect(p.problems.map((x) => x.path.join('/')).sort()).toEqual([
        'no-such-key',
        'weights/go-fit',
        'weights/no-such-criterion',
        'weights/scalability',
      ]);
      expect(p.problems.every((x) => x.peer === hostile.clientID)).toBe(true);
      expect(p.store.state.weights).toEqual({ scalability: 5 });
    }
    expect(participant.store.history.filter((h) => h.remote)).toHaveLength(1); // the first sync, nothing since
  });

  it('with no relay reachable it says so and carries on locally', async () => {
    const port = await freePort(); // nothing listens there
    const alone = peer(`ws://127.0.0.1:${port}`, newRoomId(), { title: 'T' }, true);
    await waitUntil(() => alone.room.state().status === 'disconnected', 'the room reports disconnected');
    expect(alone.room.state()).toMatchObject({ everConnected: false, synced: false });
    await waitUntil(() => alone.room.state().failedAttempts >= 2, 'it keeps trying');
    // Retries do not make the status flicker back to "connecting".
    expect(alone.states.filter((s) => s.status === 'connecting')).toEqual([]);
    alone.store.set({ title: 'still works' });
    expect(alone.doc.getMap(STATE_MAP).get('title')).toBe('still works');
  });
});
