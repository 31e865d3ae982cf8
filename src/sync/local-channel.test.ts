// @vitest-environment node
// Node has BroadcastChannel: two channels of one name in this process talk as two tabs would.
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { connectLocalChannel, type LocalChannel } from './local-channel';
import { bindState, type StateBinding, type SyncProblem } from './shared-doc';
import { jsonEqual } from './json';
import { fakeStore, waitUntil, type FakeState } from './test-support';

const open: Array<LocalChannel | StateBinding> = [];
afterEach(() => {
  for (const thing of open.splice(0)) thing.destroy();
});

let counter = 0;
const uniqueName = () => `aw-test-${process.pid}-${Date.now()}-${counter++}`;

function tab(name: string, initial: Partial<FakeState> = {}, seed = false) {
  const doc = new Y.Doc();
  const store = fakeStore(initial);
  const problems: SyncProblem[] = [];
  const channelProblems: string[] = [];
  const binding = bindState(doc, store, { seed, onProblem: (p) => problems.push(p) });
  const channel = connectLocalChannel(doc, name, { onProblem: (p) => channelProblems.push(p) });
  open.push(binding, channel);
  return { doc, store, binding, channel, problems, channelProblems };
}

// Each wait polls its condition with its own bound (waitUntil); the test's bound is above those.
describe('connectLocalChannel', { timeout: 30_000 }, () => {
  it('a window opened later gets the decision; edits then flow both ways', async () => {
    const name = uniqueName();
    const laptop = tab(name, { title: 'Backend for Acme', weights: { scalability: 8 } }, true);
    laptop.store.setWeight('go-fit', 3);
    const audience = tab(name, { title: 'stale title from storage' });
    expect(audience.channel.available).toBe(true);
    await waitUntil(() => audience.store.state.title === 'Backend for Acme', 'the audience window has the title');
    expect(audience.store.state.weights).toEqual({ scalability: 8, 'go-fit': 3 });
    expect(audience.store.history.every((h) => h.remote)).toBe(true);

    audience.store.setWeight('scalability', 2);
    await waitUntil(() => laptop.store.state.weights.scalability === 2, 'the laptop has the audience window’s edit');
    expect(laptop.problems).toEqual([]);
    expect(audience.problems).toEqual([]);
  });

  it('a window opened later also offers what it holds (sync step 2 on open)', async () => {
    const name = uniqueName();
    const first = tab(name, { weights: { scalability: 5 } }, true);
    // Edits made in a document before its channel opened (a window that was offline, a room's edits).
    const doc = new Y.Doc();
    const store = fakeStore();
    open.push(bindState(doc, store));
    store.setWeight('team-size', 9);
    open.push(connectLocalChannel(doc, name));
    await waitUntil(() => first.store.state.weights['team-size'] === 9, 'the first window has the later one’s earlier edit');
    await waitUntil(() => store.state.weights.scalability === 5, 'the later window has the first one’s state');
  });

  it('concurrent edits of different criteria in two tabs both survive', async () => {
    const name = uniqueName();
    const a = tab(name, { weights: { scalability: 5, 'go-fit': 5 } }, true);
    const b = tab(name);
    await waitUntil(() => b.store.state.weights.scalability === 5, 'the second tab is in step');
    // Both before either message is delivered (BroadcastChannel delivers asynchronously).
    a.store.setWeight('scalability', 9);
    b.store.setWeight('go-fit', 1);
    expect(a.store.state.weights['go-fit']).toBe(5);
    const both = { scalability: 9, 'go-fit': 1 };
    await waitUntil(() => jsonEqual(a.store.state.weights, both), 'tab A has both edits');
    await waitUntil(() => jsonEqual(b.store.state.weights, both), 'tab B has both edits');
  });

  it('three windows stay in step, and a closed one stops receiving', async () => {
    const name = uniqueName();
    const a = tab(name, { title: 'one' }, true);
    const b = tab(name);
    const c = tab(name);
    await waitUntil(() => b.store.state.title === 'one' && c.store.state.title === 'one', 'all three have the title');
    b.channel.destroy();
    c.store.set({ title: 'two' });
    await waitUntil(() => a.store.state.title === 'two', 'A has C’s edit');
    // A later edit that A and C both see has certainly been delivered everywhere it was going.
    a.store.set({ title: 'three' });
    await waitUntil(() => c.store.state.title === 'three', 'C has A’s edit');
    expect(b.store.state.title).toBe('one');
  });

  it('shares awareness and says when a window leaves', async () => {
    const name = uniqueName();
    const a = tab(name);
    const b = tab(name);
    a.channel.awareness.setLocalStateField('user', { name: 'Laptop' });
    await waitUntil(() => b.channel.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Laptop', 'B sees A’s awareness');
    b.channel.awareness.setLocalStateField('user', { name: 'Audience' });
    await waitUntil(() => a.channel.awareness.getStates().has(b.doc.clientID), 'A sees B’s awareness');
    b.channel.destroy();
    await waitUntil(() => !a.channel.awareness.getStates().has(b.doc.clientID), 'A sees B leave');
  });

  it('reports and drops malformed messages, and carries on', async () => {
    const name = uniqueName();
    const a = tab(name, { title: 'kept' }, true);
    const raw = new BroadcastChannel(name);
    try {
      raw.postMessage('not binary');
      raw.postMessage(new Uint8Array([0, 2, 200, 1, 2, 3])); // a sync update that is no Yjs update
      raw.postMessage(new Uint8Array([9])); // an unknown message type
      await waitUntil(() => a.channelProblems.length >= 3, 'three problems are reported');
      expect(a.channelProblems.join('\n')).toMatch(/not binary/);
      expect(a.channelProblems.join('\n')).toMatch(/malformed/);
      expect(a.channelProblems.join('\n')).toMatch(/unknown type 9/);
      expect(a.store.state.title).toBe('kept');
      const b = tab(name);
      await waitUntil(() => b.store.state.title === 'kept', 'the channel still syncs');
    } finally {
      raw.close();
    }
  });

  it('validates what comes over the channel like any remote change', async () => {
    const name = uniqueName();
    const a = tab(name, { weights: { scalability: 5 } }, true);
    const hostile = new Y.Doc();
    open.push(connectLocalChannel(hostile, name));
    await waitUntil(() => hostile.getMap('record:weights').get('scalability') === 5, 'the hostile window is in step');
    hostile.getMap('record:weights').set('scalability', 'abc');
    await waitUntil(() => a.problems.length > 0, 'the bad value is reported');
    expect(a.problems[0]).toMatchObject({ key: 'weights', path: ['weights', 'scalability'], peer: hostile.clientID });
    expect(a.store.state.weights).toEqual({ scalability: 5 });
  });

  it('says it is unavailable where there is no BroadcastChannel, and changes nothing', () => {
    const doc = new Y.Doc();
    const saved = globalThis.BroadcastChannel;
    // @ts-expect-error -- an old browser
    delete globalThis.BroadcastChannel;
    try {
      const channel = connectLocalChannel(doc, uniqueName());
      expect(channel.available).toBe(false);
      doc.getMap('state').set('title', 'x');
      channel.destroy();
    } finally {
      globalThis.BroadcastChannel = saved;
    }
  });
});
