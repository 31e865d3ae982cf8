/**
 * Reading pasted Mermaid back in: a `quadrantChart` (points become option positions) or a
 * `flowchart` / `graph` (edges become migrations), bare or inside Markdown ```mermaid fences.
 *
 * Two steps, both pure: `readMermaid` turns text into charts (or located problems), then
 * `planQuadrantImport` / `planGraphImport` match the charts against the dataset and the graph in use.
 * Only a subset of Mermaid is read; everything read here is also valid for Mermaid's own parser
 * (the tests check that), and what is not read is reported with its line, never guessed.
 */
import { freshId, type GraphEdge, type GraphNode, type MigrationGraph } from '../graph/graph';
import type { Dataset } from '../model/dataset';
import type { Position } from '../quadrant/positions';
import { decisionOptions, optionLabel } from '../scoring/decision';

/** Something the importer cannot read or use, at a 1-based line of the pasted text. */
export interface MermaidProblem {
  line: number;
  message: string;
}

export const problemText = (p: MermaidProblem): string => `line ${p.line}: ${p.message}`;

export interface QuadrantChartRead {
  kind: 'quadrantChart';
  /** Line of the `quadrantChart` keyword. */
  line: number;
  title: string | null;
  xAxis: AxisRead | null;
  yAxis: AxisRead | null;
  /** Quadrant names in Mermaid numbering 1…4 (null where not given). */
  quadrants: [string | null, string | null, string | null, string | null];
  points: { name: string; x: number; y: number; line: number }[];
}

export interface AxisRead {
  low: string;
  high: string | null;
  line: number;
}

export interface FlowNodeRead {
  /** The Mermaid node id. */
  id: string;
  /** Its label, or the id when the node has none. */
  label: string;
  /** True when a label was written (`id[Label]`), false for a bare id. */
  labelled: boolean;
  line: number;
}

export interface FlowEdgeRead {
  from: string;
  to: string;
  label: string | null;
  /** Drawn thick (`==>`): how our export marks the chosen path. */
  thick: boolean;
  line: number;
}

export interface FlowchartRead {
  kind: 'flowchart';
  line: number;
  direction: 'TB' | 'TD' | 'BT' | 'RL' | 'LR';
  nodes: FlowNodeRead[];
  edges: FlowEdgeRead[];
}

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

// ---------------------------------------------------------------------------------------------
// Blocks: a bare diagram, or the ```mermaid fences of a Markdown text.

interface Block {
  /** 1-based line of the block's first line in the pasted text. */
  start: number;
  lines: string[];
}

