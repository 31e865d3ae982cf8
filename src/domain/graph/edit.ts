/**
 * Edits of the migration graph as pure functions: graph in, graph out (the same object when nothing
 * changes). TEMPORARY: replaced by the domain branch's edit.ts on merge.
 */
import { freshId, type GraphEdge, type GraphNode, type MigrationGraph } from './graph';

export function addNode(graph: MigrationGraph, node: Omit<GraphNode, 'id'>): { graph: MigrationGraph; id: string } {
  const id = freshId(graph, node.label);
  return { graph: { ...graph, nodes: [...graph.nodes, { ...node, id }] }, id };
}

export function renameNode(graph: MigrationGraph, id: string, label: string): MigrationGraph {
  const name = label.trim();
  if (!name || !graph.nodes.some((n) => n.id === id && n.label !== name)) return graph;
  return { ...graph, nodes: graph.nodes.map((n) => (n.id === id ? { ...n, label: name } : n)) };
}

export function addEdge(graph: MigrationGraph, from: string, to: string): { graph: MigrationGraph; id: string } | null {
  const has = (id: string) => graph.nodes.some((n) => n.id === id);
  if (from === to || !has(from) || !has(to) || graph.edges.some((e) => e.from === from && e.to === to)) return null;
  const id = freshId(graph, `${from}-to-${to}`);
  const edge: GraphEdge = { id, from, to, label: null, steps: [], effort: 1, origin: 'ours' };
  return { graph: { ...graph, edges: [...graph.edges, edge] }, id };
}

export function updateEdge(
  graph: MigrationGraph,
  id: string,
  patch: Partial<Pick<GraphEdge, 'label' | 'steps' | 'effort'>>,
): MigrationGraph {
  if (!graph.edges.some((e) => e.id === id)) return graph;
  return { ...graph, edges: graph.edges.map((e) => (e.id === id ? { ...e, ...patch } : e)) };
}

export function removeElements(graph: MigrationGraph, nodeIds: string[], edgeIds: string[]): MigrationGraph {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  if (nodes.size === 0 && edges.size === 0) return graph;
  return {
    nodes: graph.nodes.filter((n) => !nodes.has(n.id)),
    edges: graph.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.from) && !nodes.has(e.to)),
  };
}

export function moveNodes(graph: MigrationGraph, positions: Record<string, { x: number; y: number }>): MigrationGraph {
  const at = new Map(Object.entries(positions));
  if (at.size === 0) return graph;
  return { ...graph, nodes: graph.nodes.map((n) => (at.has(n.id) ? { ...n, position: at.get(n.id) } : n)) };
}

export function relayout(graph: MigrationGraph): MigrationGraph {
  if (!graph.nodes.some((n) => n.position)) return graph;
  return { ...graph, nodes: graph.nodes.map(({ position: _drop, ...n }) => n) };
}

type NodeRef = { kind: 'existing'; id: string } | { kind: 'new'; key: string };
interface GraphPlanLike {
  newNodes: { key: string; label: string; patternId: string | null }[];
  addEdges: { from: NodeRef; to: NodeRef; label: string | null }[];
  relabel: { edgeId: string; label: string }[];
}

export function applyGraphPlan(graph: MigrationGraph, plan: GraphPlanLike): { graph: MigrationGraph; ids: Map<string, string> } {
  let g = graph;
  const ids = new Map<string, string>();
  for (const n of plan.newNodes) {
    const added = addNode(g, { label: n.label, patternId: n.patternId });
    g = added.graph;
    ids.set(n.key, added.id);
  }
  const nodeId = (r: NodeRef) => (r.kind === 'existing' ? r.id : (ids.get(r.key) ?? r.key));
  for (const e of plan.addEdges) {
    const added = addEdge(g, nodeId(e.from), nodeId(e.to));
    if (!added) continue;
    g = e.label ? updateEdge(added.graph, added.id, { label: e.label }) : added.graph;
  }
  for (const r of plan.relabel) g = updateEdge(g, r.edgeId, { label: r.label });
  return { graph: g, ids };
}
