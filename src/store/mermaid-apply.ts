/**
 * Between pasted Mermaid and the store: plan the import with the domain functions, then apply it —
 * quadrant points as option positions (on the source's forces axes), flowchart edges through the
 * domain's graph edits — all in one change of the state, so one Undo takes the import back. A failed
 * import changes nothing.
 */
import { SOURCE_AXES, type Position } from '../domain/quadrant/positions';
import type { MigrationGraph } from '../domain/graph/graph';
import { applyGraphPlan } from '../domain/graph/edit';
import { checkGraph } from '../domain/graph/validate';
import { formatPath } from '../domain/model/problem';
import type { GraphPlan } from '../domain/mermaid/graph-plan';
import { planMermaidImport } from '../domain/mermaid/import-plan';
import type { MermaidProblem } from '../domain/mermaid/problem';
import type { QuadrantPlan } from '../domain/mermaid/quadrant-plan';
import { datasetKeyOf, selectGraph } from './graph-selectors';
import { selectDataset, type AppState, type AppStore } from './store';

export type MermaidImportOutcome =
  | {
      ok: true;
      /** Points placed somewhere new, and the count of points already where the text puts them. */
      quadrant: { moved: { name: string; position: Position }[]; unchanged: number; axesSwitched: boolean } | null;
      graph: { added: string[]; newNodes: string[]; labelled: string[]; present: string[] } | null;
      notes: string[];
    }
  | { ok: false; problems: MermaidProblem[] };

export function importMermaid(store: AppStore, text: string): MermaidImportOutcome {
  const s = store.getState();
  const planned = planMermaidImport(text, selectDataset(s), selectGraph(s));
  if (!planned.ok) return planned;
  const { plan } = planned;
  const quadrant = plan.quadrant ? planQuadrant(s, plan.quadrant) : null;
  const graph = plan.graph ? planGraph(selectGraph(s), plan.graph) : null;
  // The graph after the import passes the same check as a dataset's or a snapshot's graph; one that
  // would not (a graph already broken before the paste) is not stored.
  const unsound = graph ? checkGraph(graph.graph) : [];
  if (unsound.length) {
    return {
      ok: false,
      problems: unsound.map((p) => ({ line: 1, message: `the migration graph would not be sound: ${formatPath(p.path)}: ${p.message}` })),
    };
  }
  // The whole import is one change of the state: one Undo takes it back.
  store.setState((now) => {
    const patch: Partial<AppState> = {};
    if (quadrant) {
      patch.axes = quadrant.axes;
      patch.positions = quadrant.positions;
    }
    if (graph && graph.graph !== selectGraph(now)) patch.graphEdits = { ...now.graphEdits, [datasetKeyOf(now)]: graph.graph };
    if (Object.keys(patch).length) patch.toast = { message: 'Imported from Mermaid.', undo: true };
    return patch;
  });
  return { ok: true, quadrant: quadrant?.report ?? null, graph: graph?.report ?? null, notes: plan.notes };
}

type Outcome = Extract<MermaidImportOutcome, { ok: true }>;

/** Where each point goes: on the source's forces axes; back at the source's own place is no placement. */
function planQuadrant(s: AppState, plan: QuadrantPlan) {
  const ds = selectDataset(s);
  const axesSwitched = s.axes.x !== SOURCE_AXES.x || s.axes.y !== SOURCE_AXES.y;
  const positions: Record<string, Position> = { ...s.positions };
  const moved: { name: string; position: Position }[] = [];
  let unchanged = 0;
  const sourceOf = new Map<string, (typeof ds.quadrant.points)[number]>();
  for (const p of ds.quadrant.points) if (!sourceOf.has(p.patternId)) sourceOf.set(p.patternId, p);
  for (const m of plan.moves) {
    const source = sourceOf.get(m.option);
    const now = (Object.hasOwn(positions, m.option) ? positions[m.option] : undefined) ?? (source ? { x: source.x, y: source.y } : null);
    if (now && now.x === m.position.x && now.y === m.position.y) unchanged++;
    else moved.push({ name: m.name, position: m.position });
    if (source && source.x === m.position.x && source.y === m.position.y) delete positions[m.option];
    else positions[m.option] = m.position;
  }
  const report: NonNullable<Outcome['quadrant']> = { moved, unchanged, axesSwitched };
  return { axes: { ...SOURCE_AXES }, positions, report };
}

/** The graph after the import, made by the domain's graph edits (their id rules and checks). */
function planGraph(base: MigrationGraph, plan: GraphPlan) {
  const report: NonNullable<Outcome['graph']> = {
    added: plan.addEdges.map((e) => e.name),
    newNodes: plan.newNodes.map((n) => n.label),
    labelled: plan.relabel.map((r) => r.name),
    present: plan.present,
  };
  return { graph: applyGraphPlan(base, plan).graph, report };
}
