import { afterEach, describe, expect, it } from 'vitest';
import { CHANGED_DECISION } from '../../tests/fixtures/changed-decision';
import { DECISION_KEYS, pickDecision } from '../domain/decision/initial';
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import { COALESCE_MS } from './history';
import { captureSnapshot, applySnapshot } from './snapshot-io';
import { createAppStore, type AppStore } from './store';

const made: AppStore[] = [];
/** A store with a clock the test moves. */
function makeStore() {
  let t = 1_000_000;
  const store = createAppStore({ now: () => t });
  made.push(store);
  return { store, s: () => store.getState(), later: (ms: number) => (t += ms) };
}
afterEach(() => {
  for (const store of made.splice(0)) store.dispose();
});

describe('a store per instance', () => {
  it('two stores share nothing', () => {
    const a = makeStore();
    const b = makeStore();
    a.s().setWeight('scalability', 9);
    a.s().placeOption('soa', { x: 0.1, y: 0.2 });
    expect(b.s().weights).toEqual({});
    expect(b.s().positions).toEqual({});
    expect(b.store.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('every key of the decision', () => {
  it('is saved in this browser and read back by the next start', async () => {
    const a = makeStore();
    a.store.setState(CHANGED_DECISION);
    a.store.flush();
    const b = makeStore();
    await b.store.ready;
    expect(pickDecision(b.s())).toEqual(CHANGED_DECISION);
    // The history is not saved: a start begins a fresh one.
    expect(b.store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('goes into a snapshot and comes out of it in another store', async () => {
    const a = makeStore();
    a.store.setState(CHANGED_DECISION);
    const snapshot = await captureSnapshot(a.s(), '2026-12-01T00:00:00.000Z');
    const b = makeStore();
    await applySnapshot(b.store, snapshot);
    expect(pickDecision(b.s())).toEqual(CHANGED_DECISION);
  });

  it('is undone and redone with the rest of a change', () => {
    const { store, s } = makeStore();
    const before = pickDecision(s());
    store.setState(CHANGED_DECISION);
    s().undo();
    for (const key of DECISION_KEYS) expect(s()[key], key).toEqual(before[key]);
    s().redo();
    for (const key of DECISION_KEYS) expect(s()[key], key).toEqual(CHANGED_DECISION[key]);
  });
});

describe('undo and redo', () => {
  it('a dragged slider (many changes of one weight in a burst) is one step', () => {
    const { s, later } = makeStore();
    for (let w = 5; w <= 9; w++) {
      s().setWeight('scalability', w);
      later(30);
    }
    later(COALESCE_MS + 1);
    s().setWeight('scalability', 2);
    s().undo();
    expect(s().weights).toEqual({ scalability: 9 });
    s().undo();
    expect(s().weights).toEqual({});
    s().redo();
    expect(s().weights).toEqual({ scalability: 9 });
  });

  it('moving another slider is a step of its own, even at once', () => {
    const { s } = makeStore();
    s().setWeight('scalability', 9);
    s().setWeight('go-fit', 1);
    s().undo();
    expect(s().weights).toEqual({ scalability: 9 });
  });

  it('after an undo, the same slider moved again is a new step', () => {
    const { s } = makeStore();
    s().setWeight('scalability', 9);
    s().undo();
    s().setWeight('scalability', 3);
    s().setWeight('scalability', 4);
    s().undo();
    expect(s().weights).toEqual({});
  });

  it('reset weights says so, and its Undo brings the weights back; another change takes the toast away', () => {
    const { s } = makeStore();
    s().setWeight('scalability', 9);
    s().resetWeights();
    expect(s().weights).toEqual({});
    expect(s().toast).toMatchObject({ undo: true });
    s().undo();
    expect(s().weights).toEqual({ scalability: 9 });
    expect(s().toast).toBeNull();
    s().resetWeights();
    s().setWeight('go-fit', 2);
    expect(s().toast).toBeNull();
  });

  it('undoes rating overrides and their reset', () => {
    const { s } = makeStore();
    s().setOverride('monolith', 'scalability', 'Horizontal');
    s().setOverride('soa', 'scalability', 'Automatic');
    s().resetOverrides();
    expect(s().overrides).toEqual({});
    s().undo();
    expect(Object.keys(s().overrides)).toEqual(['monolith', 'soa']);
    s().undo();
    expect(Object.keys(s().overrides)).toEqual(['monolith']);
  });

  it('a dragged quadrant point is one step; resetting every point is undone in one', () => {
    const { s } = makeStore();
    for (let i = 1; i <= 5; i++) s().placeOption('soa', { x: i / 10, y: 0.5 });
    s().placeOption('monolith', { x: 0.9, y: 0.9 });
    s().resetPositions();
    s().undo();
    expect(Object.keys(s().positions).sort()).toEqual(['monolith', 'soa']);
    s().undo();
    s().undo();
    expect(s().positions).toEqual({});
  });

  it('typing in a record field is one step per field', () => {
    const { s } = makeStore();
    const title = s().record.title;
    for (const text of ['O', 'Or', 'Ord', 'Orders']) s().updateRecord({ title: text });
    s().updateRecord({ rationale: 'Because' });
    s().undo();
    expect(s().record).toMatchObject({ title: 'Orders', rationale: '' });
    s().undo();
    expect(s().record.title).toBe(title);
  });

  it('loading a dataset and choosing axes are steps too', () => {
    const { s } = makeStore();
    s().loadCustomDataset({ dataset: { ...BUILTIN_DATASET, id: 'team-x', title: 'Team X' }, fileName: 'x.json' });
    s().setAxis('x', 'scalability');
    s().undo();
    expect(s().axes.x).toBe('forces');
    s().undo();
    expect(s().custom).toBeNull();
  });
});
