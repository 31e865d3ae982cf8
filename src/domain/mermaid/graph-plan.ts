/** Flowchart edges read from Mermaid → additions to the migration graph. */
import type { NodeRef } from '../graph/edit';
import type { GraphEdge, GraphNode, MigrationGraph } from '../graph/graph';
import type { Dataset } from '../model/dataset';
import type { FlowchartRead, FlowNodeRead } from './flowchart-reader';
import { normaliseName, patternMatcher } from './names';
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
  // Every lookup below is a Map made once: a pasted chain of thousands of nodes costs one lookup
  // per node and edge, never a scan of the dataset or the graph each.
  const matchPattern = patternMatcher(ds);
  const patternById = new Map<string, Dataset['patterns'][number]>();
  for (const p of ds.patterns) if (!patternById.has(p.id)) patternById.set(p.id, p);
  const patternDisplay = (id: string) => {
    const p = patternById.get(id);
    return p?.shortName ?? p?.name ?? id;
  };
  /** The first graph node of each pattern, and each node's label by id (the first node with the id). */
  const nodeOfPattern = new Map<string, GraphNode>();
  const labelOfNode = new Map<string, string>();
  for (const n of graph.nodes) {
    if (n.patternId !== null && !nodeOfPattern.has(n.patternId)) nodeOfPattern.set(n.patternId, n);
    if (!labelOfNode.has(n.id)) labelOfNode.set(n.id, n.label);
  }
  const resolveExisting = (n: FlowNodeRead): GraphNode | null => {
    const direct = byName.get(normaliseName(n.id)) ?? byName.get(normaliseName(n.label));
    if (direct) return direct;
    const pattern = matchPattern(n.label) ?? matchPattern(n.id);
    return pattern ? (nodeOfPattern.get(pattern) ?? null) : null;
  };
  const plan: GraphPlan = { newNodes: [], addEdges: [], relabel: [], present: [], skipped: [], kept: [] };
  const problems: MermaidProblem[] = [];
  const newByLabel = new Map<string, string>();
  /** Edges by "from→to" (refs as strings): existing ones and those planned. */
  const pairs = new Map<string, { kind: 'existing'; edge: GraphEdge } | { kind: 'planned'; index: number }>();
  const refKey = (r: NodeRef) => (r.kind === 'existing' ? `e:${r.id}` : `n:${r.key}`);
  for (const e of graph.edges) pairs.set(`e:${e.from}→e:${e.to}`, { kind: 'existing', edge: e });
  /** Planned new nodes' labels by key (keys are unique across charts), and relabelled edges. */
  const newLabelOf = new Map<string, string>();
  const relabelled = new Set<string>();
  const refLabel = (r: NodeRef) => (r.kind === 'existing' ? (labelOfNode.get(r.id) ?? r.id) : (newLabelOf.get(r.key) ?? r.key));

  for (const chart of charts) {
    const resolved = new Map<string, NodeRef>();
    const fresh: GraphPlan['newNodes'] = [];
    /** This chart's new nodes by normalised label, and the Mermaid ids resolved to each new node. */
    const freshByLabel = new Map<string, string>();
    const idsOfFresh = new Map<string, string[]>();
    const unknown: string[] = [];
    for (const n of chart.nodes) {
      const existing = resolveExisting(n);
      if (existing) {
        resolved.set(n.id, { kind: 'existing', id: existing.id });
        continue;
      }
      const patternId = matchPattern(n.label) ?? matchPattern(n.id);
      const label = !n.labelled && patternId ? patternDisplay(patternId) : n.label;
      if (pick && !patternId) unknown.push(n.label);
      // Two Mermaid nodes with the same label are one node, as they would be in the graph.
      const earlier = newByLabel.get(normaliseName(label));
      if (earlier) {
        resolved.set(n.id, { kind: 'new', key: earlier });
        continue;
      }
      const sameHere = freshByLabel.get(normaliseName(label));
      if (sameHere) {
        resolved.set(n.id, { kind: 'new', key: sameHere });
        idsOfFresh.get(sameHere)?.push(n.id);
        continue;
      }
      fresh.push({ key: n.id, label, patternId, line: n.line });
      freshByLabel.set(normaliseName(label), n.id);
      resolved.set(n.id, { kind: 'new', key: n.id });
      idsOfFresh.set(n.id, [n.id]);
    }
    if (pick && unknown.length) {
      plan.skipped.push(
        `line ${chart.line}: a flowchart was skipped: ${unknown.slice(0, 4).join(', ')}${unknown.length > 4 ? ', …' : ''} name no architecture of the dataset or the graph.`,
      );
      continue;
    }
    for (const f of fresh) {
      // Keys must stay unique across charts: a later chart may reuse a Mermaid id for another node.
      const key = newLabelOf.has(f.key) ? `${f.key}#${chart.line}` : f.key;
      // Only this chart's own references to the node follow it (a reference to an earlier chart's node
      // that had the same key stays with that node).
      if (key !== f.key) for (const id of idsOfFresh.get(f.key) ?? []) resolved.set(id, { kind: 'new', key });
      plan.newNodes.push({ ...f, key });
      newLabelOf.set(key, f.label);
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
        if (known.edge.label === null && e.label && !relabelled.has(known.edge.id)) {
          relabelled.add(known.edge.id);
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
