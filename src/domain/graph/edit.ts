/**
 * Edits of the migration graph as pure functions: each takes a graph and returns the graph after
 * the edit. The one home of the id rules (`freshId`: a node's id from its label, an edge's from
 * `from-to-to`) and of a new migration's defaults (no label, no steps, effort 1, ours).
 *
 * An edit that changes nothing returns the very graph it was given (same reference), so a caller
 * can tell a no-op with `===` and skip storing it (no undo step for nothing).
 */
import { freshId, type GraphEdge, type GraphNode, idAllocator, type MigrationGraph } from './graph';

type Point = { x: number; y: number };

/** Adds a node; its id is made from its label, unique among node and edge ids. */
export function addNode(graph: MigrationGraph, node: Omit<GraphNode, 'id'>): { graph: MigrationGraph; id: string } {
  const id = freshId(graph, node.label);
  return { graph: { ...graph, nodes: [...graph.nodes, { ...node, id }] }, id };
}

/** Gives a node another label (its id stays). A blank label or an unknown id changes nothing. */
export function renameNode(graph: MigrationGraph, id: string, label: string): MigrationGraph {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node || node.label === label || label.trim() === '') return graph;
  return { ...graph, nodes: graph.nodes.map((n) => (n === node ? { ...n, label } : n)) };
}

/** Removes nodes and edges; removing a node removes every edge from or to it. */
export function removeElements(graph: MigrationGraph, nodeIds: readonly string[], edgeIds: readonly string[]): MigrationGraph {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  const keptNodes = graph.nodes.filter((n) => !nodes.has(n.id));
  const keptEdges = graph.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.from) && !nodes.has(e.to));
  if (keptNodes.length === graph.nodes.length && keptEdges.length === graph.edges.length) return graph;
  return { nodes: keptNodes, edges: keptEdges };
}

/**
 * Adds a migration from one node to another, with the defaults of a new one (no label, no steps,
 * effort 1, origin ours). Null, and no change, for a self loop, a second migration between the same
 * two nodes in the same direction, or a node that is not in the graph.
 */
export function addEdge(graph: MigrationGraph, from: string, to: string): { graph: MigrationGraph; id: string } | null {
  if (from === to) return null;
  if (!graph.nodes.some((n) => n.id === from) || !graph.nodes.some((n) => n.id === to)) return null;
  if (graph.edges.some((e) => e.from === from && e.to === to)) return null;
  const id = freshId(graph, `${from}-to-${to}`);
  const edge: GraphEdge = { id, from, to, label: null, steps: [], effort: 1, origin: 'ours' };
  return { graph: { ...graph, edges: [...graph.edges, edge] }, id };
}

/** What of a migration the team can edit. */
export type EdgePatch = Partial<Pick<GraphEdge, 'label' | 'steps' | 'effort'>>;

const sameSteps = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/** Changes a migration's label, steps or effort. An unknown id, or values it already has, change nothing. */
export function updateEdge(graph: MigrationGraph, id: string, patch: EdgePatch): MigrationGraph {
  const edge = graph.edges.find((e) => e.id === id);
  if (!edge) return graph;
  const changed =
    (patch.label !== undefined && patch.label !== edge.label) ||
    (patch.steps !== undefined && !sameSteps(patch.steps, edge.steps)) ||
    (patch.effort !== undefined && patch.effort !== edge.effort);
  if (!changed) return graph;
  const next: GraphEdge = {
    ...edge,
    ...(patch.label !== undefined ? { label: patch.label } : {}),
    ...(patch.steps !== undefined ? { steps: patch.steps } : {}),
    ...(patch.effort !== undefined ? { effort: patch.effort } : {}),
  };
  return { ...graph, edges: graph.edges.map((e) => (e === edge ? next : e)) };
}

/** Puts nodes where the team dropped them. Ids not in the graph and unmoved nodes are left alone. */
export function moveNodes(graph: MigrationGraph, positions: Readonly<Record<string, Point>>): MigrationGraph {
  let moved = false;
  const nodes = graph.nodes.map((n) => {
    const p = Object.hasOwn(positions, n.id) ? positions[n.id] : undefined;
    if (!p || (n.position && n.position.x === p.x && n.position.y === p.y)) return n;
    moved = true;
    return { ...n, position: { x: p.x, y: p.y } };
  });
  return moved ? { ...graph, nodes } : graph;
}

