/** Automatic layout of the migration graph with dagre (left to right, ranks by migration order). */
import dagre from '@dagrejs/dagre';
import type { MigrationGraph } from './graph';

export interface NodeBox {
  width: number;
  height: number;
}

/** Top-left position of every node: the team's placement where it moved one, dagre's otherwise. */
export function layoutGraph(
  graph: MigrationGraph,
  size: (id: string) => NodeBox,
  direction: 'LR' | 'TB' = 'LR',
): Record<string, { x: number; y: number }> {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: direction, nodesep: 36, ranksep: 90, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes) g.setNode(n.id, { ...size(n.id) });
  for (const e of graph.edges) {
    if (g.hasNode(e.from) && g.hasNode(e.to)) g.setEdge(e.from, e.to, { width: 120, height: 24, labelpos: 'c' }, e.id);
  }
  dagre.layout(g);
  const out: Record<string, { x: number; y: number }> = {};
  for (const n of graph.nodes) {
    if (n.position) {
      out[n.id] = n.position;
      continue;
    }
    const p = g.node(n.id) as { x: number; y: number; width: number; height: number };
    out[n.id] = { x: Math.round(p.x - p.width / 2), y: Math.round(p.y - p.height / 2) };
  }
  return out;
}
