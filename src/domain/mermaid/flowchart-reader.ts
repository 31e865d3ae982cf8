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
const CLASS_SUFFIX = /:::[\w-]+/;
const INVISIBLE_LINK = /~{3,}/;
const PLAIN_LINK = /(?:-{2,}>|={2,}>|-\.+->|-{3,}|={3,}|-\.+-|-{2,}[ox](?=\s)|={2,}[ox](?=\s)|-\.+-[ox](?=\s))/;
const LABELLED_LINK = /(--|==|-\.)(?=\s|[^->=.])/;
const TWO_WAY_END = /[xo]-[-.=]/;
const SPACE = /\s/;
const KEYWORDS = new Set(['end', 'subgraph', 'graph', 'flowchart', 'style', 'classDef', 'class', 'linkStyle', 'click', 'direction']);
const IGNORED = /^(style|classDef|class|linkStyle|click|direction)\s|^(accTitle|accDescr)\s*[:{]/;

function cleanLabel(s: string): string {
  return s
    .replace(/^`([\s\S]*)`$/, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const stickies = new WeakMap<RegExp, RegExp>();
/** The same pattern, matching only at `lastIndex` (made once per pattern). */
function stickyOf(re: RegExp): RegExp {
  let sticky = stickies.get(re);
  if (!sticky) {
    sticky = new RegExp(re.source.replace(/^\^/, ''), `${re.flags.replace('y', '')}y`);
    stickies.set(re, sticky);
  }
  return sticky;
}

/**
 * A position in a statement. Matching is anchored at the position (sticky patterns, `startsWith`
 * with an offset), never on a copy of the rest: reading a long line stays linear.
 */
class Cursor {
  pos = 0;
  constructor(readonly text: string) {}
  /** The rest of the statement: only for messages (it copies). */
  get rest(): string {
    return this.text.slice(this.pos);
  }
  get done(): boolean {
    return this.pos >= this.text.length;
  }
  at(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }
  skipSpace(): void {
    while (this.pos < this.text.length && SPACE.test(this.text[this.pos] ?? '')) this.pos++;
  }
  /** Matches `re` (a module constant: its sticky copy is made once) at the position, and moves past the match. */
  eat(re: RegExp): RegExpExecArray | null {
    const sticky = stickyOf(re);
    sticky.lastIndex = this.pos;
    const m = sticky.exec(this.text);
    if (m) this.pos += m[0].length;
    return m;
  }
  /** Whether `re` matches at the position, without moving. */
  test(re: RegExp): boolean {
    const sticky = stickyOf(re);
    sticky.lastIndex = this.pos;
    return sticky.test(this.text);
  }
}

const isSpace = (c: string | undefined) => c !== undefined && SPACE.test(c);

/**
 * The arrow that closes an edge label opened with `--`, `==` or `-.`: where it starts and ends, from
 * `from` on. The first arrow wins, as `\s*(-{2,}>|-{3,}|--[ox](?=\s))` (and the `==`, `-.` forms)
 * would find it, but each character is looked at once: that search, unanchored, backtracked over
 * long runs of spaces or dashes.
 */
export function findLabelEnd(text: string, from: number, key: '--' | '==' | '-.'): { start: number; end: number } | null {
  const dash = key === '==' ? '=' : '-';
  for (let i = from; i < text.length; i++) {
    if (key === '-.') {
      if (text[i] !== '.' || text[i + 1] !== '-') continue;
      let k = i + 1;
      while (text[k] === '-') k++;
      return { start: i, end: text[k] === '>' ? k + 1 : k };
    }
    if (text[i] !== dash) continue;
    let k = i;
    while (text[k] === dash) k++;
    const run = k - i;
    if (run >= 2 && text[k] === '>') return { start: i, end: k + 1 };
    if (run >= 3) return { start: i, end: k };
    if (key === '--' && run === 2 && (text[k] === 'o' || text[k] === 'x') && isSpace(text[k + 1])) return { start: i, end: k + 1 };
    i = k - 1;
  }
  return null;
}

class ReadError {
  constructor(readonly message: string) {}
}

function readLabel(c: Cursor, closers: string[], what: string): string {
  c.skipSpace();
  if (c.at('"')) {
    const end = c.text.indexOf('"', c.pos + 1);
    if (end < 0) throw new ReadError(`the ${what} opened with " is not closed`);
    const label = c.text.slice(c.pos + 1, end);
    c.pos = end + 1;
    c.skipSpace();
    const closer = closers.find((x) => c.at(x));
    if (!closer) throw new ReadError(`expected ${closers.map((x) => `\`${x}\``).join(' or ')} after the quoted ${what}`);
    c.pos += closer.length;
    if (!cleanLabel(label)) throw new ReadError(`the ${what} is empty`);
    return cleanLabel(label);
  }
  // The first closer of any kind, found in one pass (not one search to the end per kind of closer).
  let end = -1;
  let closer = '';
  for (let i = c.pos; i < c.text.length && end < 0; i++) {
    const x = closers.find((k) => c.text.startsWith(k, i));
    if (x) {
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
    if (c.at('&')) throw new ReadError('`&` (several nodes at once) is not supported: write one edge per line');
    throw new ReadError(
      after === null
        ? `expected a node id, found ${show(c.rest)}`
        : `expected a node after the arrow from \`${after}\`${c.done ? '' : `, found ${show(c.rest)}`}`,
    );
  }
  if (KEYWORDS.has(id)) throw new ReadError(`\`${id}\` is a Mermaid keyword and cannot be a node id`);
  if (c.at('@{')) throw new ReadError('the `id@{ … }` node syntax is not supported: write `id[Label]`');
  let label: string | null = null;
  const shape = SHAPES.find(([open]) => c.at(open));
  if (shape) {
    c.pos += shape[0].length;
    label = readLabel(c, shape[1], 'node label');
  }
  c.eat(CLASS_SUFFIX);
  return { id, label };
}

type Link = { thick: boolean; label: string | null; invisible: boolean };

function readLink(c: Cursor, from: string): Link | null {
  c.skipSpace();
  if (c.done) return null;
  if (c.at('<') || c.test(TWO_WAY_END)) throw new ReadError('two-way links (`<-->`) cannot be migrations: write one edge each way');
  if (c.at('&')) throw new ReadError('`&` (several nodes at once) is not supported: write one edge per line');
  if (c.eat(INVISIBLE_LINK)) return { thick: false, label: null, invisible: true };
  const plain = c.eat(PLAIN_LINK);
  if (plain) {
    const thick = plain[0].startsWith('=');
    c.skipSpace();
    if (c.at('|')) {
      c.pos++;
      return { thick, label: readLabel(c, ['|'], 'edge label'), invisible: false };
    }
    return { thick, label: null, invisible: false };
  }
  const start = c.eat(LABELLED_LINK);
  if (start) {
    const key = (start[1] ?? '--') as '--' | '==' | '-.';
    const arrow = findLabelEnd(c.text, c.pos, key);
    if (!arrow) throw new ReadError(`the edge label after \`${key}\` is not closed with an arrow such as \`-->\``);
    const label = c.text.slice(c.pos, arrow.start).trim();
    if (!label) throw new ReadError('the edge label is empty');
    if (label.includes(key)) throw new ReadError(`expected one label between \`${key}\` and the arrow, found ${show(label)}`);
    if (label.includes('"') && !/^"[^"]*"$/.test(label)) throw new ReadError(`the edge label ${show(label)} has a “"” inside`);
    c.pos = arrow.end;
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
