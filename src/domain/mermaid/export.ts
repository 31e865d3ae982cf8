/** Mermaid text for the quadrant and the migration graph, in the syntax GitHub renders. */
import type { MigrationGraph } from '../graph/graph';

/**
 * Mermaid text: no characters that end a statement or open markup. The quadrant chart's unquoted
 * text also may not hold parentheses (Mermaid rejects the whole chart), so `bare` drops those too.
 */
function text(s: string): string {
  return s
    .replace(/["`:[\]{}|<>#;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
const bare = (s: string) => text(s.replace(/[()]/g, ' '));

/** Words a flowchart reads as keywords, never as a node id. */
const RESERVED = new Set([
  'end',
  'graph',
  'flowchart',
  'subgraph',
  'style',
  'class',
  'classdef',
  'click',
  'linkstyle',
  'direction',
  'default',
]);

function id(s: string): string {
  const safe = s.replace(/[^A-Za-z0-9_]/g, '_');
  return RESERVED.has(safe.toLowerCase()) ? `n_${safe}` : safe;
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
    `    title ${bare(q.title)}`,
    `    x-axis ${bare(q.xLow)} --> ${bare(q.xHigh)}`,
    `    y-axis ${bare(q.yLow)} --> ${bare(q.yHigh)}`,
    ...(q.quadrants ?? []).map((name, i) => `    quadrant-${i + 1} ${bare(name)}`),
    // Mermaid's point syntax is `Name: [x, y]`; the source writes `point Name: …`, which Mermaid
    // reads as a point named "point Name".
    ...q.points.map((p) => `    ${bare(p.name)}: [${round(p.x)}, ${round(p.y)}]`),
  ];
  return lines.join('\n');
}

const round = (v: number) => String(Math.round(v * 1000) / 1000);

/** A left-to-right flowchart of the graph; `highlight` edges (a path) are drawn thick. Labels are quoted, so parentheses are safe. */
export function flowchart(graph: MigrationGraph, highlight: readonly string[] = []): string {
  // Mermaid ids are escaped ids; two that escape alike ("a-b", "a_b") get a number to stay apart.
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const n of graph.nodes) {
    let safe = id(n.id);
    for (let k = 2; taken.has(safe); k++) safe = `${id(n.id)}_${k}`;
    taken.add(safe);
    ids.set(n.id, safe);
  }
  const ref = (nodeId: string) => ids.get(nodeId) ?? id(nodeId);
  const lines = ['flowchart LR'];
  for (const n of graph.nodes) lines.push(`    ${ref(n.id)}["${text(n.label)}"]`);
  for (const e of graph.edges) {
    const arrow = highlight.includes(e.id) ? '==>' : '-->';
    lines.push(`    ${ref(e.from)} ${arrow}${e.label ? `|"${text(e.label)}"|` : ''} ${ref(e.to)}`);
  }
  return lines.join('\n');
}
