/**
 * Reading a dataset file: text → JSON → schema, with every problem named by where it is
 * (file, field path, line). Kept apart from parse-dataset.ts because it needs a JSON parser that
 * knows positions (jsonc-parser): it loads when a person opens a file, not with the first route.
 */
import {
  findNodeAtLocation,
  parse as parseJsonc,
  parseTree,
  printParseErrorCode,
  type Node as JsonNode,
  type ParseError,
} from 'jsonc-parser';
import { DATASET_FILE_LIMIT, overLimit } from '../limits';
import type { Dataset } from './dataset';
import { validateDataset, type ParseResult, type PathSegment } from './parse-dataset';

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

/** Parse the text of a dataset file. */
export function parseDatasetText(text: string): ParseResult<Dataset> {
  const tooLarge = overLimit(DATASET_FILE_LIMIT, text.length, 'characters');
  if (tooLarge) return { ok: false, problems: [{ path: '', message: tooLarge }] };
  if (text.trim() === '') {
    return { ok: false, problems: [{ path: '', message: 'the file is empty' }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // JSON.parse's message rarely says where; jsonc-parser (strict settings) gives the offset.
    const errors: ParseError[] = [];
    // jsonc-parser reads nested values recursively: very deep nesting overflows its stack, and then
    // the problem is named without its line.
    try {
      parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
    } catch {
      errors.length = 0;
    }
    const first = errors[0];
    if (first) {
      const reason = printParseErrorCode(first.error)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
      return {
        ok: false,
        problems: [{ path: '', message: `not valid JSON: ${reason}`, ...lineAndColumn(text, first.offset) }],
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${message}` }] };
  }
  let tree: JsonNode | undefined;
  try {
    tree = parseTree(text);
  } catch {
    tree = undefined; // too deep for jsonc-parser (see above): problems are named without lines
  }
  return validateDataset(json, (path) => {
    const node = locate(tree, path);
    return node ? lineAndColumn(text, node.offset) : undefined;
  });
}
