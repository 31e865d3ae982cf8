/** Writing and reading snapshot files. */
import { overLimit, SNAPSHOT_LIMIT } from '../limits';
import { formatPath, type DatasetProblem } from '../model/problem';
import type { Dataset } from '../model/dataset';
import { migrateSnapshot } from './migrations';
import { SNAPSHOT_TYPE, SNAPSHOT_VERSION, SnapshotSchema, type Snapshot } from './snapshot';

export type SnapshotResult = { ok: true; snapshot: Snapshot } | { ok: false; problems: DatasetProblem[] };

/** Stable JSON: two-space indent and a final newline, so export → import → export gives the same file. */
export function serializeSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/** Reads a snapshot from any value: checks type, migrates older versions, validates. Never throws. */
export function readSnapshot(value: unknown): SnapshotResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '', message: 'expected a snapshot object' }] };
  }
  const doc = value as Record<string, unknown>;
  if (doc.type !== SNAPSHOT_TYPE) {
    const hint = doc.type === 'architecture-workbench/dataset' ? ' (this is a dataset: load it with “Load dataset…”)' : '';
    return { ok: false, problems: [{ path: 'type', message: `expected "${SNAPSHOT_TYPE}"${hint}` }] };
  }
  const migrated = migrateSnapshot(doc);
  if (!migrated.ok) return { ok: false, problems: [{ path: 'version', message: migrated.message }] };
  const result = SnapshotSchema.safeParse(migrated.doc);
  if (result.success) return { ok: true, snapshot: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => ({
      path: formatPath(i.path.filter((p): p is string | number => typeof p !== 'symbol')),
      message: i.message,
    })),
  };
}

export function parseSnapshotText(text: string): SnapshotResult {
  const tooLarge = overLimit(SNAPSHOT_LIMIT, text.length, 'characters');
  if (tooLarge) return { ok: false, problems: [{ path: '', message: tooLarge }] };
  if (text.trim() === '') return { ok: false, problems: [{ path: '', message: 'the file is empty' }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  return readSnapshot(json);
}

/**
 * SHA-256 of the dataset's canonical JSON, hex: identifies the built-in dataset's exact content.
 * Empty where the browser has no Web Crypto digest (a page served over plain HTTP): no hash, no check.
 */
export async function datasetHash(dataset: Dataset): Promise<string> {
  if (!globalThis.crypto?.subtle) return '';
  const bytes = new TextEncoder().encode(JSON.stringify(dataset));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export { SNAPSHOT_VERSION };
