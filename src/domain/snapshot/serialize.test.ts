import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/repo-file';
import { BUILTIN_DATASET } from '../model/builtin-dataset';
import { checkMigrations, migrateSnapshot, MIGRATIONS } from './migrations';
import { datasetHash, parseSnapshotText, readSnapshot, serializeSnapshot } from './serialize';
import { SNAPSHOT_VERSION } from './snapshot';

/** A v2 document's group section as JSON, to spoil in tests. */
type GroupDoc = { inputs: Record<string, { weights: Record<string, unknown>; pick: string | null }>; method: string };

const v1 = () => JSON.parse(readRepoFile('tests/fixtures/snapshots/v1.json'));

describe('snapshot files', () => {
  it('reads the v2 fixture and writes it back byte for byte (export → import → export)', () => {
    const text = readRepoFile('tests/fixtures/snapshots/v2.json');
    const read = parseSnapshotText(text);
    expect(read.ok).toBe(true);
    if (read.ok) expect(serializeSnapshot(read.snapshot)).toBe(text);
  });

  it('opens the v1 fixture as v2: the same decision, with an empty group (migration 1 → 2)', () => {
    const read = readSnapshot(v1());
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.snapshot.version).toBe(2);
    expect(read.snapshot.group).toEqual({
      participants: [],
      inputs: {},
      method: 'geometric',
      overrides: {},
      anonymous: false,
      revealed: false,
    });
    // Its record chose the ranking's leader, as every v1 record said.
    expect(read.snapshot.decision.chosen).toEqual({ kind: 'leader' });
    const {
      version: _a,
      group: _b,
      decision: { chosen: _d, supersededBy: _e, ...decision },
      ...rest
    } = read.snapshot;
    const { version: _c, ...original } = v1();
    expect(JSON.parse(JSON.stringify({ ...rest, decision }))).toEqual(original);
  });

  it('keeps the participants, their entries and the method of a v2 snapshot', () => {
    const read = readSnapshot(JSON.parse(readRepoFile('tests/fixtures/snapshots/v2.json')));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const g = read.snapshot.group;
    expect(g.participants.map((p) => p.name)).toEqual(['Ana', 'Ben', null]);
    expect(g.inputs.ben?.weights.scalability).toBe(9);
    expect(g.overrides.scalability).toBe(5);
    expect(g.method).toBe('geometric');
  });

  it.each([
    ['an entry of someone not listed', (g: GroupDoc) => (g.inputs.zed = { weights: {}, pick: null }), 'group.inputs.zed'],
    ['a weight that is not a number', (g: GroupDoc) => (g.inputs.ana!.weights.scalability = 'abc'), 'group.inputs.ana.weights.scalability'],
    ['a weight past the slider', (g: GroupDoc) => (g.inputs.ben!.weights.scalability = 1e9), 'group.inputs.ben.weights.scalability'],
    ['an unknown method', (g: GroupDoc) => (g.method = 'loudest'), 'group.method'],
  ])('refuses a v2 snapshot whose group holds %s, naming where', (_, spoil, path) => {
    const doc = JSON.parse(readRepoFile('tests/fixtures/snapshots/v2.json'));
    spoil(doc.group);
    const read = readSnapshot(doc);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.path)).toEqual([path]);
  });

  it('keeps every part of the decision', () => {
    const read = readSnapshot(v1());
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const s = read.snapshot;
    expect(s.decision).toMatchObject({ title: 'Backend for the orders platform', status: 'accepted', participants: ['Ana', 'Ben'] });
    expect(s.weights['compliance-security']).toBe(10);
    expect(s.context.answers['3']).toBe('no');
    expect(s.overrides.serverless?.['compliance-security']).toBe('Centralized');
    expect(s.quadrant.positions.monolith).toEqual({ x: 0.45, y: 0.3 });
    expect(s.migration.graph?.edges.map((e) => e.id)).toContain('serverless-to-monolith');
  });

  it('refuses a snapshot from a newer app, saying so', () => {
    const doc = { ...v1(), version: SNAPSHOT_VERSION + 1 };
    const read = readSnapshot(doc);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.message).toMatch(/written by a newer Architecture Workbench \(format v3\)/);
  });

  it('names the bad field of an invalid snapshot', () => {
    const doc = v1();
    doc.quadrant.positions.monolith.x = 4;
    doc.decision.date = 'yesterday';
    const read = readSnapshot(doc);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems.map((p) => p.path)).toEqual(['decision.date', 'quadrant.positions.monolith.x']);
    }
  });

  it('tells a dataset file apart from a snapshot', () => {
    const read = parseSnapshotText(readRepoFile('data/dataset.json'));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.message).toContain('this is a dataset');
  });

  it('says what is wrong with text that is not JSON', () => {
    const read = parseSnapshotText('{ nope');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.message).toMatch(/^not valid JSON/);
  });
});

describe('migrations', () => {
  it('run 1…N without gaps and end at the version the app writes', () => {
    expect(checkMigrations(MIGRATIONS, SNAPSHOT_VERSION)).toBeNull();
    const steps = [
      { from: 1, migrate: (d: Record<string, unknown>) => ({ ...d, a: 1 }) },
      { from: 3, migrate: (d: Record<string, unknown>) => d },
    ];
    expect(checkMigrations(steps, 3)).toBe('migration 1 starts at v3, expected v2');
  });

  it('apply each step in order to an old document', () => {
    const steps = [
      { from: 1, migrate: (d: Record<string, unknown>) => ({ ...d, trail: ['1→2'] }) },
      { from: 2, migrate: (d: Record<string, unknown>) => ({ ...d, trail: [...((d.trail as string[] | undefined) ?? []), '2→3'] }) },
    ];
    expect(migrateSnapshot({ version: 1 }, steps, 3)).toEqual({ ok: true, doc: { version: 3, trail: ['1→2', '2→3'] } });
    expect(migrateSnapshot({ version: 2 }, steps, 3)).toEqual({ ok: true, doc: { version: 3, trail: ['2→3'] } });
    expect(migrateSnapshot({ version: 0 }, steps, 3)).toMatchObject({ ok: false });
  });
});

it('hashes the dataset content: the same content, the same hash', async () => {
  const a = await datasetHash(BUILTIN_DATASET);
  expect(a).toMatch(/^[0-9a-f]{64}$/);
  expect(await datasetHash(structuredClone(BUILTIN_DATASET))).toBe(a);
  expect(await datasetHash({ ...BUILTIN_DATASET, title: 'x' })).not.toBe(a);
});
