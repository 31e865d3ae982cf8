/** Mermaid text for the quadrant and the migration graph, in the syntax GitHub renders. */
import type { MigrationGraph } from '../graph/graph';

/** Mermaid labels: no characters that end a statement or open markup. */
function text(s: string): string {
  return s.replace(/["`:[\]{}|<>#;]/g, ' ').replace(/\s+/g, ' ').trim();
}

function id(s: string): string {
  return s.replace(/[^A-Za-z0-9_]/g, '_');
}

export interface QuadrantText {
  title: string;
  xLow: string;
  xHigh: string;
  yLow: string;
  yHigh: string;
  /** Names in Mermaid numbering 1…4; omitted on axes that are not the source's forces. */
  quadrants?: [string, string, string, string];
  points: { name: string; x: number; y: number }[];
}

export function quadrantChart(q: QuadrantText): string {
  const lines = [
    'quadrantChart',
    `    title ${text(q.title)}`,
    `    x-axis ${text(q.xLow)} --> ${text(q.xHigh)}`,
    `    y-axis ${text(q.yLow)} --> ${text(q.yHigh)}`,
    ...(q.quadrants ?? []).map((name, i) => `    quadrant-${i + 1} ${text(name)}`),
    ...q.points.map((p) => `    point ${text(p.name)}: [${round(p.x)}, ${round(p.y)}]`),
  ];
  return lines.join('\n');
}

const round = (v: number) => String(Math.round(v * 1000) / 1000);

/** A left-to-right flowchart of the graph; `highlight` edges (a path) are drawn thick. */
export function flowchart(graph: MigrationGraph, highlight: readonly string[] = []): string {
  const lines = ['flowchart LR'];
  for (const n of graph.nodes) lines.push(`    ${id(n.id)}["${text(n.label)}"]`);
  for (const e of graph.edges) {
    const arrow = highlight.includes(e.id) ? '==>' : '-->';
    lines.push(`    ${id(e.from)} ${arrow}${e.label ? `|${text(e.label)}|` : ''} ${id(e.to)}`);
  }
  return lines.join('\n');
}
