import { describe, expect, it } from 'vitest';
import { BUILTIN_DATASET } from '../model/builtin-dataset';
import { edgeName, freshId, graphFromDataset, type GraphEdge, type MigrationGraph } from './graph';
import { findPaths, stepsWritten } from './paths';

const edge = (from: string, to: string, effort = 1): GraphEdge => ({
  id: `${from}-${to}`,
  from,
  to,
  label: null,
  steps: [],
  effort,
  origin: 'ours',
});
const graph = (...edges: GraphEdge[]): MigrationGraph => {
  const ids = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  return { nodes: ids.map((id) => ({ id, label: id.toUpperCase(), patternId: null })), edges };
};
const paths = (r: ReturnType<typeof findPaths>) => (r.kind === 'found' ? r.paths.map((p) => `${p.nodes.join('>')} (${p.cost})`) : r.kind);

describe('findPaths on the source graph', () => {
  const g = graphFromDataset(BUILTIN_DATASET);

  it('Monolith to Microservices: through Modular Monolith, in two steps', () => {
    expect(paths(findPaths(g, 'monolith', 'microservices'))).toEqual(['monolith>modular-monolith>microservices (2)']);
  });

  it('Monolith to Serverless: the direct Lambda Sidecar first, then the three-step way round', () => {
    expect(paths(findPaths(g, 'monolith', 'serverless'))).toEqual([
      'monolith>serverless (1)',
      'monolith>modular-monolith>microservices>serverless (3)',
    ]);
  });

  it('says plainly there is no way back from Serverless to Monolith, and what would connect them', () => {
    const r = findPaths(g, 'serverless', 'monolith');
    expect(r).toEqual({
      kind: 'none',
      reachable: ['serverless'],
      canReach: ['monolith'],
      suggestion: { from: 'serverless', to: 'monolith' },
    });
  });

  it('names edges the way people read them', () => {
    expect(g.edges.map((e) => edgeName(g, e))).toEqual([
      'Monolith to Modular Monolith: Encapsulate Modules',
      'Modular Monolith to Microservices: Strangler Fig',
      'Microservices to Serverless: Event-Driven',
      'SOA to Microservices: Service Extraction',
      'Monolith to Serverless: Lambda Sidecar',
      'Shared Database to Database per Service',
    ]);
  });
});

describe('findPaths', () => {
  it('is "same" when the current architecture is already the target', () => {
    expect(findPaths(graph(edge('a', 'b')), 'a', 'a')).toEqual({ kind: 'same', node: 'a' });
  });

  it('lists equal alternatives, deterministically', () => {
    const g = graph(edge('a', 'b'), edge('a', 'c'), edge('b', 'd'), edge('c', 'd'));
    expect(paths(findPaths(g, 'a', 'd'))).toEqual(['a>b>d (2)', 'a>c>d (2)']);
  });

  it('does not loop in cycles', () => {
    const g = graph(edge('a', 'b'), edge('b', 'a'), edge('b', 'c'), edge('c', 'b'), edge('c', 'd'));
    expect(paths(findPaths(g, 'a', 'd'))).toEqual(['a>b>c>d (3)']);
  });

  it('by effort prefers more, cheaper steps over one expensive step', () => {
    const g = graph(edge('a', 'd', 10), edge('a', 'b', 2), edge('b', 'c', 2), edge('c', 'd', 2));
    expect(paths(findPaths(g, 'a', 'd', 'steps'))).toEqual(['a>d (1)', 'a>b>c>d (3)']);
    expect(paths(findPaths(g, 'a', 'd', 'effort'))).toEqual(['a>b>c>d (6)', 'a>d (10)']);
  });

  it('keeps at most k paths', () => {
    const edges = [];
    for (let i = 0; i < 8; i++) edges.push(edge('s', `m${i}`), edge(`m${i}`, 't'));
    const r = findPaths(graph(...edges), 's', 't', 'steps', 3);
    expect(r.kind === 'found' && r.paths.length).toBe(3);
  });

  it('reports what each end can reach when there is no path', () => {
    const g = graph(edge('a', 'b'), edge('c', 'd'));
    const r = findPaths(g, 'a', 'd');
    expect(r).toMatchObject({ kind: 'none', reachable: ['a', 'b'], canReach: ['d', 'c'] });
  });
});

describe('freshId', () => {
  it('makes a readable id that is not taken', () => {
    const g = graph(edge('a', 'b'));
    expect(freshId(g, 'Cell Based!')).toBe('cell-based');
    expect(freshId(g, 'A')).toBe('a-2');
  });
});

describe('paths that tie: the documented one first', () => {
  const documented = (e: GraphEdge): GraphEdge => ({ ...e, steps: ['Do the thing.'] });

  it('puts the path whose migrations have steps before an equally short one without', () => {
    // a→b→d has no steps; a→c→d has; both are two migrations.
    const g = graph(edge('a', 'b'), edge('b', 'd'), documented(edge('a', 'c')), documented(edge('c', 'd')));
    expect(paths(findPaths(g, 'a', 'd'))).toEqual(['a>c>d (2)', 'a>b>d (2)']);
  });

  it('counts a near tie by effort (within 10 %) as a tie, but not a clearly cheaper path', () => {
    const near = graph(edge('a', 'b', 10), edge('b', 'd', 10), documented(edge('a', 'c', 10)), documented(edge('c', 'd', 11)));
    expect(paths(findPaths(near, 'a', 'd', 'effort'))).toEqual(['a>c>d (21)', 'a>b>d (20)']);
    const far = graph(edge('a', 'b', 5), edge('b', 'd', 5), documented(edge('a', 'c', 10)), documented(edge('c', 'd', 11)));
    expect(paths(findPaths(far, 'a', 'd', 'effort'))).toEqual(['a>b>d (10)', 'a>c>d (21)']);
  });

  it('says how many of a path’s migrations have steps', () => {
    const g = graphFromDataset(BUILTIN_DATASET);
    const r = findPaths(g, 'monolith', 'serverless');
    if (r.kind !== 'found') throw new Error('expected paths');
    expect(r.paths.map((p) => stepsWritten(g, p))).toEqual([
      { documented: 0, total: 1 },
      { documented: 3, total: 3 },
    ]);
  });
});
