/** Helpers for the tests of the Mermaid import (src/domain/mermaid/). */
import mermaid from 'mermaid';
import { graphFromDataset, type MigrationGraph } from '../src/domain/graph/graph';
import type { FlowchartRead } from '../src/domain/mermaid/flowchart-reader';
import { planMermaidImport, type MermaidImportPlan } from '../src/domain/mermaid/import-plan';
import { problemText } from '../src/domain/mermaid/problem';
import type { QuadrantChartRead } from '../src/domain/mermaid/quadrant-reader';
import { readMermaid } from '../src/domain/mermaid/read';
import { BUILTIN_DATASET as ds } from '../src/domain/model/builtin-dataset';

export const EMPTY: MigrationGraph = { nodes: [], edges: [] };

/** The import plan of the text into the graph (the built-in dataset's by default); throws when it fails. */
export function plan(text: string, graph: MigrationGraph = graphFromDataset(ds)): MermaidImportPlan {
  const result = planMermaidImport(text, ds, graph);
  if (!result.ok) throw new Error(`expected the import to succeed:\n${result.problems.map(problemText).join('\n')}`);
  return result.plan;
}

/** The located problems of the text, as people read them; throws when the import succeeds. */
export function problems(text: string, graph: MigrationGraph = graphFromDataset(ds)): string[] {
  const result = planMermaidImport(text, ds, graph);
  if (result.ok) throw new Error('expected the import to fail');
  return result.problems.map(problemText);
}

/** The first chart of that kind read from the text; throws when there is none. */
export function chart<K extends 'quadrantChart' | 'flowchart'>(
  text: string,
  kind: K,
): K extends 'flowchart' ? FlowchartRead : QuadrantChartRead {
  const read = readMermaid(text);
  if (!read.ok) throw new Error(read.problems.map(problemText).join('\n'));
  const found = read.charts.find((c) => c.kind === kind);
  if (!found) throw new Error(`no ${kind}`);
  return found as K extends 'flowchart' ? FlowchartRead : QuadrantChartRead;
}

/** What Mermaid's own parser makes of a flowchart: its nodes (id → text) and edges. */
export async function mermaidFlowchart(text: string) {
  await mermaid.parse(text);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as {
    getVertices: () => Map<string, { id: string; text?: string }>;
    getEdges: () => { start: string; end: string; text?: string; stroke?: string }[];
  };
  return {
    nodes: [...db.getVertices().values()].map((v) => [v.id, v.text ?? v.id]),
    edges: db
      .getEdges()
      .filter((e) => e.stroke !== 'invisible')
      .map((e) => [e.start, e.end, e.text || null]),
  };
}
