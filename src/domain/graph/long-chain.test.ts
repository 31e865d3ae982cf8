/**
 * A chain of 10,000 migrations: path finding, reachability and layout are iterative and near linear,
 * so they finish (the old path finding took ~95 s and dagre overflowed the call stack from ~2,000
 * nodes). No timed assertion: the test timeout is the bound.
 */
import dagre from '@dagrejs/dagre';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MigrationGraph } from './graph';
import { DAGRE_MAX_NODES, layeredLayout, layoutToFit, layoutWithRoutes } from './layout';
import { findPaths } from './paths';
import { checkGraph } from './validate';

const N = 10_000;
const box = { width: 160, height: 48 };
const size = () => box;

function chain(n: number): MigrationGraph {
  return {
    nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, label: `Node ${i}`, patternId: null })),
    edges: Array.from({ length: n - 1 }, (_, i) => ({
      id: `e${i}`,
      from: `n${i}`,
      to: `n${i + 1}`,
      label: null,
      steps: [],
      effort: 1,
      origin: 'ours' as const,
    })),
  };
}

afterEach(() => vi.restoreAllMocks());

describe(`a chain of ${N.toLocaleString('en')} nodes`, () => {
  const g = chain(N);

  it('passes the graph check', () => {
    expect(checkGraph(g)).toEqual([]);
  });

  it('finds the one path from the first node to the last', { timeout: 10_000 }, () => {
    const result = findPaths(g, 'n0', `n${N - 1}`);
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.paths).toHaveLength(1);
    expect(result.paths[0]!.cost).toBe(N - 1);
    expect(result.paths[0]!.nodes.at(-1)).toBe(`n${N - 1}`);
    expect(findPaths(g, 'n0', `n${N - 1}`, 'effort').kind).toBe('found');
  });

  it('says what is reachable when there is no path back', { timeout: 10_000 }, () => {
    const result = findPaths(g, `n${N - 1}`, 'n0');
    expect(result).toMatchObject({ kind: 'none', reachable: [`n${N - 1}`], canReach: ['n0'] });
    const middle = findPaths(g, 'n5000', 'n10');
    expect(middle.kind === 'none' && [middle.reachable.length, middle.canReach.length]).toEqual([N - 5000, 11]);
  });

  it('is laid out rank by rank along the chain, every node placed, none overlapping', { timeout: 10_000 }, () => {
    const { positions } = layoutWithRoutes(g, size);
    expect(Object.keys(positions)).toHaveLength(N);
    for (let i = 1; i < N; i++) {
      expect(positions[`n${i}`]!.x).toBeGreaterThanOrEqual(positions[`n${i - 1}`]!.x + box.width);
    }
    const fitted = layoutToFit(g, size, 16 / 9);
    expect(fitted.bounds.width).toBeGreaterThan(N * box.width);
  });
});

describe('our own layering (graphs too big or too deep for dagre)', () => {
  it('ranks by longest path, sets aside an edge that closes a cycle, stacks a rank without overlaps', () => {
    const g = chain(4);
    g.edges.push({ ...g.edges[0]!, id: 'back', from: 'n3', to: 'n1' }, { ...g.edges[0]!, id: 'skip', from: 'n0', to: 'n2' });
    g.nodes.push({ id: 'side', label: 'Side', patternId: null });
    g.edges.push({ ...g.edges[0]!, id: 'to-side', from: 'n0', to: 'side' });
    const { positions, routes } = layeredLayout(g, size, 'TB');
    const ys = ['n0', 'n1', 'n2', 'n3'].map((id) => positions[id]!.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(4);
    expect(positions.side!.y).toBe(positions.n1!.y);
    expect(Math.abs(positions.side!.x - positions.n1!.x)).toBeGreaterThanOrEqual(box.width);
    expect(Object.keys(routes)).toEqual([]);
  });

  it('keeps the positions the team chose, and takes ids such as "__proto__" as ids', () => {
    const g = chain(3);
    g.nodes[1] = { ...g.nodes[1]!, id: '__proto__', position: { x: 7, y: 8 } };
    g.edges[0] = { ...g.edges[0]!, to: '__proto__' };
    g.edges[1] = { ...g.edges[1]!, from: '__proto__' };
    const { positions } = layeredLayout(g, size);
    expect(Object.hasOwn(positions, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(positions, '__proto__')?.value).toEqual({ x: 7, y: 8 });
    expect(Object.keys(positions)).toEqual(['n0', '__proto__', 'n2']);
  });

  it('is used when dagre runs out of stack', () => {
    vi.spyOn(dagre, 'layout').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const g = chain(3);
    expect(layoutWithRoutes(g, size).positions).toEqual(layeredLayout(g, size).positions);
  });

  it(`is used above ${DAGRE_MAX_NODES} nodes, dagre below`, () => {
    const spy = vi.spyOn(dagre, 'layout');
    layoutWithRoutes(chain(DAGRE_MAX_NODES + 1), size);
    expect(spy).not.toHaveBeenCalled();
    layoutWithRoutes(chain(5), size);
    expect(spy).toHaveBeenCalledOnce();
  });
});