/** Forgets the team's node placements: the automatic layout places every node again. */
export function relayout(graph: MigrationGraph): MigrationGraph {
  if (!graph.nodes.some((n) => n.position)) return graph;
  return { ...graph, nodes: graph.nodes.map(({ position: _drop, ...n }) => n) };
}

/** A node a planned edge starts or ends at: one already in the graph (by id), or one the plan adds (by its key). */
export type NodeRef = { kind: 'existing'; id: string } | { kind: 'new'; key: string };

/**
 * A whole change to apply at once, such as a Mermaid import (`GraphPlan` of
 * src/domain/mermaid/graph-plan.ts is one): nodes to add, each under a key of the plan's own;
 * edges to add between existing or new nodes, with their label; existing edges to relabel.
 */
export interface GraphEditPlan {
  newNodes: readonly { key: string; label: string; patternId: string | null }[];
  addEdges: readonly { from: NodeRef; to: NodeRef; label: string | null }[];
  relabel: readonly { edgeId: string; label: string }[];
}

/**
 * The graph after a plan, as the edits above would make it in the plan's order: new nodes
 * (`addNode`), then new edges (`addEdge`, then `updateEdge` for the label), then the relabels
 * (`updateEdge`). An edge `addEdge` refuses (self loop, duplicate, missing end) is left out, as it
 * would be if added by hand. Returns the new graph (the same object when the plan changes nothing)
 * and `ids`: the id given to each new node, by its key in the plan (a Map: keys are whatever the
 * plan uses).
 *
 * Linear in the size of the graph and the plan (a pasted chain of 10,000 migrations): the same rules
 * as those edits, kept in sets and maps made once instead of a scan of the graph per edit (edit.test.ts
 * checks it against the edits one by one).
 */
export function applyGraphPlan(graph: MigrationGraph, plan: GraphEditPlan): { graph: MigrationGraph; ids: ReadonlyMap<string, string> } {
  const allocate = idAllocator(graph);
  const nodes = [...graph.nodes];
  const edges = [...graph.edges];
  const nodeIds = new Set(nodes.map((n) => n.id));
  /** Targets of the migrations from each node: a second one between the same two nodes is refused. */
  const targets = new Map<string, Set<string>>();
  for (const e of edges) (targets.get(e.from) ?? targets.set(e.from, new Set()).get(e.from)!).add(e.to);
  /** Where each edge id first appears: `updateEdge` changes the first edge with the id. */
  const edgeAt = new Map<string, number>();
  edges.forEach((e, i) => {
    if (!edgeAt.has(e.id)) edgeAt.set(e.id, i);
  });
  let changed = false;

  const ids = new Map<string, string>();
  for (const n of plan.newNodes) {
    const id = allocate(n.label);
    nodes.push({ label: n.label, patternId: n.patternId, id });
    nodeIds.add(id);
    ids.set(n.key, id);
    changed = true;
  }
  const nodeId = (r: NodeRef) => (r.kind === 'existing' ? r.id : (ids.get(r.key) ?? r.key));
  for (const e of plan.addEdges) {
    const from = nodeId(e.from);
    const to = nodeId(e.to);
    if (from === to || !nodeIds.has(from) || !nodeIds.has(to)) continue;
    const fromTargets = targets.get(from) ?? targets.set(from, new Set()).get(from)!;
    if (fromTargets.has(to)) continue;
    fromTargets.add(to);
    const edge: GraphEdge = { id: allocate(`${from}-to-${to}`), from, to, label: null, steps: [], effort: 1, origin: 'ours' };
    if (!edgeAt.has(edge.id)) edgeAt.set(edge.id, edges.length);
    edges.push(e.label === null ? edge : { ...edge, label: e.label });
    changed = true;
  }
  for (const r of plan.relabel) {
    const at = edgeAt.get(r.edgeId);
    const edge = at === undefined ? undefined : edges[at];
    if (at === undefined || !edge || edge.label === r.label) continue;
    edges[at] = { ...edge, label: r.label };
    changed = true;
  }
  return { graph: changed ? { ...graph, nodes, edges } : graph, ids };
}
