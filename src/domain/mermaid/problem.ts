/** A located problem of pasted Mermaid, and how a piece of the text is quoted in one. */

/** Something the importer cannot read or use, at a 1-based line of the pasted text. */
export interface MermaidProblem {
  line: number;
  message: string;
}

export const problemText = (p: MermaidProblem): string => `line ${p.line}: ${p.message}`;

/** A piece of the pasted text as a problem quotes it (cut after 60 characters). */
export const show = (s: string) => `\`${s.length > 60 ? `${s.slice(0, 57)}…` : s}\``;
