/**
 * A problem found in a document (dataset, snapshot, saved state), named by its field path and, when
 * the text is known, its line. Plain functions with no schema library, so views that only show
 * problems load no validation code.
 */
export interface DatasetProblem {
  /** Field path in the document, e.g. `patterns[3].quadrant.x`; empty for the whole file. */
  path: string;
  message: string;
  /** 1-based line in the file where the problem is, when it can be located. */
  line?: number;
  column?: number;
}

/** `['patterns', 3, 'quadrant', 'x']` → `patterns[3].quadrant.x` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][\w$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

/** One line per problem, as the UI and tests show it: `file.json:12 patterns[3].x: expected …`. */
export function formatProblem(problem: DatasetProblem, fileName?: string): string {
  const place = [fileName, problem.line !== undefined ? String(problem.line) : undefined].filter(Boolean).join(':');
  const field = problem.path ? `${problem.path}: ` : '';
  return `${place ? `${place} ` : ''}${field}${problem.message}`;
}
