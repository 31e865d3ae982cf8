/**
 * The one application store, made of typed slices.
 *
 * What is kept where (implemented by `partialize` below):
 * | state       | saved in this browser | in an export | session only |
 * |-------------|-----------------------|--------------|--------------|
 * | custom      | yes                   | yes    |              |
 * | weights     | yes                   | yes    |              |
 * | context     | yes                   | yes    |              |
 * | overrides   | yes                   | yes    |              |
 * | positions, axes | yes               | yes    |              |
 * | graphEdits, migrationCurrent, migrationTarget | yes | yes |   |
 * | record (title, status, date, participants, rationale) | yes | yes |  |
 * | undo history of graphEdits (zundo) |  |              | yes          |
 * | datasetNotice, snapshotNotice, compareIds, selectedOption | | | yes |
 * | storageProblems (saving failed, saved data unreadable) |   |  | yes |
 * | library (named snapshots) | yes, under STORAGE_KEY:snapshots | each entry is a snapshot | |
 *
 * The working state is autosaved through `safeStorage`: a burst of changes is written once, a moment
 * after the last (and at once when the page is hidden or unloads). When the browser will not save
 * (full, private mode) the app keeps working from memory and says so; saved data that no longer
 * reads is set aside under `<key>:unreadable`, never silently dropped.
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { createCompareSlice, type CompareSlice } from './compare-slice';
import { createDatasetSlice, type DatasetSlice } from './dataset-slice';
import { createDecisionSlice, type DecisionSlice } from './decision-slice';
import { createQuadrantSlice, type QuadrantSlice } from './quadrant-slice';
import { createGraphSlice, type GraphSlice } from './graph-slice';
import { createRecordSlice, initialRecord, type RecordSlice } from './record-slice';
import { createSnapshotSlice, type SnapshotSlice } from './snapshot-slice';
import { createLibrarySlice, type LibrarySlice } from './library-slice';
import { createStorageSlice, type StorageSlice } from './storage-slice';
import { createSafeStorage } from '../lib/local-storage';
import { emptyLibrary, readLibrary, type Library } from '../domain/snapshot/library';
import { formatProblem } from '../domain/model/parse-dataset';
import { DecisionRecordSchema } from '../domain/snapshot/snapshot';
import { temporal } from 'zundo';
import { SOURCE_AXES } from '../domain/quadrant/positions';
import { z } from 'zod';
import { DEFAULT_CONTEXT } from '../domain/scoring/decision';
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import { validateDataset } from '../domain/model/parse-dataset';
import type { Dataset } from '../domain/model/dataset';

export type AppState = DatasetSlice &
  CompareSlice &
  DecisionSlice &
  QuadrantSlice &
  GraphSlice &
  RecordSlice &
  SnapshotSlice &
  LibrarySlice &
  StorageSlice;

export const STORAGE_KEY = 'architecture-workbench';
export const LIBRARY_KEY = `${STORAGE_KEY}:snapshots`;

// Problems found while the store is being created are reported once it exists.
const safeStorage = createSafeStorage({
  onProblem: (p) => queueMicrotask(() => useAppStore.getState().reportStorageProblem({ kind: p.kind, message: p.message })),
});

/** Keeps text that could not be read under `<key>:unreadable` and reports what it was. */
function setAside(key: string, raw: string, parts: string[]): void {
  const backupKey = `${key}:unreadable`;
  safeStorage.write(backupKey, raw);
  queueMicrotask(() => useAppStore.getState().reportStorageProblem({ kind: 'unreadable', parts, raw, backupKey }));
}

/** Autosave: JSON through the safe storage, written a moment after the last change. */
const persistStorage: PersistStorage<Persisted> = {
  getItem: (name) => {
    const text = safeStorage.read(name);
    if (text === null) return null;
    try {
      // Only the envelope is taken on trust; `merge` checks every part before it is used.
      return JSON.parse(text) as StorageValue<Persisted>;
    } catch {
      setAside(name, text, ['the saved decision (not valid JSON)']);
      return null;
    }
  },
  setItem: (name, value) => safeStorage.writeSoon(name, () => JSON.stringify(value)),
  removeItem: (name) => safeStorage.remove(name),
};

function loadLibrary(): Library {
  const text = safeStorage.read(LIBRARY_KEY);
  if (text === null) return emptyLibrary();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    setAside(LIBRARY_KEY, text, ['saved snapshots (not valid JSON)']);
    return emptyLibrary();
  }
  const read = readLibrary(json);
  if (!read.ok) {
    setAside(LIBRARY_KEY, text, read.problems.map((p) => `saved snapshots: ${formatProblem(p)}`));
    return emptyLibrary();
  }
  if (read.dropped.length) setAside(LIBRARY_KEY, text, read.dropped.map((p) => `saved snapshot ${formatProblem(p)}`));
  return read.library;
}

type Persisted = Pick<
  AppState,
  'custom' | 'weights' | 'context' | 'overrides' | 'positions' | 'axes' | 'graphEdits' | 'migrationCurrent' | 'migrationTarget' | 'record'
>;

