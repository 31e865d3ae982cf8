/**
 * Checking a dataset against the schema, with every problem named by its field path. Reading the
 * text of a file (JSON syntax errors, lines) is in parse-dataset-text.ts, loaded only when a file
 * is opened. Never throws; the caller keeps its current dataset on failure.
 */
import type { z } from 'zod';
import { DatasetSchema, type Dataset } from './dataset';
import { formatPath, type DatasetProblem } from './problem';

export type { DatasetProblem };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: DatasetProblem[] };

export type PathSegment = string | number;

/** Where a field path is in the file's text, when the value came from a file. */
export type Locator = (path: PathSegment[]) => { line: number; column: number } | undefined;

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = (issue as { received?: string }).received;
      if (issue.message.startsWith('Invalid input')) {
        return `expected ${issue.expected}${received ? `, got ${received}` : ''}`;
      }
      return issue.message;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    default:
      return issue.message;
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(root: unknown, path: PathSegment[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PathSegment, unknown>)[seg];
  }
  return cur;
}

/** Validate an already-parsed value (e.g. from a snapshot) against the dataset schema. */
export function validateDataset(value: unknown, locate?: Locator): ParseResult<Dataset> {
  const input =
    value && typeof value === 'object' && !Array.isArray(value) && '$schema' in value
      ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== '$schema'))
      : value;
  const result = DatasetSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue): DatasetProblem => {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    let message = describeIssue(issue);
    if (issue.code === 'invalid_type') {
      const actual = valueAt(input, path);
      message = `expected ${issue.expected}, got ${actual === undefined ? 'nothing (the field is missing)' : typeName(actual)}`;
    }
    const where = locate?.(path);
    return { path: formatPath(path), message, ...where };
  });
  return { ok: false, problems };
}
