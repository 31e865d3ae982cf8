/**
 * Path finding over the migration graph: the k cheapest loop-free paths from one node to another
 * (Yen's algorithm over Dijkstra), by number of steps or by total effort.
 */
import type { GraphEdge, MigrationGraph } from './graph';

export type PathCost = 'steps' | 'effort';

export interface MigrationPath {
  /** Edge ids in order. */
  edges: string[];
  /** Node ids in order, from first to last. */
  nodes: string[];
  cost: number;
}

export type PathResult =
  | { kind: 'same'; node: string }
  | { kind: 'found'; paths: MigrationPath[] }
  | { kind: 'none'; reachable: string[]; canReach: string[]; suggestion: { from: string; to: string } };

const costOf = (e: GraphEdge, by: PathCost) => (by === 'steps' ? 1 : Math.max(0, e.effort));

/** Edges leaving (or, backwards, entering) each node, in the graph's edge order; built once per search. */
function adjacency(graph: MigrationGraph, forward: boolean): Map<string, GraphEdge[]> {
  const out = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    const at = forward ? e.from : e.to;
    const list = out.get(at);
    if (list) list.push(e);
    else out.set(at, [e]);
  }
  return out;
}

/** A binary heap of [distance, node], smallest distance first, then the smaller node id (a fixed order). */
class Frontier {
  private items: [number, string][] = [];
  get size(): number {
    return this.items.length;
  }
  private less(a: [number, string], b: [number, string]): boolean {
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  }
  push(item: [number, string]): void {
    const h = this.items;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }
  pop(): [number, string] | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** The cheapest path avoiding the banned edges and nodes: iterative, O((V + E) log V). */
function dijkstra(
  out: ReadonlyMap<string, readonly GraphEdge[]>,
  from: string,
  to: string,
  by: PathCost,
  bannedEdges: ReadonlySet<string>,
  bannedNodes: ReadonlySet<string>,
): MigrationPath | null {
  if (from === to) return null;
  const dist = new Map<string, number>([[from, 0]]);
  const prev = new Map<string, GraphEdge>();
  const done = new Set<string>();
  const open = new Frontier();
  open.push([0, from]);
  while (open.size > 0) {
    const [best, u] = open.pop()!;
    if (done.has(u) || best > (dist.get(u) ?? Number.POSITIVE_INFINITY)) continue;
    if (u === to) break;
    done.add(u);
    for (const e of out.get(u) ?? []) {
      if (done.has(e.to) || bannedEdges.has(e.id) || bannedNodes.has(e.from) || bannedNodes.has(e.to)) continue;
      const d = best + costOf(e, by);
      if (d < (dist.get(e.to) ?? Number.POSITIVE_INFINITY)) {
        dist.set(e.to, d);
        prev.set(e.to, e);
        open.push([d, e.to]);
      }
    }
  }
  if (!dist.has(to)) return null;
  const edges: GraphEdge[] = [];
  for (let n = to; n !== from; ) {
    const e = prev.get(n)!;
    edges.push(e);
    n = e.from;
  }
  edges.reverse();
  return { edges: edges.map((e) => e.id), nodes: [from, ...edges.map((e) => e.to)], cost: dist.get(to)! };
}

/** Every node reachable from `start` (forward) or that can reach it (backward): iterative, O(V + E). */
function reach(adjacent: ReadonlyMap<string, readonly GraphEdge[]>, start: string, forward: boolean): Set<string> {
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length) {
    const n = stack.pop()!;
    for (const e of adjacent.get(n) ?? []) {
      const b = forward ? e.to : e.from;
      if (!seen.has(b)) {
        seen.add(b);
        stack.push(b);
      }
    }
  }
  return seen;
}

