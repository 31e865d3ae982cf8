/**
 * Reading what this browser saved: saved state is input like any other, so every part is checked
 * before it is used. Loaded only when there is saved text to read (it brings the schema library),
 * so a first visit does not pay for it.
 */
import { z } from 'zod';
import { validateDataset } from '../domain/model/parse-dataset';
import { formatProblem } from '../domain/model/problem';
import { emptyLibrary, type Library } from '../domain/snapshot/library';
import { readLibrary } from '../domain/snapshot/read-library';
import { DecisionRecordSchema } from '../domain/snapshot/snapshot';
import type { LoadedDataset } from './dataset-slice';
import type { Persisted } from './store';

/** The version of the autosaved working state (zustand persist's `version`). */
export const SAVED_STATE_VERSION = 1;

const Position = z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) });
const NodeId = z.string().nullable();
/** As the graph slice saves it; unknown fields are dropped rather than failing the whole graph. */
const SavedGraph = z.object({
  nodes: z.array(
    z.object({ id: z.string(), label: z.string(), patternId: z.string().nullable(), position: z.object({ x: z.number(), y: z.number() }).optional() }),
  ),
  edges: z.array(
    z.object({
      id: z.string(),
      from: z.string(),
      to: z.string(),
      label: z.string().nullable(),
      steps: z.array(z.string()),
      effort: z.number().min(0),
      origin: z.enum(['source', 'ours']),
    }),
  ),
});

/** Each saved part, its check, and how to name it when it no longer reads. */
const SAVED_PARTS: { key: keyof Persisted; schema: z.ZodType; label: string }[] = [
  { key: 'weights', schema: z.record(z.string(), z.number().min(0).max(10)), label: 'weights' },
  {
    key: 'context',
    schema: z.object({
      teamSize: z.number().positive(),
      languages: z.array(z.enum(['php', 'go'])),
      answers: z.record(z.string().regex(/^\d+$/), z.string()),
    }),
    label: 'team context',
  },
  { key: 'overrides', schema: z.record(z.string(), z.record(z.string(), z.string())), label: 'rating overrides' },
  { key: 'positions', schema: z.record(z.string(), Position), label: 'quadrant positions' },
  { key: 'axes', schema: z.object({ x: z.string().min(1), y: z.string().min(1) }), label: 'quadrant axes' },
  { key: 'graphEdits', schema: z.record(z.string(), SavedGraph), label: 'migration graph edits' },
  { key: 'migrationCurrent', schema: NodeId, label: 'where you are (migration)' },
  { key: 'migrationTarget', schema: NodeId, label: 'migration target' },
  { key: 'record', schema: DecisionRecordSchema, label: 'decision record' },
];

export interface SavedRead<T> {
  value: T;
  /** What could not be read, named for the person; the caller sets the text aside. */
  unreadable: string[];
}

function checkDataset(saved: unknown): SavedRead<LoadedDataset | null> {
  const loaded = z.object({ fileName: z.string(), dataset: z.unknown() }).safeParse(saved);
  if (!loaded.success) return { value: null, unreadable: ['your dataset (not a saved dataset)'] };
  const check = validateDataset(loaded.data.dataset);
  if (check.ok) return { value: { fileName: loaded.data.fileName, dataset: check.value }, unreadable: [] };
  const problems = check.problems.slice(0, 3).map((p) => formatProblem(p)).join('; ');
  return { value: null, unreadable: [`your dataset (${loaded.data.fileName}): ${problems}`] };
}

/**
 * The autosaved working state (zustand's `{ state, version }`), keeping each part that still has the
 * right shape. Older saves held the loaded dataset here too; it is read and moves to its own key.
 */
export function readSavedState(text: string): SavedRead<{ state: Partial<Persisted> & { custom?: LoadedDataset }; version: number } | null> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { value: null, unreadable: ['the saved decision (not valid JSON)'] };
  }
  const envelope = z.object({ state: z.record(z.string(), z.unknown()), version: z.number().optional() }).safeParse(json);
  if (!envelope.success) return { value: null, unreadable: ['the saved decision (not a saved state)'] };
  // The working state has had one shape so far (version 1); another version is set aside, not guessed at.
  if (envelope.data.version !== SAVED_STATE_VERSION) {
    return { value: null, unreadable: [`the saved decision (saved by another version of the app: v${envelope.data.version ?? '?'})`] };
  }
  const saved = envelope.data.state;
  const state: Record<string, unknown> = {};
  const unreadable: string[] = [];
  for (const { key, schema, label } of SAVED_PARTS) {
    if (saved[key] === undefined) continue;
    const read = schema.safeParse(saved[key]);
    if (read.success) state[key] = read.data;
    else unreadable.push(label);
  }
  if (saved.custom) {
    const custom = checkDataset(saved.custom);
    if (custom.value) state.custom = custom.value;
    unreadable.push(...custom.unreadable);
  }
  return { value: { state: state as Partial<Persisted> & { custom?: LoadedDataset }, version: SAVED_STATE_VERSION }, unreadable };
}

/** The loaded dataset, saved under its own key. */
export function readSavedDataset(text: string): SavedRead<LoadedDataset | null> {
  try {
    return checkDataset(JSON.parse(text));
  } catch {
    return { value: null, unreadable: ['your dataset (not valid JSON)'] };
  }
}

/** The named snapshots; entries that no longer read are named, the others kept. */
export function readSavedLibrary(text: string): SavedRead<Library> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { value: emptyLibrary(), unreadable: ['saved snapshots (not valid JSON)'] };
  }
  const read = readLibrary(json);
  if (!read.ok) return { value: emptyLibrary(), unreadable: read.problems.map((p) => `saved snapshots: ${formatProblem(p)}`) };
  return { value: read.library, unreadable: read.dropped.map((p) => `saved snapshot ${formatProblem(p)}`) };
}
