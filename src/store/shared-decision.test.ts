// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { waitUntil } from '../sync/test-support';
import type { SyncProblem } from '../sync/shared-doc';
import { shareDecision, type SharedDecision } from './shared-decision';
import { createAppStore, type AppStore } from './store';

const open: { store: AppStore; shared: SharedDecision }[] = [];
let channel = 0;

/** Two windows of one browser: two stores, each bound to the one channel. */
function windows(count = 2) {
  const name = `test-channel-${++channel}-${Math.random()}`;
  return Array.from({ length: count }, () => {
    const store = createAppStore({ events: null });
    const problems: SyncProblem[] = [];
    const shared = shareDecision(store, { channelName: name, onProblem: (p) => problems.push(p) });
    open.push({ store, shared });
    return { store, shared, problems, s: () => store.getState() };
  });
}

afterEach(() => {
  for (const { store, shared } of open.splice(0)) {
    shared.destroy();
    store.dispose();
  }
});

describe('the decision shared between windows of one browser', () => {
  it('a slider moved in one window moves in the other, outside the other’s undo history', async () => {
    const [a, b] = windows();
    a!.s().setWeight('scalability', 9);
    await waitUntil(() => b!.s().weights.scalability === 9, 'the weight to reach the other window');
    expect(b!.store.temporal.getState().pastStates).toHaveLength(0);
    // Undo in the window that made the change takes it back everywhere.
    a!.s().undo();
    await waitUntil(() => b!.s().weights.scalability === undefined, 'the undo to reach the other window');
  });

  it("participants' entries travel, and two people weighing at once both count", async () => {
    const [a, b] = windows();
    a!.s().joinAsParticipant('ana', 'Ana');
    a!.s().joinAsParticipant('ben', 'Ben');
    await waitUntil(() => Object.keys(b!.s().participants).length === 2, 'the participants in the other window');
    a!.s().setParticipantWeight('ana', 'scalability', 9);
    b!.s().setParticipantWeight('ben', 'scalability', 1);
    b!.s().setGroupRevealed(true);
    await waitUntil(
      () => [a!, b!].every((w) => w.s().participants.ana?.weights.scalability === 9 && w.s().participants.ben?.weights.scalability === 1),
      'both entries in both windows',
    );
    await waitUntil(() => a!.s().group.revealed, 'the reveal to reach the first window');
    expect(a!.problems).toEqual([]);
    expect(b!.problems).toEqual([]);
  });

  it('two windows changing different weights at once both keep both', async () => {
    const [a, b] = windows();
    a!.s().setWeight('scalability', 9);
    b!.s().setWeight('go-fit', 2);
    await waitUntil(
      () => [a!, b!].every((w) => w.s().weights.scalability === 9 && w.s().weights['go-fit'] === 2),
      'both weights in both windows',
    );
  });

  it('every kind of edit travels: record, positions, graph, the dataset and the slide', async () => {
    const [a, b] = windows();
    a!.s().updateRecord({ title: 'Orders backend' });
    a!.s().placeOption('soa', { x: 0.2, y: 0.8 });
    a!.s().addNode({ label: 'Cells', patternId: null });
    a!.s().showSlide('ranking');
    await waitUntil(() => b!.s().presentation?.slide === 'ranking', 'the slide to reach the other window');
    expect(b!.s().record.title).toBe('Orders backend');
    expect(b!.s().positions.soa).toEqual({ x: 0.2, y: 0.8 });
    expect(b!.s().graphEdits.builtin?.nodes.map((n) => n.label)).toContain('Cells');
  });

  it('a window opened later takes the shared decision, and does not write its older state over it', async () => {
    const [a] = windows(1);
    a!.s().setWeight('scalability', 9);
    const name = a!.shared.channel.name;
    const store = createAppStore({ events: null });
    store.getState().setWeight('scalability', 1); // an older saved state
    const late = shareDecision(store, { channelName: name });
    open.push({ store, shared: late });
    await waitUntil(() => store.getState().weights.scalability === 9, 'the late window to take the shared weight');
    expect(a!.s().weights.scalability).toBe(9);
  });

  it('a broken or hostile value from another peer changes nothing and is named', async () => {
    const [a, b] = windows();
    a!.s().setWeight('scalability', 5);
    await waitUntil(() => b!.s().weights.scalability === 5, 'the first weight');
    // A peer writes straight into the shared document, past its own store's checks.
    const weights = a!.shared.doc.getMap('record:weights');
    a!.shared.doc.transact(() => {
      weights.set('scalability', 'abc');
      weights.set('go-fit', 1e9);
    });
    a!.shared.doc.getMap('state').set('axes', { x: 42 });
    await waitUntil(() => b!.problems.length >= 3, 'the refused values to be reported');
    expect(b!.s().weights).toEqual({ scalability: 5 });
    expect(b!.s().axes).toEqual({ x: 'forces', y: 'forces' });
    expect(b!.problems.map((p) => p.path.join('.')).sort()).toEqual(['axes', 'weights.go-fit', 'weights.scalability']);
  });
});
