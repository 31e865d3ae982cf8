/**
 * Reading a dataset file: text → JSON → schema, with every problem named by where it is
 * (file, field path, line). Never throws; the caller keeps its current dataset on failure.
 */
import {
  findNodeAtLocation,
  parse as parseJsonc,
  parseTree,
  printParseErrorCode,
  type Node as JsonNode,
  type ParseError,
} from 'jsonc-parser';
import type { z } from 'zod';
import { DatasetSchema, type Dataset } from './dataset';

export interface DatasetProblem {
  /** Field path in the document, e.g. `patterns[3].quadrant.x`; empty for the whole file. */
  path: string;
  message: string;
  /** 1-based line in the file where the problem is, when it can be located. */
  line?: number;
  column?: number;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: DatasetProblem[] };

type PathSegment = string | number;

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

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The deepest node of `path` that exists in the document, so a missing field points at its parent. */
function locate(tree: JsonNode | undefined, path: PathSegment[]): JsonNode | undefined {
  if (!tree) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) {
      // For a property value, point at the property (its key is on the line people look at).
      return node.parent?.type === 'property' ? node.parent : node;
    }
  }
  return undefined;
}

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
export function validateDataset(value: unknown, text?: string): ParseResult<Dataset> {
  const input =
    value && typeof value === 'object' && !Array.isArray(value) && '$schema' in value
      ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== '$schema'))
      : value;
  const result = DatasetSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const tree = text === undefined ? undefined : parseTree(text);
  const problems = result.error.issues.map((issue): DatasetProblem => {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    let message = describeIssue(issue);
    if (issue.code === 'invalid_type') {
      const actual = valueAt(input, path);
      message = `expected ${issue.expected}, got ${actual === undefined ? 'nothing (the field is missing)' : typeName(actual)}`;
    }
    const node = locate(tree, path);
    const where = node && text !== undefined ? lineAndColumn(text, node.offset) : undefined;
    return { path: formatPath(path), message, ...where };
  });
  return { ok: false, problems };
}

/** Parse the text of a dataset file. */
export function parseDatasetText(text: string): ParseResult<Dataset> {
  if (text.trim() === '') {
    return { ok: false, problems: [{ path: '', message: 'the file is empty' }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // JSON.parse's message rarely says where; jsonc-parser (strict settings) gives the offset.
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (first) {
      const reason = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
      return {
        ok: false,
        problems: [{ path: '', message: `not valid JSON: ${reason}`, ...lineAndColumn(text, first.offset) }],
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${message}` }] };
  }
  return validateDataset(json, text);
}

/** One line per problem, as the UI and tests show it: `file.json:12 patterns[3].x: expected …`. */
export function formatProblem(problem: DatasetProblem, fileName?: string): string {
  const place = [fileName, problem.line !== undefined ? String(problem.line) : undefined].filter(Boolean).join(':');
  const field = problem.path ? `${problem.path}: ` : '';
  return `${place ? `${place} ` : ''}${field}${problem.message}`;
}
