import { describe, expect, it } from 'vitest';
import { CHANGED_DECISION } from '../../../tests/fixtures/changed-decision';
import { SNAPSHOT_VERSION, SnapshotSchema } from '../snapshot/snapshot';
import { DECISION_FIELDS, readDecision } from './decision-state';
import { DECISION_KEYS, initialDecision, pickDecision, sameDecision } from './initial';
import { decisionToSnapshot, snapshotToDecision } from './snapshot-mapping';

const meta = {
  app: { name: 'Architecture Workbench', version: 'test' },
  savedAt: '2026-12-01T10:00:00.000Z',
  dataset: { kind: 'builtin' as const, id: 'builtin', hash: '' },
  datasetKey: 'builtin',
};

describe('the one schema of the decision', () => {
  it('has the same keys in its checks as in its initial value', () => {
    expect([...DECISION_KEYS].sort()).toEqual(Object.keys(DECISION_FIELDS).sort());
  });

  it('the test decision changes every key (so the checks below cover each one)', () => {
    const initial = initialDecision('2026-01-01');
    for (const key of DECISION_KEYS) expect(CHANGED_DECISION[key], key).not.toEqual(initial[key]);
  });

  it('initial values pass their own checks', () => {
    const read = readDecision({ ...initialDecision('2026-01-01') });
    expect(read.unreadable).toEqual([]);
    expect(Object.keys(read.value).sort()).toEqual([...DECISION_KEYS].sort());
  });

  it('reads every key back from saved JSON', () => {
    const read = readDecision(JSON.parse(JSON.stringify(CHANGED_DECISION)));
    expect(read.unreadable).toEqual([]);
    for (const key of DECISION_KEYS) expect(read.value[key], key).toEqual(CHANGED_DECISION[key]);
  });

  it('names each key that does not read, and keeps the others', () => {
    const read = readDecision({ ...CHANGED_DECISION, weights: { scalability: 'lots' }, axes: 3 });
    expect(read.unreadable).toEqual(['weights', 'quadrant axes']);
    expect(read.value.overrides).toEqual(CHANGED_DECISION.overrides);
    expect(read.value).not.toHaveProperty('weights');
  });

  it('ignores keys it does not know, including names of Object.prototype members', () => {
    const read = readDecision(JSON.parse('{"__proto__": {"weights": {}}, "constructor": 1, "toString": 2}'));
    expect(read).toEqual({ value: {}, unreadable: [] });
  });

  it('carries every key through a snapshot and back', () => {
    const snapshot = decisionToSnapshot(CHANGED_DECISION, meta, SNAPSHOT_VERSION);
    expect(SnapshotSchema.safeParse(JSON.parse(JSON.stringify(snapshot))).success).toBe(true);
    const back = snapshotToDecision(snapshot, initialDecision('2026-01-01'), 'builtin');
    for (const key of DECISION_KEYS) expect(back[key], key).toEqual(CHANGED_DECISION[key]);
  });

  it('a snapshot keeps the graph edits of other datasets as they are', () => {
    const other = { nodes: [], edges: [] };
    const current = { ...initialDecision('2026-01-01'), graphEdits: { 'team-x': other } };
    const back = snapshotToDecision(decisionToSnapshot(CHANGED_DECISION, meta, SNAPSHOT_VERSION), current, 'builtin');
    expect(back.graphEdits).toEqual({ 'team-x': other, builtin: CHANGED_DECISION.graphEdits.builtin });
  });

  it('picks the decision out of a bigger state and compares by value objects', () => {
    const state = { ...CHANGED_DECISION, somethingElse: 1 };
    const picked = pickDecision(state);
    expect(picked).toEqual(CHANGED_DECISION);
    expect(sameDecision(picked, CHANGED_DECISION)).toBe(true);
    expect(sameDecision(picked, { ...CHANGED_DECISION, weights: { ...CHANGED_DECISION.weights } })).toBe(false);
  });
});
