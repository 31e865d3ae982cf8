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

function dijkstra(
  graph: MigrationGraph,
  from: string,
  to: string,
  by: PathCost,
  bannedEdges: ReadonlySet<string>,
  bannedNodes: ReadonlySet<string>,
): MigrationPath | null {
  const out = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    if (bannedEdges.has(e.id) || bannedNodes.has(e.from) || bannedNodes.has(e.to)) continue;
    (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e);
  }
  const dist = new Map<string, number>([[from, 0]]);
  const prev = new Map<string, GraphEdge>();
  const done = new Set<string>();
  // Graphs here are small to mid-sized (hundreds of nodes): a linear scan for the minimum is enough.
  const open = new Set<string>([from]);
  while (open.size > 0) {
    let u = '';
    let best = Number.POSITIVE_INFINITY;
    for (const n of open) {
      const d = dist.get(n)!;
      if (d < best || (d === best && n < u)) {
        best = d;
        u = n;
      }
    }
    open.delete(u);
    if (u === to) break;
    done.add(u);
    for (const e of out.get(u) ?? []) {
      if (done.has(e.to)) continue;
      const d = best + costOf(e, by);
      if (d < (dist.get(e.to) ?? Number.POSITIVE_INFINITY)) {
        dist.set(e.to, d);
        prev.set(e.to, e);
        open.add(e.to);
      }
    }
  }
  if (!dist.has(to) || from === to) return null;
  const edges: GraphEdge[] = [];
  for (let n = to; n !== from; ) {
    const e = prev.get(n)!;
    edges.unshift(e);
    n = e.from;
  }
  return { edges: edges.map((e) => e.id), nodes: [from, ...edges.map((e) => e.to)], cost: dist.get(to)! };
}

function reach(graph: MigrationGraph, start: string, forward: boolean): Set<string> {
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length) {
    const n = stack.pop()!;
    for (const e of graph.edges) {
      const [a, b] = forward ? [e.from, e.to] : [e.to, e.from];
      if (a === n && !seen.has(b)) {
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
  const first = dijkstra(graph, from, to, by, new Set(), new Set());
  if (!first) {
    const reachable = [...reach(graph, from, true)];
    const canReach = [...reach(graph, to, false)];
    return { kind: 'none', reachable, canReach, suggestion: { from, to } };
  }
  const found: MigrationPath[] = [first];
  const candidates: MigrationPath[] = [];
  const key = (p: MigrationPath) => p.edges.join('>');
  while (found.length < k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.edges.length; i++) {
      const spur = last.nodes[i]!;
      const rootEdges = last.edges.slice(0, i);
      const bannedEdges = new Set<string>();
      for (const p of found) {
        const next = p.edges[i];
        if (next !== undefined && p.edges.slice(0, i).join('>') === rootEdges.join('>')) bannedEdges.add(next);
      }
      const bannedNodes = new Set(last.nodes.slice(0, i));
      const spurPath = dijkstra(graph, spur, to, by, bannedEdges, bannedNodes);
      if (!spurPath) continue;
      const edges = [...rootEdges, ...spurPath.edges];
      const path: MigrationPath = {
        edges,
        nodes: [...last.nodes.slice(0, i), ...spurPath.nodes],
        cost: edges.reduce((s, id) => s + costOf(byId.get(id)!, by), 0),
      };
      if (!candidates.some((c) => key(c) === key(path)) && !found.some((f) => key(f) === key(path))) candidates.push(path);
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
