/**
 * Automatic layout of the migration graph with dagre (left to right, ranks by migration order); a
 * graph too big or too deep for dagre gets our own iterative layering instead.
 */
import dagre from '@dagrejs/dagre';
import type { MigrationGraph } from './graph';

export interface NodeBox {
  width: number;
  height: number;
}

export interface EdgeRoute {
  /** Bend points between the two nodes, in the nodes' coordinates (dagre's route around other nodes). */
  points: { x: number; y: number }[];
  /** Where the edge's label goes. */
  label: { x: number; y: number };
}

/** Top-left position of every node: the team's placement where it moved one, dagre's otherwise. */
export function layoutGraph(
  graph: MigrationGraph,
  size: (id: string) => NodeBox,
  direction: 'LR' | 'TB' = 'LR',
  edgeLabel: NodeBox = { width: 120, height: 24 },
): Record<string, { x: number; y: number }> {
  return layoutWithRoutes(graph, size, direction, edgeLabel).positions;
}

/**
 * The layout with each edge's route: dagre routes an edge that spans several ranks around the nodes
 * in between, which a plain step or curve from node to node does not. Edges touching a node the
 * team placed by hand have no route (dagre did not place that node).
 */
export function layoutWithRoutes(
  graph: MigrationGraph,
  size: (id: string) => NodeBox,
  direction: 'LR' | 'TB' = 'LR',
  edgeLabel: NodeBox = { width: 120, height: 24 },
): { positions: Record<string, { x: number; y: number }>; routes: Record<string, EdgeRoute> } {
  if (graph.nodes.length > DAGRE_MAX_NODES) return layeredLayout(graph, size, direction, edgeLabel);
  try {
    return dagreLayout(graph, size, direction, edgeLabel);
  } catch (error) {
    // dagre recurses once per rank: a long chain overflows the stack. Our own layering is iterative.
    if (error instanceof RangeError) return layeredLayout(graph, size, direction, edgeLabel);
    throw error;
  }
}

/**
 * Above this many nodes the layout is our own layering, not dagre's: dagre's depth-first searches
 * are recursive (a chain of ~2,000 migrations overflows the call stack) and it takes seconds at this
 * size. A smaller graph whose chain is still too deep for dagre falls back the same way.
 */
export const DAGRE_MAX_NODES = 1000;

/** Records keyed by ids from input: no prototype, so an id such as "constructor" finds nothing it did not put there. */
const keyedByNode = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

function dagreLayout(
  graph: MigrationGraph,
  size: (id: string) => NodeBox,
  direction: 'LR' | 'TB',
  edgeLabel: NodeBox,
): { positions: Record<string, { x: number; y: number }>; routes: Record<string, EdgeRoute> } {
  // dagre keeps nodes and edges in plain objects keyed by their names, so an id such as
  // "constructor" or "__proto__" breaks it: it sees names of our own making (n0, n1…, e0, e1…).
  const name = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: direction, nodesep: 36, ranksep: 90, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes) g.setNode(name.get(n.id)!, { ...size(n.id) });
  graph.edges.forEach((e, i) => {
    const [from, to] = [name.get(e.from), name.get(e.to)];
    if (from !== undefined && to !== undefined) g.setEdge(from, to, { ...edgeLabel, labelpos: 'c' }, `e${i}`);
  });
  dagre.layout(g);
  const out = keyedByNode<{ x: number; y: number }>();
  for (const n of graph.nodes) {
    if (n.position) {
      out[n.id] = n.position;
      continue;
    }
    const p = g.node(name.get(n.id)!) as { x: number; y: number; width: number; height: number };
    out[n.id] = { x: Math.round(p.x - p.width / 2), y: Math.round(p.y - p.height / 2) };
  }
  const placed = new Set(graph.nodes.filter((n) => n.position).map((n) => n.id));
  const routes = keyedByNode<EdgeRoute>();
  for (const [i, e] of graph.edges.entries()) {
    const [from, to] = [name.get(e.from), name.get(e.to)];
    if (placed.has(e.from) || placed.has(e.to) || from === undefined || to === undefined) continue;
    const d = g.edge(from, to, `e${i}`) as { points?: { x: number; y: number }[]; x?: number; y?: number } | undefined;
    if (!d?.points || d.x === undefined || d.y === undefined) continue;
    // dagre's first and last points lie on the nodes' borders; the handles take their place.
    routes[e.id] = { points: d.points.slice(1, -1), label: { x: d.x, y: d.y } };
  }
  return { positions: out, routes };
}

/**
 * Ranks by longest path from the sources (edges that close a cycle are set aside first), then each
 * rank as a column (LR) or row (TB) in graph order, with room between ranks for an edge label.
 * Every step is a loop over the nodes and edges, never recursion: O(V + E). No routes: edges are
 * drawn from node to node.
 */
