import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/repo-file';
import type { Dataset } from '../model/dataset';
import { validateDataset } from '../model/parse-dataset';
import { formatProblem } from '../model/problem';
import { readSnapshot } from '../snapshot/serialize';
import type { Snapshot } from '../snapshot/snapshot';
import { checkGraph, duplicateIds } from './validate';

const node = (id: string) => ({ id, label: id, patternId: null });
const edge = (id: string, from: string, to: string) => ({ id, from, to, label: null, steps: [], effort: 1, origin: 'ours' as const });

describe('duplicateIds', () => {
  it('names each later holder of an id and where the first one is', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'a' }];
    expect(duplicateIds(items, ['patterns'], 'pattern id', (x) => x.id)).toEqual([
      { path: ['patterns', 2, 'id'], message: 'duplicate pattern id "a" (also at patterns[0].id)' },
      { path: ['patterns', 3, 'id'], message: 'duplicate pattern id "a" (also at patterns[0].id)' },
    ]);
  });

  it('treats names of Object.prototype members as ids like any other', () => {
    const names = Object.getOwnPropertyNames(Object.prototype);
    expect(
      duplicateIds(
        names.map((id) => ({ id })),
        ['x'],
        'id',
        (x) => x.id,
      ),
    ).toEqual([]);
    const twice = [...names, ...names].map((id) => ({ id }));
    expect(duplicateIds(twice, ['x'], 'id', (x) => x.id)).toHaveLength(names.length);
  });
});

describe('checkGraph', () => {
  it('accepts a sound graph', () => {
    expect(checkGraph({ nodes: [node('a'), node('b')], edges: [edge('ab', 'a', 'b')] })).toEqual([]);
  });

  it('refuses duplicate node ids, duplicate edge ids and edges to unknown nodes, with their paths', () => {
    const problems = checkGraph({
      nodes: [node('a'), node('b'), node('a')],
      edges: [edge('ab', 'a', 'b'), edge('ab', 'b', 'a'), edge('bc', 'b', 'c'), edge('xa', '__proto__', 'a')],
    });
    expect(problems).toEqual([
      { path: ['nodes', 2, 'id'], message: 'duplicate node id "a" (also at nodes[0].id)' },
      { path: ['edges', 1, 'id'], message: 'duplicate edge id "ab" (also at edges[0].id)' },
      { path: ['edges', 2, 'to'], message: 'unknown node "c"' },
      { path: ['edges', 3, 'from'], message: 'unknown node "__proto__"' },
    ]);
  });

  it('finds the nodes whose ids are Object.prototype member names', () => {
    const names = Object.getOwnPropertyNames(Object.prototype);
    const nodes = names.map(node);
    const edges = names.slice(1).map((to, i) => edge(`e-${to}`, names[i]!, to));
    expect(checkGraph({ nodes, edges })).toEqual([]);
    expect(checkGraph({ nodes: [], edges })).toHaveLength(edges.length * 2);
  });
});

/** The built-in dataset with one change, read by the dataset reader: its problems as the UI shows them. */
function datasetProblems(change: (doc: Dataset) => void): string[] {
  const doc = JSON.parse(readRepoFile('data/dataset.json'));
  change(doc);
  const read = validateDataset(doc);
  return read.ok ? [] : read.problems.map((p) => formatProblem(p));
}

describe('the dataset reader refuses every kind of id held twice, naming the field', () => {
  it.each([
    [
      'patterns',
      (d: Dataset) => d.patterns.push({ ...d.patterns[0]! }),
      /^patterns\[\d+\]\.id: duplicate pattern id "[^"]+" \(also at patterns\[0\]\.id\)$/,
    ],
    ['categories', (d: Dataset) => d.categories.push({ ...d.categories[0]! }), /^categories\[\d+\]\.id: duplicate category id/],
    [
      'criteria',
      (d: Dataset) => d.decisionFramework.criteria.push({ ...d.decisionFramework.criteria[0]! }),
      /^decisionFramework\.criteria\[\d+\]\.id: duplicate criterion id/,
    ],
    [
      'options',
      (d: Dataset) => d.decisionFramework.options.push({ ...d.decisionFramework.options[0]! }),
      /^decisionFramework\.options\[\d+\]\.patternId: duplicate option/,
    ],
    [
      'migration nodes',
      (d: Dataset) => d.migrationNodes.push({ ...d.migrationNodes[0]! }),
      /^migrationNodes\[\d+\]\.id: duplicate migration node id/,
    ],
    ['migrations', (d: Dataset) => d.migrations.push({ ...d.migrations[0]! }), /^migrations\[\d+\]\.id: duplicate migration id/],
    [
      'scales',
      (d: Dataset) => d.scoring!.scales.push({ ...d.scoring!.scales[0]! }),
      /^scoring\.scales\[\d+\]\.criterionId: duplicate scale for criterion/,
    ],
    [
      'profiles',
      (d: Dataset) => d.scoring!.profiles.push({ ...d.scoring!.profiles[0]! }),
      /^scoring\.profiles\[\d+\]\.id: duplicate profile id/,
    ],
  ])('%s', (_kind, change, expected) => {
    const problems = datasetProblems(change);
    expect(problems).toEqual([expect.stringMatching(expected)]);
  });

  it('refuses a migration to a node the dataset lacks', () => {
    expect(datasetProblems((d) => (d.migrations[0]!.to = 'constructor'))).toEqual([
      'migrations[0].to: unknown migration node "constructor"',
    ]);
  });
});

describe('the snapshot reader (files, pasted text and share links) checks the graph the same way', () => {
  const v1 = () => JSON.parse(readRepoFile('tests/fixtures/snapshots/v1.json'));
  const problems = (change: (doc: Snapshot) => void) => {
    const doc = v1();
    change(doc);
    const read = readSnapshot(doc);
    return read.ok ? [] : read.problems.map((p) => formatProblem(p));
  };

  it('accepts the fixture as it is', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it.each([
    [
      'a node id twice',
      (d: Snapshot) => d.migration.graph!.nodes.push({ ...d.migration.graph!.nodes[0]! }),
      /^migration\.graph\.nodes\[\d+\]\.id: duplicate node id/,
    ],
    [
      'an edge id twice',
      (d: Snapshot) => d.migration.graph!.edges.push({ ...d.migration.graph!.edges[0]! }),
      /^migration\.graph\.edges\[\d+\]\.id: duplicate edge id/,
    ],
    [
      'an edge to an unknown node',
      (d: Snapshot) => (d.migration.graph!.edges[0]!.to = 'toString'),
      /^migration\.graph\.edges\[0\]\.to: unknown node "toString"$/,
    ],
  ])('refuses %s with its field path', (_what, change, expected) => {
    expect(problems(change)).toEqual([expect.stringMatching(expected)]);
  });
});