export function findPaths(graph: MigrationGraph, from: string, to: string, by: PathCost = 'steps', k = 5): PathResult {
  if (from === to) return { kind: 'same', node: from };
  const byId = new Map(graph.edges.map((e) => [e.id, e]));
  const out = adjacency(graph, true);
  const first = dijkstra(out, from, to, by, new Set(), new Set());
  if (!first) {
    const reachable = [...reach(out, from, true)];
    const canReach = [...reach(adjacency(graph, false), to, false)];
    return { kind: 'none', reachable, canReach, suggestion: { from, to } };
  }
  const found: MigrationPath[] = [first];
  const candidates: MigrationPath[] = [];
  const key = (p: MigrationPath) => p.edges.join('>');
  /** Every path found or waiting, by its exact edge list. */
  const known = new Set([JSON.stringify(first.edges)]);
  while (found.length < k) {
    const last = found[found.length - 1]!;
    // Yen's spur step, with its sets grown as the root path grows (not rebuilt per node: a path of
    // 10,000 steps would make that quadratic): the root's nodes are banned, and so is the next edge
    // of every found path that shares the root.
    const bannedNodes = new Set<string>();
    let sharing = found;
    for (let i = 0; i < last.edges.length; i++) {
      if (i > 0) {
        bannedNodes.add(last.nodes[i - 1]!);
        const rootEdge = last.edges[i - 1];
        sharing = sharing.filter((p) => p.edges[i - 1] === rootEdge);
      }
      const spur = last.nodes[i]!;
      const bannedEdges = new Set<string>();
      for (const p of sharing) {
        const next = p.edges[i];
        if (next !== undefined) bannedEdges.add(next);
      }
      const spurPath = dijkstra(out, spur, to, by, bannedEdges, bannedNodes);
      if (!spurPath) continue;
      const edges = [...last.edges.slice(0, i), ...spurPath.edges];
      const id = JSON.stringify(edges);
      if (known.has(id)) continue;
      known.add(id);
      candidates.push({
        edges,
        nodes: [...last.nodes.slice(0, i), ...spurPath.nodes],
        cost: edges.reduce((s, e) => s + costOf(byId.get(e)!, by), 0),
      });
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.cost - b.cost || a.edges.length - b.edges.length || key(a).localeCompare(key(b)));
    found.push(candidates.shift()!);
  }
  return { kind: 'found', paths: preferDocumented(graph, found) };
}

/** How many of a path's migrations have written steps: “3 of 3 migrations have steps”. */
export function stepsWritten(graph: MigrationGraph, path: MigrationPath): { documented: number; total: number } {
  const byId = new Map(graph.edges.map((e) => [e.id, e]));
  const documented = path.edges.filter((id) => (byId.get(id)?.steps.length ?? 0) > 0).length;
  return { documented, total: path.edges.length };
}

/** Paths whose cost is within this share of the cheapest of their group count as tied (exact ties always do). */
export const NEAR_TIE = 0.1;

/**
 * Cheapest first, but among paths that tie or nearly tie (cost within NEAR_TIE of the group's
 * cheapest) the one whose migrations have more written steps comes first: a team can follow it.
 * Groups are formed from the cheapest path up, so the order is well defined.
 */
export function preferDocumented(graph: MigrationGraph, paths: readonly MigrationPath[]): MigrationPath[] {
  const share = (p: MigrationPath) => {
    const { documented, total } = stepsWritten(graph, p);
    return total === 0 ? 0 : documented / total;
  };
  const sorted = [...paths].sort((a, b) => a.cost - b.cost);
  const out: MigrationPath[] = [];
  for (let i = 0; i < sorted.length; ) {
    const base = sorted[i]!.cost;
    let j = i;
    while (j < sorted.length && sorted[j]!.cost <= base + Math.abs(base) * NEAR_TIE + 1e-9) j++;
    // A stable sort keeps the path finder's order (cost, then length) among equally documented paths.
    out.push(...sorted.slice(i, j).sort((a, b) => share(b) - share(a)));
    i = j;
  }
  return out;
}
