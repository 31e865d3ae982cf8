/** Reading a Mermaid `quadrantChart`: title, axes, quadrant names and points, or located problems. */
import { show, type MermaidProblem } from './problem';
import { statements } from './statements';

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

export const POINT_HELP = 'expected `Name: [x, y]` with x and y between 0 and 1';
/** Mermaid reads a coordinate as `1` or `0` followed by optional decimals (so not `1.0`, not `.5`). */
const COORDINATE = /^(?:1|0(?:\.\d+)?)$/;
const STYLES: Record<string, RegExp> = {
  radius: /^\d+$/,
  color: /^#[0-9a-fA-F]{3,8}$/,
  'stroke-color': /^#[0-9a-fA-F]{3,8}$/,
  'stroke-width': /^\d+px$/,
};

const SPACE = /\s/;
const WORD = /[\w-]/;
const isSpace = (c: string | undefined) => c !== undefined && SPACE.test(c);

/**
 * `Name: [x, y] styling` → [whole, name, `:::class` or undefined, `x, y`, styling], in one pass.
 * A regular expression with a lazy name before optional spaces and a colon backtracked over a long
 * run of spaces (a 100,000-space line took seconds); this reads each character once.
 */
export function matchPoint(s: string): [string, string, string | undefined, string, string] | null {
  let i: number;
  if (s.startsWith('"')) {
    const end = s.indexOf('"', 1);
    if (end < 0) return null;
    i = end + 1;
  } else {
    i = 0;
    while (i < s.length && s[i] !== '"' && s[i] !== ':' && s[i] !== '[') i++;
    if (i === 0 || s[i] !== ':') return null;
    // The name ends before the spaces that lead up to the colon.
    while (i > 0 && isSpace(s[i - 1])) i--;
    if (i === 0) return null;
  }
  const name = s.slice(0, i);
  let j = i;
  let cls: string | undefined;
  if (s.startsWith(':::', j)) {
    let k = j + 3;
    while (k < s.length && WORD.test(s[k] ?? '')) k++;
    if (k > j + 3) {
      cls = s.slice(j, k);
      j = k;
    }
  }
  while (isSpace(s[j])) j++;
  if (s[j] !== ':') return null;
  j++;
  while (isSpace(s[j])) j++;
  if (s[j] !== '[') return null;
  const close = s.indexOf(']', j + 1);
  if (close < 0) return null;
  return [s, name, cls, s.slice(j + 1, close), s.slice(close + 1)];
}

/** `low --> high` split at each arrow of two or more dashes (spaces around it dropped), in one pass. */
export function splitAtArrows(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let dashes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '-') dashes++;
    else {
      if (c === '>' && dashes >= 2) {
        parts.push(text.slice(from, i - dashes).trimEnd());
        let next = i + 1;
        while (isSpace(text[next])) next++;
        from = next;
        i = next - 1;
      }
      dashes = 0;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

export function readQuadrant(
  header: string,
  line: number,
  body: { text: string; line: number }[],
): { chart: QuadrantChartRead; notes: string[] } | { problems: MermaidProblem[]; partial: QuadrantChartRead } {
  const problems: MermaidProblem[] = [];
  const notes = new Set<string>();
  if (!/^quadrantChart\s*;?$/.test(header))
    problems.push({ line, message: `expected \`quadrantChart\` alone on its line, found ${show(header)}` });
  const chart: QuadrantChartRead = {
    kind: 'quadrantChart',
    line,
    title: null,
    xAxis: null,
    yAxis: null,
    quadrants: [null, null, null, null],
    points: [],
  };
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
      const [low = '', high] = splitAtArrows(axis[2] ?? '');
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
    const point = matchPoint(s);
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
      problems.push({
        line: at,
        message: `${POINT_HELP} (Mermaid reads \`0,\` followed by a digit as one number: put a space after the comma)`,
      });
      continue;
    }
    const styling = (point[4] ?? '').trim();
    if (styling) {
      const bad = styling
        .split(',')
        .map((p) => p.trim())
        .find((p) => {
          const m = p.match(/^([\w-]+)\s*:\s*(\S+)$/);
          return !m || !STYLES[m[1] ?? '']?.test(m[2] ?? '');
        });
      if (bad !== undefined) {
        problems.push({
          line: at,
          message: `${show(bad)} after the point is not styling Mermaid reads (radius: 10, color: #ff3300, stroke-color: #10f0f0, stroke-width: 5px)`,
        });
        continue;
      }
      notes.add('Point styling (radius, colours, stroke) was ignored.');
    }
    if (name !== null) chart.points.push({ name, x: Number(xs), y: Number(ys), line: at });
  }
  if (problems.length) return { problems, partial: chart };
  if (prefixed)
    notes.add('`point Name:` was read as the point Name, as the source writes it (Mermaid itself would label it “point Name”).');
  return { chart, notes: [...notes] };
}
