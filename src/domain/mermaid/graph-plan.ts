/** Flowchart edges read from Mermaid → additions to the migration graph. */
import type { NodeRef } from '../graph/edit';
import type { GraphEdge, GraphNode, MigrationGraph } from '../graph/graph';
import type { Dataset } from '../model/dataset';
import type { FlowchartRead, FlowNodeRead } from './flowchart-reader';
import { matchPattern, normaliseName } from './names';
import type { MermaidProblem } from './problem';

/** What a flowchart import adds to the graph; `applyGraphPlan` (src/domain/graph/edit.ts) applies it. */
export interface GraphPlan {
  /** Nodes to add, keyed by their Mermaid id (`patternId` when the label names a pattern). */
  newNodes: { key: string; label: string; patternId: string | null; line: number }[];
  /** Migrations to add, with the names people read ("Monolith to Cell-Based: Split"). */
  addEdges: { from: NodeRef; to: NodeRef; label: string | null; name: string; line: number }[];
  /** Existing migrations without a label that get the pasted one. */
  relabel: { edgeId: string; label: string; name: string; line: number }[];
  /** Migrations that were already in the graph (names). */
  present: string[];
  /** Flowcharts of a document that were skipped (their first line and why). */
  skipped: string[];
  /** Existing migrations that keep their own label although the text gives another. */
  kept: string[];
}

/**
 * Flowchart edges → additions to the migration graph. Nodes are matched to the graph's nodes by id
 * or label, then to the dataset's patterns; others become custom nodes. Existing migrations are kept
 * (a missing label is filled in). With `pick`, flowcharts that name anything else are skipped whole.
 */
export function planGraphImport(
  ds: Dataset,
  graph: MigrationGraph,
  charts: FlowchartRead[],
  pick = false,
): { ok: true; plan: GraphPlan } | { ok: false; problems: MermaidProblem[] } {
  const byName = new Map<string, GraphNode>();
  for (const n of graph.nodes) byName.set(normaliseName(n.label), n);
  for (const n of graph.nodes) byName.set(normaliseName(n.id), n);
  const patternDisplay = (id: string) => {
    const p = ds.patterns.find((x) => x.id === id);
    return p?.shortName ?? p?.name ?? id;
  };
  const resolveExisting = (n: FlowNodeRead): GraphNode | null => {
    const direct = byName.get(normaliseName(n.id)) ?? byName.get(normaliseName(n.label));
    if (direct) return direct;
    const pattern = matchPattern(ds, n.label) ?? matchPattern(ds, n.id);
    return pattern ? (graph.nodes.find((g) => g.patternId === pattern) ?? null) : null;
  };
  const plan: GraphPlan = { newNodes: [], addEdges: [], relabel: [], present: [], skipped: [], kept: [] };
  const problems: MermaidProblem[] = [];
  const newByLabel = new Map<string, string>();
  /** Edges by "from→to" (refs as strings): existing ones and those planned. */
  const pairs = new Map<string, { kind: 'existing'; edge: GraphEdge } | { kind: 'planned'; index: number }>();
  const refKey = (r: NodeRef) => (r.kind === 'existing' ? `e:${r.id}` : `n:${r.key}`);
  for (const e of graph.edges) pairs.set(`e:${e.from}→e:${e.to}`, { kind: 'existing', edge: e });
  const refLabel = (r: NodeRef) =>
    r.kind === 'existing'
      ? (graph.nodes.find((n) => n.id === r.id)?.label ?? r.id)
      : (plan.newNodes.find((n) => n.key === r.key)?.label ?? r.key);

  for (const chart of charts) {
    const resolved = new Map<string, NodeRef>();
    const fresh: GraphPlan['newNodes'] = [];
    const unknown: string[] = [];
    for (const n of chart.nodes) {
      const existing = resolveExisting(n);
      if (existing) {
        resolved.set(n.id, { kind: 'existing', id: existing.id });
        continue;
      }
      const patternId = matchPattern(ds, n.label) ?? matchPattern(ds, n.id);
      const label = !n.labelled && patternId ? patternDisplay(patternId) : n.label;
      if (pick && !patternId) unknown.push(n.label);
      // Two Mermaid nodes with the same label are one node, as they would be in the graph.
      const sameLabel = newByLabel.get(normaliseName(label)) ?? fresh.find((f) => normaliseName(f.label) === normaliseName(label))?.key;
      if (sameLabel) {
        resolved.set(n.id, { kind: 'new', key: sameLabel });
        continue;
      }
      fresh.push({ key: n.id, label, patternId, line: n.line });
      resolved.set(n.id, { kind: 'new', key: n.id });
    }
    if (pick && unknown.length) {
      plan.skipped.push(
        `line ${chart.line}: a flowchart was skipped: ${unknown.slice(0, 4).join(', ')}${unknown.length > 4 ? ', …' : ''} name no architecture of the dataset or the graph.`,
      );
      continue;
    }
    for (const f of fresh) {
      // Keys must stay unique across charts: a later chart may reuse a Mermaid id for another node.
      const key = plan.newNodes.some((n) => n.key === f.key) ? `${f.key}#${chart.line}` : f.key;
      for (const [id, r] of resolved) if (r.kind === 'new' && r.key === f.key) resolved.set(id, { kind: 'new', key });
      plan.newNodes.push({ ...f, key });
      newByLabel.set(normaliseName(f.label), key);
    }
    for (const e of chart.edges) {
      const from = resolved.get(e.from);
      const to = resolved.get(e.to);
      if (!from || !to) continue;
      const name = `${refLabel(from)} to ${refLabel(to)}${e.label ? `: ${e.label}` : ''}`;
      if (refKey(from) === refKey(to)) {
        problems.push({ line: e.line, message: `a migration from ${refLabel(from)} to itself cannot be imported` });
        continue;
      }
      const key = `${refKey(from)}→${refKey(to)}`;
      const known = pairs.get(key);
      if (!known) {
        pairs.set(key, { kind: 'planned', index: plan.addEdges.length });
        plan.addEdges.push({ from, to, label: e.label, name, line: e.line });
      } else if (known.kind === 'existing') {
        if (known.edge.label === null && e.label && !plan.relabel.some((r) => r.edgeId === known.edge.id)) {
          plan.relabel.push({ edgeId: known.edge.id, label: e.label, name, line: e.line });
        } else {
          const kept = `${refLabel(from)} to ${refLabel(to)}${known.edge.label ? `: ${known.edge.label}` : ''}`;
          plan.present.push(kept);
          if (known.edge.label && e.label && e.label !== known.edge.label) {
            plan.kept.push(`line ${e.line}: ${kept} keeps its label (the text says “${e.label}”; rename it on the migration view).`);
          }
        }
      } else {
        const planned = plan.addEdges[known.index];
        if (planned && planned.label === null && e.label) plan.addEdges[known.index] = { ...planned, label: e.label, name };
      }
    }
  }
  if (problems.length) return { ok: false, problems };
  plan.present = [...new Set(plan.present)];
  return { ok: true, plan };
}
