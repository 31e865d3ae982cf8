/**
 * Reading pasted Mermaid: a `quadrantChart` or a `flowchart` / `graph`, bare or inside Markdown
 * ```mermaid fences, into charts (or located problems). Only a subset of Mermaid is read; everything
 * read here is also valid for Mermaid's own parser (the tests check that), and what is not read is
 * reported with its line, never guessed. Matching the charts to the dataset is `import-plan.ts`.
 */
import { MERMAID_LIMIT, overLimit } from '../limits';
import { findBlocks, headerIndex } from './fences';
import { readFlowchart, type FlowchartRead } from './flowchart-reader';
import { problemText, show, type MermaidProblem } from './problem';
import { readQuadrant, type QuadrantChartRead } from './quadrant-reader';

export type MermaidChart = QuadrantChartRead | FlowchartRead;

export type MermaidRead =
  | {
      ok: true;
      charts: MermaidChart[];
      /** What was read but ignored (styling, subgraphs, other diagram types…), one sentence each. */
      notes: string[];
      /**
       * True when the text is Markdown with several flowcharts (such as the source document): only
       * the flowcharts whose every node names a known architecture are then read as migrations.
       */
      pickFlowcharts: boolean;
    }
  | {
      ok: false;
      problems: MermaidProblem[];
      /** The quadrant charts as far as they could be read, so that their names can be checked too. */
      partial?: QuadrantChartRead[];
    };

export function readMermaid(text: string): MermaidRead {
  const tooLarge = overLimit(MERMAID_LIMIT, text.length);
  if (tooLarge) return { ok: false, problems: [{ line: 1, message: tooLarge }] };
  const found = findBlocks(text);
  if (found.problems.length) return { ok: false, problems: found.problems };
  const notes: string[] = [];
  const charts: { chart: MermaidChart; notes: string[] }[] = [];
  const failed: { kind: MermaidChart['kind']; line: number; problems: MermaidProblem[]; partial?: QuadrantChartRead }[] = [];
  let otherDiagrams = 0;
  for (const block of found.blocks) {
    const h = headerIndex(block.lines);
    if (h < 0) {
      if (!found.fenced)
        return { ok: false, problems: [{ line: 1, message: 'nothing to import: paste a Mermaid quadrantChart or flowchart' }] };
      notes.push(`line ${block.start - 1}: an empty mermaid block was skipped.`);
      continue;
    }
    const header = (block.lines[h] ?? '').trim();
    const line = block.start + h;
    const keyword = header.match(/^[\w-]+/)?.[0] ?? header;
    const body = block.lines.slice(h + 1).map((l, j) => ({ text: l, line: line + 1 + j }));
    let read: { chart: MermaidChart; notes: string[] } | { problems: MermaidProblem[]; partial?: QuadrantChartRead };
    if (keyword === 'quadrantChart') read = readQuadrant(header, line, body);
    else if (keyword === 'flowchart' || keyword === 'graph' || keyword === 'flowchart-elk') read = readFlowchart(header, line, body);
    else {
      if (!found.fenced) {
        return {
          ok: false,
          problems: [{ line, message: `expected \`quadrantChart\`, \`flowchart\` or \`graph\` as the first line, found ${show(header)}` }],
        };
      }
      otherDiagrams++;
      notes.push(`line ${line}: a ${keyword} block was skipped (only quadrantChart and flowchart are imported).`);
      continue;
    }
    if ('problems' in read) failed.push({ kind: keyword === 'quadrantChart' ? 'quadrantChart' : 'flowchart', line, ...read });
    else charts.push(read);
  }
  const flowchartBlocks = charts.filter((c) => c.chart.kind === 'flowchart').length + failed.filter((f) => f.kind === 'flowchart').length;
  const pickFlowcharts = found.fenced && flowchartBlocks > 1;
  // A quadrant chart that cannot be read is always an error; so is a flowchart, unless it is one of
  // several in a document (the source's own diagrams use syntax beyond ours), where it is skipped.
  const fatal = failed.filter((f) => f.kind === 'quadrantChart' || !pickFlowcharts);
  if (fatal.length || (charts.length === 0 && failed.length)) {
    const shown = fatal.length ? fatal : failed;
    return {
      ok: false,
      problems: shown.flatMap((f) => f.problems),
      partial: shown.flatMap((f) => (f.partial ? [f.partial] : [])),
    };
  }
  for (const f of failed) {
    const first = f.problems[0];
    notes.push(`line ${f.line}: a flowchart that cannot be read was skipped${first ? ` (${problemText(first)})` : ''}.`);
  }
  if (charts.length === 0) {
    const what =
      found.blocks.length === 0
        ? 'no ```mermaid block'
        : `${otherDiagrams === 1 ? 'one mermaid block' : `${found.blocks.length} mermaid blocks`}, none a quadrantChart or flowchart`;
    return { ok: false, problems: [{ line: 1, message: `nothing to import: ${what}` }] };
  }
  return {
    ok: true,
    charts: charts.map((c) => c.chart),
    notes: [...new Set([...notes, ...charts.flatMap((c) => c.notes)])],
    pickFlowcharts,
  };
}
