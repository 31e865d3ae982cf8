/**
 * Text from a dataset, a snapshot or a person, made safe to place in Markdown we write (the decision
 * record and every other text export), and still readable as written:
 *
 * - no raw HTML: `<` and `>` become `&lt;` and `&gt;` (so `<script>` and `<img onerror=…>` are shown,
 *   never run, and `a < b` reads `a < b` once rendered); an `&` that would start a character
 *   reference becomes `&amp;`, so `&lt;` in the input is shown as typed;
 * - no links or images at all: `[` and `]` are escaped, so `[x](javascript:…)`, `![x](data:…)` and
 *   `[x]: vbscript:…` stay text (and `<javascript:…>` autolinks went with `<`); a link's text and its
 *   address are still there to read;
 * - no autolinks: GFM makes links of bare `a@b.co`, `https://…` and `www.…`; their `@`, `:` and `.`
 *   are escaped (rendered as themselves);
 * - no code spans or fences (backticks escaped), so the escapes above are always decoded;
 * - a backslash is doubled, so it cannot undo one of these escapes.
 *
 * Single-line places (a title, a list item, a table cell) also fold line breaks into a space, so a
 * value cannot start a heading, a fence or an HTML block on a line of its own.
 */
export function markdownText(text: string, options: { multiline?: boolean } = {}): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[[\]`]/g, (c) => `\\${c}`)
    // GFM turns bare addresses into links (`a@b.co`, `https://…`, `www.…`): an escaped `@`, `:` or
    // `.` keeps them text, and renders as the character itself.
    .replace(/@/g, '\\@')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
  return options.multiline ? escaped.replace(/\r\n?/g, '\n') : escaped.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A table cell: one line, and its `|` escaped so it cannot add columns. */
export const markdownCell = (text: string): string => markdownText(text).replace(/\|/g, '\\|');