function findBlocks(text: string): { blocks: Block[]; fenced: boolean; problems: MermaidProblem[] } {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  const problems: MermaidProblem[] = [];
  let fenced = false;
  let open: { fence: string; start: number; mermaid: boolean; body: string[] } | null = null;
  for (const [i, raw] of lines.entries()) {
    if (open) {
      const close = raw.match(/^\s*(`{3,}|~{3,})\s*$/);
      if (close?.[1] && close[1][0] === open.fence[0] && close[1].length >= open.fence.length) {
        if (open.mermaid) blocks.push({ start: open.start + 1, lines: open.body });
        open = null;
      } else {
        open.body.push(raw);
      }
      continue;
    }
    const fence = raw.match(/^\s*(`{3,}|~{3,})\s*([^\s`]*)/);
    if (fence?.[1]) {
      const mermaid = fence[2]?.toLowerCase() === 'mermaid';
      if (mermaid) fenced = true;
      open = { fence: fence[1], start: i + 1, mermaid, body: [] };
    }
  }
  if (open?.mermaid) problems.push({ line: open.start, message: 'this ```mermaid block is not closed with ```' });
  if (!fenced) return { blocks: [{ start: 1, lines }], fenced: false, problems };
  return { blocks, fenced: true, problems };
}

/** The first line that says what the diagram is, after blank lines, comments, directives and front matter. */
function headerIndex(lines: string[]): number {
  let i = 0;
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0 && lines[first]?.trim() === '---') {
    const end = lines.findIndex((l, j) => j > first && l.trim() === '---');
    i = end < 0 ? lines.length : end + 1;
  }
  for (; i < lines.length; i++) {
    const t = (lines[i] ?? '').trim();
    if (t !== '' && !t.startsWith('%%')) return i;
  }
  return -1;
}

const show = (s: string) => `\`${s.length > 60 ? `${s.slice(0, 57)}…` : s}\``;

export function readMermaid(text: string): MermaidRead {
  const found = findBlocks(text);
  if (found.problems.length) return { ok: false, problems: found.problems };
  const notes: string[] = [];
  const charts: { chart: MermaidChart; notes: string[] }[] = [];
  const failed: { kind: MermaidChart['kind']; line: number; problems: MermaidProblem[]; partial?: QuadrantChartRead }[] = [];
  let otherDiagrams = 0;
  for (const block of found.blocks) {
    const h = headerIndex(block.lines);
    if (h < 0) {
      if (!found.fenced) return { ok: false, problems: [{ line: 1, message: 'nothing to import: paste a Mermaid quadrantChart or flowchart' }] };
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
    const what = found.blocks.length === 0 ? 'no ```mermaid block' : `${otherDiagrams === 1 ? 'one mermaid block' : `${found.blocks.length} mermaid blocks`}, none a quadrantChart or flowchart`;
    return { ok: false, problems: [{ line: 1, message: `nothing to import: ${what}` }] };
  }
  return { ok: true, charts: charts.map((c) => c.chart), notes: [...new Set([...notes, ...charts.flatMap((c) => c.notes)])], pickFlowcharts };
}

// ---------------------------------------------------------------------------------------------
// Statements: lines split at `;` outside quotes and brackets, comments dropped.

interface Statement {
  text: string;
  line: number;
}

function statements(body: { text: string; line: number }[]): Statement[] {
  const out: Statement[] = [];
  for (const { text, line } of body) {
    const t = text.trim();
    if (t === '' || t.startsWith('%%')) continue;
    let depth = 0;
    let quoted = false;
    let from = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      if (c === '"') quoted = !quoted;
      else if (!quoted && (c === '[' || c === '(' || c === '{')) depth++;
      else if (!quoted && (c === ']' || c === ')' || c === '}')) depth = Math.max(0, depth - 1);
      else if (!quoted && depth === 0 && c === ';') {
        const part = t.slice(from, i).trim();
        if (part) out.push({ text: part, line });
        from = i + 1;
      }
    }
    const rest = t.slice(from).trim();
    if (rest) out.push({ text: rest, line });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// quadrantChart

/** Characters Mermaid's quadrant lexer does not accept in unquoted text. */
const QUADRANT_BAD = /[;"()[\]{}<>@^|~:]/;

function quadrantText(raw: string, what: string, line: number, problems: MermaidProblem[]): string | null {
  const t = raw.trim();
  const quoted = t.match(/^"([^"]*)"$/);
  if (quoted) return (quoted[1] ?? '').trim();
  const bad = t.match(QUADRANT_BAD);
  if (bad || t.startsWith('-')) {
    problems.push({
      line,
      message: `${what} ${show(t)} has ${bad ? `a “${bad[0]}”` : 'a leading “-”'}, which Mermaid cannot read unquoted: put it in double quotes`,
    });
    return null;
  }
  return t;
}

const POINT_HELP = "expected `Name: [x, y]` with x and y between 0 and 1";
/** Mermaid reads a coordinate as `1` or `0` followed by optional decimals (so not `1.0`, not `.5`). */
const COORDINATE = /^(?:1|0(?:\.\d+)?)$/;
const STYLES: Record<string, RegExp> = {
  radius: /^\d+$/,
  color: /^#[0-9a-fA-F]{3,8}$/,
  'stroke-color': /^#[0-9a-fA-F]{3,8}$/,
  'stroke-width': /^\d+px$/,
};

function readQuadrant(
  header: string,
  line: number,
  body: { text: string; line: number }[],
): { chart: QuadrantChartRead; notes: string[] } | { problems: MermaidProblem[]; partial: QuadrantChartRead } {
  const problems: MermaidProblem[] = [];
  const notes = new Set<string>();
  if (!/^quadrantChart\s*;?$/.test(header)) problems.push({ line, message: `expected \`quadrantChart\` alone on its line, found ${show(header)}` });
  const chart: QuadrantChartRead = { kind: 'quadrantChart', line, title: null, xAxis: null, yAxis: null, quadrants: [null, null, null, null], points: [] };
  let prefixed = false;
  // The title takes the rest of its line, `;` included, as Mermaid's lexer does.
  const titled = body.map((b) => {
    const m = b.text.trim().match(/^title(?:\s+(.*))?$/);
    if (m) chart.title = (m[1] ?? '').trim();
    return m ? { text: '', line: b.line } : b;
  });
  for (const { text: s, line: at } of statements(titled)) {
    const axis = s.match(/^([xy])-axis(?:\s+(.*))?$/);
    if (axis) {
      const [low = '', high] = (axis[2] ?? '').split(/\s*-{2,}>\s*/);
      if (!low.trim()) {
        problems.push({ line: at, message: `expected \`${axis[1]}-axis Low --> High\`` });
        continue;
      }
      const lowText = quadrantText(low, 'axis label', at, problems);
      const highText = high === undefined || high.trim() === '' ? null : quadrantText(high, 'axis label', at, problems);
      if (lowText === null || (high !== undefined && high.trim() !== '' && highText === null)) continue;
      const read: AxisRead = { low: lowText, high: highText, line: at };
      if (axis[1] === 'x') chart.xAxis = read;
      else chart.yAxis = read;
      continue;
    }
    const quadrant = s.match(/^quadrant-(\d+)(?:\s+(.*))?$/);
    if (quadrant) {
      const n = Number(quadrant[1]);
      const name = (quadrant[2] ?? '').trim();
      if (n < 1 || n > 4 || !name) {
        problems.push({ line: at, message: 'expected `quadrant-1 Name` … `quadrant-4 Name`' });
        continue;
      }
      const read = quadrantText(name, 'quadrant name', at, problems);
      if (read !== null) chart.quadrants[n - 1] = read;
      continue;
    }
    if (/^(classDef|accTitle|accDescr)\b/.test(s)) {
      notes.add(`${s.match(/^\w+/)?.[0]} lines were ignored.`);
      continue;
    }
    const point = s.match(/^("[^"]*"|[^":[]+?)(:::[\w-]+)?\s*:\s*\[([^\]]*)\](.*)$/);
    if (!point) {
      problems.push({
        line: at,
        message: /[:[]/.test(s)
          ? POINT_HELP
          : `${show(s)} is not quadrantChart syntax (expected title, x-axis, y-axis, quadrant-1…4 or \`Name: [x, y]\`)`,
      });
      continue;
    }
    let rawName = (point[1] ?? '').trim();
    if (!rawName.startsWith('"')) {
      const bare = rawName.replace(/^point\s+/i, '');
      if (bare !== rawName) prefixed = true;
      rawName = bare;
    }
    if (point[2]) notes.add('Point classes (`:::class`) were ignored.');
    const name = quadrantText(rawName, 'point name', at, problems);
    const coords = (point[3] ?? '').split(',').map((c) => c.trim());
    const [xs = '', ys = ''] = coords;
    if (coords.length !== 2 || !COORDINATE.test(xs) || !COORDINATE.test(ys)) {
      const hint = coords.some((c) => /^1\.0*$/.test(c))
        ? ' (Mermaid reads 1 only as `1`, not `1.0`)'
        : coords.some((c) => /^\.\d/.test(c))
          ? ' (write `0.5`, not `.5`)'
          : '';
      problems.push({ line: at, message: `${POINT_HELP}${hint}` });
      continue;
    }
    if (/^0,\d/.test((point[3] ?? '').trim())) {
      problems.push({ line: at, message: `${POINT_HELP} (Mermaid reads \`0,\` followed by a digit as one number: put a space after the comma)` });
      continue;
    }
    const styling = (point[4] ?? '').trim();
    if (styling) {
      const bad = styling.split(',').map((p) => p.trim()).find((p) => {
        const m = p.match(/^([\w-]+)\s*:\s*(\S+)$/);
        return !m || !STYLES[m[1] ?? '']?.test(m[2] ?? '');
      });
      if (bad !== undefined) {
        problems.push({ line: at, message: `${show(bad)} after the point is not styling Mermaid reads (radius: 10, color: #ff3300, stroke-color: #10f0f0, stroke-width: 5px)` });
        continue;
      }
      notes.add('Point styling (radius, colours, stroke) was ignored.');
    }
    if (name !== null) chart.points.push({ name, x: Number(xs), y: Number(ys), line: at });
  }
  if (problems.length) return { problems, partial: chart };
  if (prefixed) notes.add('`point Name:` was read as the point Name, as the source writes it (Mermaid itself would label it “point Name”).');
  return { chart, notes: [...notes] };
}

// ---------------------------------------------------------------------------------------------
// flowchart

/** Node shapes, longest opener first: `id[Label]`, `id(Label)`, `id([Label])`, `id((Label))`… */
const SHAPES: [string, string[]][] = [
  ['(((', [')))']],
  ['([', ['])']],
  ['[[', [']]']],
  ['[(', [')]']],
  ['((', ['))']],
  ['{{', ['}}']],
  ['[/', ['/]', '\\]']],
  ['[\\', ['\\]', '/]']],
  ['[', [']']],
  ['(', [')']],
  ['{', ['}']],
  ['>', [']']],
];
/** Characters Mermaid does not accept in an unquoted node or edge label. */
const LABEL_BAD = /["()[\]{}|]/;
const ID = /^[\p{L}\p{N}_]+(?:[-.][\p{L}\p{N}_]+)*/u;
const KEYWORDS = new Set(['end', 'subgraph', 'graph', 'flowchart', 'style', 'classDef', 'class', 'linkStyle', 'click', 'direction']);
const IGNORED = /^(style|classDef|class|linkStyle|click|direction)\s|^(accTitle|accDescr)\s*[:{]/;

function cleanLabel(s: string): string {
  return s
    .replace(/^`([\s\S]*)`$/, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}
  get rest(): string {
    return this.text.slice(this.pos);
  }
  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }
  eat(re: RegExp): RegExpMatchArray | null {
    const m = this.rest.match(re);
    if (m && m.index === 0) this.pos += m[0].length;
    return m && m.index === 0 ? m : null;
  }
}

class ReadError {
  constructor(readonly message: string) {}
}

function readLabel(c: Cursor, closers: string[], what: string): string {
  c.skipSpace();
  if (c.rest.startsWith('"')) {
    const end = c.text.indexOf('"', c.pos + 1);
    if (end < 0) throw new ReadError(`the ${what} opened with " is not closed`);
    const label = c.text.slice(c.pos + 1, end);
    c.pos = end + 1;
    c.skipSpace();
    const closer = closers.find((x) => c.rest.startsWith(x));
    if (!closer) throw new ReadError(`expected ${closers.map((x) => `\`${x}\``).join(' or ')} after the quoted ${what}`);
    c.pos += closer.length;
    if (!cleanLabel(label)) throw new ReadError(`the ${what} is empty`);
    return cleanLabel(label);
  }
  let end = -1;
  let closer = '';
  for (const x of closers) {
    const i = c.text.indexOf(x, c.pos);
    if (i >= 0 && (end < 0 || i < end)) {
      end = i;
      closer = x;
    }
  }
  if (end < 0) throw new ReadError(`the ${what} ${show(c.rest)} is not closed with ${closers.map((x) => `\`${x}\``).join(' or ')}`);
  const label = c.text.slice(c.pos, end);
  const bad = label.match(LABEL_BAD);
  if (bad) throw new ReadError(`the ${what} ${show(label.trim())} has a “${bad[0]}”, which Mermaid cannot read unquoted: write it in double quotes`);
  if (!cleanLabel(label)) throw new ReadError(`the ${what} is empty`);
  c.pos = end + closer.length;
  return cleanLabel(label);
}

function readNode(c: Cursor, after: string | null): { id: string; label: string | null } {
  c.skipSpace();
  const id = c.eat(ID)?.[0];
  if (!id) {
    if (c.rest.startsWith('&')) throw new ReadError('`&` (several nodes at once) is not supported: write one edge per line');
    throw new ReadError(after === null ? `expected a node id, found ${show(c.rest)}` : `expected a node after the arrow from \`${after}\`${c.rest ? `, found ${show(c.rest)}` : ''}`);
  }
  if (KEYWORDS.has(id)) throw new ReadError(`\`${id}\` is a Mermaid keyword and cannot be a node id`);
  if (c.rest.startsWith('@{')) throw new ReadError('the `id@{ … }` node syntax is not supported: write `id[Label]`');
  let label: string | null = null;
  const shape = SHAPES.find(([open]) => c.rest.startsWith(open));
  if (shape) {
    c.pos += shape[0].length;
    label = readLabel(c, shape[1], 'node label');
  }
  c.eat(/^:::[\w-]+/);
  return { id, label };
}

type Link = { thick: boolean; label: string | null; invisible: boolean };

function readLink(c: Cursor, from: string): Link | null {
  c.skipSpace();
  if (c.rest === '') return null;
  if (c.rest.startsWith('<') || /^[xo]-[-.=]/.test(c.rest)) throw new ReadError('two-way links (`<-->`) cannot be migrations: write one edge each way');
  if (c.rest.startsWith('&')) throw new ReadError('`&` (several nodes at once) is not supported: write one edge per line');
  if (c.eat(/^~{3,}/)) return { thick: false, label: null, invisible: true };
  const plain = c.eat(/^(?:-{2,}>|={2,}>|-\.+->|-{3,}|={3,}|-\.+-|-{2,}[ox](?=\s)|={2,}[ox](?=\s)|-\.+-[ox](?=\s))/);
  if (plain) {
    const thick = plain[0].startsWith('=');
    c.skipSpace();
    if (c.rest.startsWith('|')) {
      c.pos++;
      return { thick, label: readLabel(c, ['|'], 'edge label'), invisible: false };
    }
    return { thick, label: null, invisible: false };
  }
  const start = c.eat(/^(--|==|-\.)(?=\s|[^->=.])/);
  if (start) {
    const ends: Record<string, RegExp> = { '--': /\s*(-{2,}>|-{3,}|--[ox](?=\s))/, '==': /\s*(={2,}>|={3,})/, '-.': /\s*(\.-+>|\.-+)/ };
    const key = start[1] ?? '--';
    const m = c.rest.match(ends[key] ?? /$^/);
    if (!m || m.index === undefined) throw new ReadError(`the edge label after \`${key}\` is not closed with an arrow such as \`-->\``);
    const label = c.rest.slice(0, m.index).trim();
    if (!label) throw new ReadError('the edge label is empty');
    if (label.includes(key)) throw new ReadError(`expected one label between \`${key}\` and the arrow, found ${show(label)}`);
    if (label.includes('"') && !/^"[^"]*"$/.test(label)) throw new ReadError(`the edge label ${show(label)} has a “"” inside`);
    c.pos += m.index + m[0].length;
    return { thick: key === '==', label: cleanLabel(label.replace(/^"([^"]*)"$/, '$1')), invisible: false };
  }
  throw new ReadError(`expected an arrow (-->, ==>, -.->, ---) after \`${from}\`, found ${show(c.rest)}`);
}

function readFlowchart(
  header: string,
  line: number,
  body: { text: string; line: number }[],
): { chart: FlowchartRead; notes: string[] } | { problems: MermaidProblem[] } {
  const problems: MermaidProblem[] = [];
  const notes = new Set<string>();
  const h = header.match(/^(?:flowchart|graph|flowchart-elk)(?:\s+(\S+?))?\s*;?$/);
  const dir = h?.[1] ?? 'TB';
  const direction = (['TB', 'TD', 'BT', 'RL', 'LR'] as const).find((d) => d === dir);
  if (!h || !direction) problems.push({ line, message: `expected \`flowchart\` or \`graph\` with a direction TB, TD, BT, RL or LR, found ${show(header)}` });
  const nodes = new Map<string, FlowNodeRead>();
  const edges: FlowEdgeRead[] = [];
  const subgraphs: number[] = [];
  const note = (id: string, label: string | null, at: number) => {
    const known = nodes.get(id);
    if (!known) nodes.set(id, { id, label: label ?? id, labelled: label !== null, line: at });
    else if (label !== null) nodes.set(id, { ...known, label, labelled: true });
  };
  for (const { text: s, line: at } of statements(body)) {
    if (/^subgraph\b/.test(s)) {
      subgraphs.push(at);
      notes.add('Subgraphs were ignored (their nodes and edges were read).');
      continue;
    }
    if (s === 'end') {
      if (subgraphs.pop() === undefined) problems.push({ line: at, message: '`end` without a `subgraph`' });
      continue;
    }
    const ignored = s.match(IGNORED);
    if (ignored) {
      notes.add(`${ignored[1] ?? ignored[2]} lines were ignored.`);
      continue;
    }
    const c = new Cursor(s);
    try {
      let from = readNode(c, null);
      note(from.id, from.label, at);
      for (let link = readLink(c, from.id); link; link = readLink(c, from.id)) {
        const to = readNode(c, from.id);
        note(to.id, to.label, at);
        if (link.invisible) notes.add('Invisible links (`~~~`) were ignored.');
        else edges.push({ from: from.id, to: to.id, label: link.label, thick: link.thick, line: at });
        from = to;
      }
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
      problems.push({ line: at, message: e.message });
    }
  }
  for (const open of subgraphs) problems.push({ line: open, message: 'this `subgraph` is not closed with `end`' });
  if (problems.length || !direction) return { problems };
  return { chart: { kind: 'flowchart', line, direction, nodes: [...nodes.values()], edges }, notes: [...notes] };
}

// ---------------------------------------------------------------------------------------------
// Matching names to the dataset

/**
 * Names compare on their letters and digits only, ignoring case: "ModularMonolith" is
 * modular-monolith, and "Event-Sourced CQRS" (as our export writes a name, without the parentheses
 * Mermaid would reject) is "Event-Sourced (CQRS)".
 */
export function normaliseName(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Every pattern under each of its names: id, name, short name, decision label, quadrant label. */
function patternNames(ds: Dataset): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (name: string | null | undefined, id: string) => {
    if (!name) return;
    const key = normaliseName(name);
    index.set(key, (index.get(key) ?? new Set()).add(id));
  };
  for (const p of ds.patterns) {
    add(p.id, p.id);
    add(p.name, p.id);
    add(p.shortName, p.id);
  }
  for (const o of ds.decisionFramework.options) add(o.label, o.patternId);
  for (const q of ds.quadrant.points) add(q.label, q.patternId);
  return index;
}

export function matchPattern(ds: Dataset, name: string): string | null {
  const ids = patternNames(ds).get(normaliseName(name));
  return ids && ids.size === 1 ? ([...ids][0] ?? null) : null;
}

export interface QuadrantPlan {
  /** New positions per option (pattern id), in the order of the pasted points. */
  moves: { option: string; name: string; position: Position; line: number }[];
}

/** The options that can sit on the forces chart: the ranked ones and those the source places. */
function placeableOptions(ds: Dataset): string[] {
  return [...new Set([...decisionOptions(ds), ...ds.quadrant.points.map((p) => p.patternId)])];
}

/** Quadrant points → option positions. Any point that names no option fails the whole import. */
export function planQuadrantImport(ds: Dataset, chart: QuadrantChartRead): { ok: true; plan: QuadrantPlan } | { ok: false; problems: MermaidProblem[] } {
  const problems: MermaidProblem[] = [];
  const placeable = placeableOptions(ds);
  const known = placeable.map((id) => optionLabel(ds, id)).join(', ');
  const axes: [AxisRead | null, { low: string; high: string }, string][] = [
    [chart.xAxis, ds.quadrant.xAxis, 'x'],
    [chart.yAxis, ds.quadrant.yAxis, 'y'],
  ];
  for (const [read, expected, dim] of axes) {
    if (!read) continue;
    const same = normaliseName(read.low) === normaliseName(expected.low) && (read.high === null || normaliseName(read.high) === normaliseName(expected.high));
    if (!same) {
      problems.push({
        line: read.line,
        message: `the ${dim}-axis is ${show(`${read.low}${read.high ? ` --> ${read.high}` : ''}`)}, not the source’s force (\`${expected.low} --> ${expected.high}\`): only positions on ${ds.quadrant.title} can be imported`,
      });
    }
  }
  const moves: QuadrantPlan['moves'] = [];
  const seen = new Map<string, number>();
  for (const p of chart.points) {
    const id = matchPattern(ds, p.name);
    if (!id || !placeable.includes(id)) {
      problems.push({
        line: p.line,
        message: id
          ? `${optionLabel(ds, id)} is not an option on the forces chart (options: ${known})`
          : `“${p.name}” names no option of the dataset (known: ${known})`,
      });
      continue;
    }
    const before = seen.get(id);
    if (before !== undefined) {
      problems.push({ line: p.line, message: `${optionLabel(ds, id)} is placed twice (also on line ${before})` });
      continue;
    }
    seen.set(id, p.line);
    moves.push({ option: id, name: optionLabel(ds, id), position: { x: p.x, y: p.y }, line: p.line });
  }
  if (problems.length) return { ok: false, problems };
  if (moves.length === 0) return { ok: false, problems: [{ line: chart.line, message: `this quadrantChart has no points (${POINT_HELP})` }] };
  return { ok: true, plan: { moves } };
}

/** A node an edge starts or ends at: one already in the graph, or one the import adds. */
export type NodeRef = { kind: 'existing'; id: string } | { kind: 'new'; key: string };

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
    r.kind === 'existing' ? (graph.nodes.find((n) => n.id === r.id)?.label ?? r.id) : (plan.newNodes.find((n) => n.key === r.key)?.label ?? r.key);

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
      plan.skipped.push(`line ${chart.line}: a flowchart was skipped: ${unknown.slice(0, 4).join(', ')}${unknown.length > 4 ? ', …' : ''} name no architecture of the dataset or the graph.`);
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

/**
 * The graph after the plan, with ids made the way the graph actions make them (`freshId` of the
 * label for nodes, of `from-to-to` for edges), in the same order: what the store must end up with.
 */
export function applyGraphPlan(graph: MigrationGraph, plan: GraphPlan): MigrationGraph {
  let g = graph;
  const ids = new Map<string, string>();
  for (const n of plan.newNodes) {
    const id = freshId(g, n.label);
    ids.set(n.key, id);
    g = { ...g, nodes: [...g.nodes, { id, label: n.label, patternId: n.patternId }] };
  }
  const nodeId = (r: NodeRef) => (r.kind === 'existing' ? r.id : (ids.get(r.key) ?? r.key));
  for (const e of plan.addEdges) {
    const from = nodeId(e.from);
    const to = nodeId(e.to);
    const id = freshId(g, `${from}-to-${to}`);
    g = { ...g, edges: [...g.edges, { id, from, to, label: e.label, steps: [], effort: 1, origin: 'ours' }] };
  }
  for (const r of plan.relabel) g = { ...g, edges: g.edges.map((e) => (e.id === r.edgeId ? { ...e, label: r.label } : e)) };
  return g;
}

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
      problems: [{ line: flowcharts[0]?.line ?? 1, message: `nothing to import: ${graphPlan?.skipped.length ? 'no flowchart names only architectures of the dataset or the graph' : 'no quadrantChart or flowchart'}` }],
    };
  }
  return { ok: true, plan: { quadrant, graph: used, notes: [...read.notes, ...(graphPlan?.skipped ?? []), ...(graphPlan?.kept ?? [])] } };
}
