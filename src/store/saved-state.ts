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
import { readDecision, type DecisionState } from '../domain/decision/decision-state';
import type { LoadedDataset } from './dataset-slice';
import { SAVED_STATE_VERSION } from './store';

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
  const problems = check.problems
    .slice(0, 3)
    .map((p) => formatProblem(p))
    .join('; ');
  return { value: null, unreadable: [`your dataset (${loaded.data.fileName}): ${problems}`] };
}

/**
 * The autosaved working state (zustand's `{ state, version }`), keeping each part that still has the
 * right shape. Older saves held the loaded dataset here too; it is read and moves to its own key.
 */
export function readSavedState(
  text: string,
): SavedRead<{ state: Partial<DecisionState> & { custom?: LoadedDataset }; version: number } | null> {
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
  const { value, unreadable } = readDecision(saved);
  const state: Partial<DecisionState> & { custom?: LoadedDataset } = value;
  if (saved.custom) {
    const custom = checkDataset(saved.custom);
    if (custom.value) state.custom = custom.value;
    unreadable.push(...custom.unreadable);
  }
  return { value: { state, version: SAVED_STATE_VERSION }, unreadable };
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