/** Saved decision state, each part kept only where it still has the right shape (saved state is input too). */
const SavedDecision = {
  weights: z.record(z.string(), z.number().min(0).max(10)),
  context: z.object({
    teamSize: z.number().positive(),
    languages: z.array(z.enum(['php', 'go'])),
    answers: z.record(z.string().regex(/^\d+$/), z.string()),
  }),
  overrides: z.record(z.string(), z.record(z.string(), z.string())),
  positions: z.record(z.string(), z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) })),
  axes: z.object({ x: z.string().min(1), y: z.string().min(1) }),
  graphEdits: z.record(
    z.string(),
    z.object({
      nodes: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          patternId: z.string().nullable(),
          position: z.object({ x: z.number(), y: z.number() }).optional(),
        }),
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
    }),
  ),
  nodeId: z.string().nullable(),
};

/** Each saved part, its check, and how to name it when it no longer reads. */
const SAVED_PARTS: { key: Exclude<keyof Persisted, 'custom'>; schema: z.ZodType; label: string }[] = [
  { key: 'weights', schema: SavedDecision.weights, label: 'weights' },
  { key: 'context', schema: SavedDecision.context, label: 'team context' },
  { key: 'overrides', schema: SavedDecision.overrides, label: 'rating overrides' },
  { key: 'positions', schema: SavedDecision.positions, label: 'quadrant positions' },
  { key: 'axes', schema: SavedDecision.axes, label: 'quadrant axes' },
  { key: 'graphEdits', schema: SavedDecision.graphEdits, label: 'migration graph edits' },
  { key: 'migrationCurrent', schema: SavedDecision.nodeId, label: 'where you are (migration)' },
  { key: 'migrationTarget', schema: SavedDecision.nodeId, label: 'migration target' },
  { key: 'record', schema: DecisionRecordSchema, label: 'decision record' },
];

/** The saved parts that still have the right shape, and the names of those that do not. */
function pickDecision(saved: Partial<Persisted>): { out: Partial<Persisted>; unreadable: string[] } {
  const out: Record<string, unknown> = {};
  const unreadable: string[] = [];
  for (const { key, schema, label } of SAVED_PARTS) {
    if (saved[key] === undefined) continue;
    const read = schema.safeParse(saved[key]);
    if (read.success) out[key] = read.data;
    else unreadable.push(label);
  }
  return { out: out as Partial<Persisted>, unreadable };
}

export const useAppStore = create<AppState>()(
  persist(
    // Undo/redo covers the migration graph edits only; other changes (sliders…) leave no history entry.
    temporal(
      (...a) => ({
        ...createDatasetSlice(...a),
        ...createCompareSlice(...a),
        ...createDecisionSlice(...a),
        ...createQuadrantSlice(...a),
        ...createGraphSlice(...a),
        ...createRecordSlice(...a),
        ...createSnapshotSlice(...a),
        ...createLibrarySlice(loadLibrary)(...a),
        ...createStorageSlice(...a),
      }),
      {
        partialize: (s) => ({ graphEdits: s.graphEdits }),
        equality: (past, current) => past.graphEdits === current.graphEdits,
        limit: 100,
      },
    ),
    {
      name: STORAGE_KEY,
      version: 1,
      storage: persistStorage,
      partialize: (s): Persisted => ({
        custom: s.custom,
        weights: s.weights,
        context: s.context,
        overrides: s.overrides,
        positions: s.positions,
        axes: s.axes,
        graphEdits: s.graphEdits,
        migrationCurrent: s.migrationCurrent,
        migrationTarget: s.migrationTarget,
        record: s.record,
      }),
      // Saved state is input like any other: a custom dataset that no longer validates is dropped
      // (the built-in one is used) rather than crashing the app.
      // Parts that no longer read are left at their defaults, and the saved text is set aside and reported.
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as Partial<Persisted>;
        const { out, unreadable } = pickDecision(saved);
        let next: AppState = { ...current, ...out };
        const custom = saved.custom;
        if (custom) {
          const check = validateDataset(custom.dataset);
          if (check.ok) next = { ...next, custom: { fileName: custom.fileName, dataset: check.value } };
          else unreadable.push(`your dataset${typeof custom.fileName === 'string' ? ` (${custom.fileName})` : ''}: ${check.problems.slice(0, 3).map((p) => formatProblem(p)).join('; ')}`);
        }
        if (unreadable.length) setAside(STORAGE_KEY, safeStorage.read(STORAGE_KEY) ?? JSON.stringify(persisted), unreadable);
        return next;
      },
    },
  ),
);

/** The dataset in use: the loaded one, or the built-in one. */
export function selectDataset(s: AppState): Dataset {
  return s.custom?.dataset ?? BUILTIN_DATASET;
}

export const useDataset = (): Dataset => useAppStore(selectDataset);

// Named snapshots are written when they change (rarely, by an explicit action), not with the autosave.
useAppStore.subscribe((s, prev) => {
  if (s.library !== prev.library) safeStorage.write(LIBRARY_KEY, JSON.stringify(s.library));
});

/** Writes the autosave now (tests; and before something that must not lose the last change). */
export const flushStorage = (): void => safeStorage.flush();

/** Back to the initial state, for tests. */
export function resetStore(): void {
  useAppStore.setState({ custom: null, datasetNotice: null, compareIds: [], weights: {}, context: DEFAULT_CONTEXT, overrides: {}, positions: {}, axes: SOURCE_AXES, selectedOption: null, graphEdits: {}, migrationCurrent: null, migrationTarget: null, record: initialRecord(), snapshotNotice: null, library: emptyLibrary(), storageProblems: {}, dismissedStorageProblems: [] });
  safeStorage.discard();
  useAppStore.temporal.getState().clear();
}
