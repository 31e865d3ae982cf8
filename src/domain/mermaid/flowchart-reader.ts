/** Reading a Mermaid `flowchart` / `graph`: its nodes and edges, or located problems. */
import { show, type MermaidProblem } from './problem';
import { statements } from './statements';

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
  if (bad)
    throw new ReadError(
      `the ${what} ${show(label.trim())} has a “${bad[0]}”, which Mermaid cannot read unquoted: write it in double quotes`,
    );
  if (!cleanLabel(label)) throw new ReadError(`the ${what} is empty`);
  c.pos = end + closer.length;
  return cleanLabel(label);
}

function readNode(c: Cursor, after: string | null): { id: string; label: string | null } {
  c.skipSpace();
  const id = c.eat(ID)?.[0];
  if (!id) {
    if (c.rest.startsWith('&')) throw new ReadError('`&` (several nodes at once) is not supported: write one edge per line');
    throw new ReadError(
      after === null
        ? `expected a node id, found ${show(c.rest)}`
        : `expected a node after the arrow from \`${after}\`${c.rest ? `, found ${show(c.rest)}` : ''}`,
    );
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
  if (c.rest.startsWith('<') || /^[xo]-[-.=]/.test(c.rest))
    throw new ReadError('two-way links (`<-->`) cannot be migrations: write one edge each way');
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

export function readFlowchart(
  header: string,
  line: number,
  body: { text: string; line: number }[],
): { chart: FlowchartRead; notes: string[] } | { problems: MermaidProblem[] } {
  const problems: MermaidProblem[] = [];
  const notes = new Set<string>();
  const h = header.match(/^(?:flowchart|graph|flowchart-elk)(?:\s+(\S+?))?\s*;?$/);
  const dir = h?.[1] ?? 'TB';
  const direction = (['TB', 'TD', 'BT', 'RL', 'LR'] as const).find((d) => d === dir);
  if (!h || !direction)
    problems.push({ line, message: `expected \`flowchart\` or \`graph\` with a direction TB, TD, BT, RL or LR, found ${show(header)}` });
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
