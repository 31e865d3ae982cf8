/** Blocks of pasted text: a bare diagram, or the ```mermaid fences of a Markdown text. */
import type { MermaidProblem } from './problem';

export interface Block {
  /** 1-based line of the block's first line in the pasted text. */
  start: number;
  lines: string[];
}

/**
 * The diagrams of the text: its ```mermaid blocks when it has any (`fenced`), else the whole text
 * as one block. A ```mermaid block left open is a problem.
 */
export function findBlocks(text: string): { blocks: Block[]; fenced: boolean; problems: MermaidProblem[] } {
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
export function headerIndex(lines: string[]): number {
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
