/**
 * Between pasted Mermaid and the store: plan the import with the domain functions, then apply it —
 * quadrant points as option positions (on the source's forces axes), flowchart edges as one
 * undoable graph edit made with the graph actions. A failed import changes nothing.
 */
import { SOURCE_AXES, type Position } from '../domain/quadrant/positions';
import type { NodeRef } from '../domain/graph/edit';
import type { GraphPlan } from '../domain/mermaid/graph-plan';
import { planMermaidImport } from '../domain/mermaid/import-plan';
import type { MermaidProblem } from '../domain/mermaid/problem';
import type { QuadrantPlan } from '../domain/mermaid/quadrant-plan';
import { selectGraph } from './graph-selectors';
import { selectDataset, useAppStore } from './store';

export type MermaidImportOutcome =
  | {
      ok: true;
      /** Points placed somewhere new, and the count of points already where the text puts them. */
      quadrant: { moved: { name: string; position: Position }[]; unchanged: number; axesSwitched: boolean } | null;
      graph: { added: string[]; newNodes: string[]; labelled: string[]; present: string[] } | null;
      notes: string[];
    }
  | { ok: false; problems: MermaidProblem[] };

export function importMermaid(text: string): MermaidImportOutcome {
  const s = useAppStore.getState();
  const planned = planMermaidImport(text, selectDataset(s), selectGraph(s));
  if (!planned.ok) return planned;
  const { plan } = planned;
  return {
    ok: true,
    quadrant: plan.quadrant ? applyQuadrant(plan.quadrant) : null,
    graph: plan.graph ? applyGraph(plan.graph) : null,
    notes: plan.notes,
  };
}

function applyQuadrant(plan: QuadrantPlan): NonNullable<Extract<MermaidImportOutcome, { ok: true }>['quadrant']> {
  const s = useAppStore.getState();
  const ds = selectDataset(s);
  const axesSwitched = s.axes.x !== SOURCE_AXES.x || s.axes.y !== SOURCE_AXES.y;
  if (s.axes.x !== SOURCE_AXES.x) s.setAxis('x', SOURCE_AXES.x);
  if (s.axes.y !== SOURCE_AXES.y) s.setAxis('y', SOURCE_AXES.y);
  const moved: { name: string; position: Position }[] = [];
  let unchanged = 0;
  for (const m of plan.moves) {
    const source = ds.quadrant.points.find((p) => p.patternId === m.option);
    const now = useAppStore.getState().positions[m.option] ?? (source ? { x: source.x, y: source.y } : null);
    if (now && now.x === m.position.x && now.y === m.position.y) unchanged++;
    else moved.push({ name: m.name, position: m.position });
    // Back at the source's own place is the source's position, not one of the team's.
    if (source && source.x === m.position.x && source.y === m.position.y) s.resetPosition(m.option);
    else s.placeOption(m.option, m.position);
  }
  return { moved, unchanged, axesSwitched };
}

/**
 * The additions go through addNode / addEdge / updateEdge (their id rules and checks), with the
 * history paused; the result is then committed in one step, so one Undo takes the whole import back.
 */
function applyGraph(plan: GraphPlan): NonNullable<Extract<MermaidImportOutcome, { ok: true }>['graph']> {
  const report = {
    added: plan.addEdges.map((e) => e.name),
    newNodes: plan.newNodes.map((n) => n.label),
    labelled: plan.relabel.map((r) => r.name),
    present: plan.present,
  };
  if (!plan.newNodes.length && !plan.addEdges.length && !plan.relabel.length) return report;
  const get = useAppStore.getState;
  const history = useAppStore.temporal.getState();
  const before = get().graphEdits;
  let after = before;
  history.pause();
  try {
    const ids = new Map<string, string>();
    for (const n of plan.newNodes) ids.set(n.key, get().addNode(selectGraph(get()), { label: n.label, patternId: n.patternId }));
    const nodeId = (r: NodeRef) => (r.kind === 'existing' ? r.id : (ids.get(r.key) ?? r.key));
    for (const e of plan.addEdges) {
      const id = get().addEdge(selectGraph(get()), nodeId(e.from), nodeId(e.to));
      if (id && e.label) get().updateEdge(selectGraph(get()), id, { label: e.label });
    }
    for (const r of plan.relabel) get().updateEdge(selectGraph(get()), r.edgeId, { label: r.label });
    after = get().graphEdits;
  } finally {
    useAppStore.setState({ graphEdits: before });
    history.resume();
  }
  useAppStore.setState({ graphEdits: after });
  return report;
}
