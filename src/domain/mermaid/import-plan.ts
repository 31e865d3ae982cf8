/**
 * Pasted Mermaid → what importing it changes: a `quadrantChart`'s points become option positions,
 * a `flowchart`'s edges become migrations. Two steps, both pure: `readMermaid` (read.ts) turns text
 * into charts or located problems, then `planQuadrantImport` / `planGraphImport` match the charts
 * against the dataset and the graph in use.
 */
import type { MigrationGraph } from '../graph/graph';
import type { Dataset } from '../model/dataset';
import type { FlowchartRead } from './flowchart-reader';
import { planGraphImport, type GraphPlan } from './graph-plan';
import type { MermaidProblem } from './problem';
import { planQuadrantImport, type QuadrantPlan } from './quadrant-plan';
import { readMermaid } from './read';

export interface MermaidImportPlan {
  /** Positions to set, when the text had a quadrantChart. */
  quadrant: QuadrantPlan | null;
  /** Graph additions, when the text had a flowchart. */
  graph: GraphPlan | null;
  notes: string[];
}

/** Pasted text → what importing it changes, or every located problem (then nothing changes). */
export function planMermaidImport(
  text: string,
  ds: Dataset,
  graph: MigrationGraph,
): { ok: true; plan: MermaidImportPlan } | { ok: false; problems: MermaidProblem[] } {
  const read = readMermaid(text);
  if (!read.ok) {
    // Say at once what else is wrong with the points that could be read (such as unknown names).
    const more = (read.partial ?? []).flatMap((chart) => {
      const planned = chart.points.length ? planQuadrantImport(ds, chart) : null;
      return planned && !planned.ok ? planned.problems : [];
    });
    return { ok: false, problems: [...read.problems, ...more].sort((a, b) => a.line - b.line) };
  }
  const problems: MermaidProblem[] = [];
  let moves: QuadrantPlan['moves'] = [];
  let quadrantRead = false;
  for (const chart of read.charts) {
    if (chart.kind !== 'quadrantChart') continue;
    const planned = planQuadrantImport(ds, chart);
    if (!planned.ok) problems.push(...planned.problems);
    else {
      // A later chart places an option again: the later position wins.
      const later = new Set(planned.plan.moves.map((m) => m.option));
      moves = [...moves.filter((m) => !later.has(m.option)), ...planned.plan.moves];
      quadrantRead = true;
    }
  }
  const flowcharts = read.charts.filter((c): c is FlowchartRead => c.kind === 'flowchart');
  let graphPlan: GraphPlan | null = null;
  if (flowcharts.length) {
    const planned = planGraphImport(ds, graph, flowcharts, read.pickFlowcharts);
    if (!planned.ok) problems.push(...planned.problems);
    else graphPlan = planned.plan;
  }
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  const quadrant = quadrantRead ? { moves } : null;
  const used = graphPlan && graphPlan.skipped.length < flowcharts.length ? graphPlan : null;
  if (!quadrant && !used) {
    return {
      ok: false,
      problems: [
        {
          line: flowcharts[0]?.line ?? 1,
          message: `nothing to import: ${graphPlan?.skipped.length ? 'no flowchart names only architectures of the dataset or the graph' : 'no quadrantChart or flowchart'}`,
        },
      ],
    };
  }
  return { ok: true, plan: { quadrant, graph: used, notes: [...read.notes, ...(graphPlan?.skipped ?? []), ...(graphPlan?.kept ?? [])] } };
}