export function layeredLayout(
  graph: MigrationGraph,
  size: (id: string) => NodeBox,
  direction: 'LR' | 'TB' = 'LR',
  edgeLabel: NodeBox = { width: 120, height: 24 },
): { positions: Record<string, { x: number; y: number }>; routes: Record<string, EdgeRoute> } {
  const ids = graph.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const out: number[][] = ids.map(() => []);
  for (const e of graph.edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a !== undefined && b !== undefined && a !== b) out[a]!.push(b);
  }
  // Depth-first search with an explicit stack: an edge to a node still on the stack closes a cycle.
  const state = new Uint8Array(ids.length); // 0 new, 1 on the stack, 2 done
  const forward: number[][] = ids.map(() => []);
  for (let root = 0; root < ids.length; root++) {
    if (state[root] !== 0) continue;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [v, next] = top;
      if (next >= out[v]!.length) {
        state[v] = 2;
        stack.pop();
        continue;
      }
      top[1] = next + 1;
      const w = out[v]![next]!;
      if (state[w] === 1) continue; // a back edge: left out of the ranking
      forward[v]!.push(w);
      if (state[w] === 0) {
        state[w] = 1;
        stack.push([w, 0]);
      }
    }
  }
  // Longest path over the acyclic edges, in topological order (Kahn).
  const indegree = new Array<number>(ids.length).fill(0);
  for (const list of forward) for (const w of list) indegree[w]!++;
  const rank = new Array<number>(ids.length).fill(0);
  const queue: number[] = [];
  for (let v = 0; v < ids.length; v++) if (indegree[v] === 0) queue.push(v);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const w of forward[v]!) {
      rank[w] = Math.max(rank[w]!, rank[v]! + 1);
      if (--indegree[w]! === 0) queue.push(w);
    }
  }
  const ranks: number[][] = [];
  ids.forEach((_, v) => {
    const r = rank[v]!;
    const members = ranks[r];
    if (members) members.push(v);
    else ranks[r] = [v];
  });
  const across = direction === 'LR';
  const positions = keyedByNode<{ x: number; y: number }>();
  let along = 20;
  for (const members of ranks) {
    if (!members) continue;
    let side = 20;
    let thickness = 0;
    for (const v of members) {
      const box = size(ids[v]!);
      positions[ids[v]!] = across ? { x: along, y: side } : { x: side, y: along };
      side += (across ? box.height : box.width) + 36;
      thickness = Math.max(thickness, across ? box.width : box.height);
    }
    along += thickness + 90 + (across ? edgeLabel.width : edgeLabel.height);
  }
  for (const n of graph.nodes) if (n.position) positions[n.id] = n.position;
  return { positions, routes: keyedByNode<EdgeRoute>() };
}

export interface FittedLayout {
  direction: 'LR' | 'TB';
  positions: Record<string, { x: number; y: number }>;
  routes: Record<string, EdgeRoute>;
  /** What is drawn: nodes, edge routes and edge labels (the rectangle to fit into view). */
  bounds: { x: number; y: number; width: number; height: number };
  width: number;
  height: number;
}

/** Graphs up to this many nodes are laid out both ways, to pick the one that fills the canvas best. */
export const FIT_BOTH_WAYS_UP_TO = 60;

function extent(
  positions: Record<string, { x: number; y: number }>,
  size: (id: string) => NodeBox,
  routes: Record<string, EdgeRoute>,
  edgeLabel: NodeBox,
) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (x: number, y: number, w: number, h: number) => {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + w);
    y1 = Math.max(y1, y + h);
  };
  for (const [id, p] of Object.entries(positions)) add(p.x, p.y, size(id).width, size(id).height);
  for (const r of Object.values(routes)) {
    for (const p of r.points) add(p.x, p.y, 0, 0);
    add(r.label.x - edgeLabel.width / 2, r.label.y - edgeLabel.height / 2, edgeLabel.width, edgeLabel.height);
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : { x: 0, y: 0, width: 0, height: 0 };
}

/**
 * The layout that will be drawn largest in a canvas of the given aspect (width / height): left to
 * right or top to bottom, whichever lets a fit-to-view zoom in further (so labels are bigger on
 * screen). A long chain with labelled edges is wide left to right, since every edge label takes a
 * rank of its own; on a 16:9 projector it is often larger top to bottom. Big graphs stay left to right.
 */
export function layoutToFit(
  graph: MigrationGraph,
  size: (id: string) => NodeBox,
  aspect: number,
  edgeLabel: NodeBox = { width: 120, height: 24 },
): FittedLayout {
  const candidates: ('LR' | 'TB')[] = graph.nodes.length <= FIT_BOTH_WAYS_UP_TO ? ['LR', 'TB'] : ['LR'];
  let best: (FittedLayout & { zoom: number }) | null = null;
  for (const direction of candidates) {
    const { positions, routes } = layoutWithRoutes(graph, size, direction, edgeLabel);
    const bounds = extent(positions, size, routes, edgeLabel);
    const { width, height } = bounds;
    // Zoom that fits this extent into a canvas of height 1 and width `aspect`.
    const zoom = Math.min(aspect / Math.max(width, 1), 1 / Math.max(height, 1));
    if (!best || zoom > best.zoom * 1.001) best = { direction, positions, routes, bounds, width, height, zoom };
  }
  const { zoom: _zoom, ...layout } = best as FittedLayout & { zoom: number };
  return layout;
}
