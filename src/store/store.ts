/**
 * The one application store, made of typed slices.
 *
 * What is kept where (implemented by `partialize` below):
 * | state       | saved in this browser | in an export | session only |
 * |-------------|-----------------------|--------------|--------------|
 * | custom      | yes, under STORAGE_KEY:dataset (written when it changes) | yes | |
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
 * reads is set aside under `<key>:unreadable`, never silently dropped. Reading saved data (with
 * its schema checks, in saved-state.ts) is loaded only when there is saved data: `storeReady`
 * resolves when it is read, at once on a first visit.
 */
import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
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
import { emptyLibrary } from '../domain/snapshot/library';
import { temporal } from 'zundo';
import { SOURCE_AXES } from '../domain/quadrant/positions';
import { DEFAULT_CONTEXT } from '../domain/scoring/decision';
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
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
export const DATASET_KEY = `${STORAGE_KEY}:dataset`;

/** Kinds of storage problem already reported: each is said once (a report is a state change, and a
 * state change is an autosave that would fail and report again). */
const reported = new Set<string>();

// Problems found while the store is being created are reported once it exists.
const safeStorage = createSafeStorage({
  onProblem: (p) => {
    if (reported.has(p.kind)) return;
    reported.add(p.kind);
    queueMicrotask(() => useAppStore.getState().reportStorageProblem({ kind: p.kind, message: p.message }));
  },
});

/**
 * True while saved state is being read. Nothing is autosaved then: a change made before the saved
 * state arrives (the named snapshots or the dataset read from their keys, a notice) would otherwise
 * write the defaults over what was saved.
 */
let hydrating = true;

/** Keeps text that could not be read under `<key>:unreadable` and reports what it was. */
function setAside(key: string, raw: string, parts: string[]): void {
  const backupKey = `${key}:unreadable`;
  safeStorage.write(backupKey, raw);
  queueMicrotask(() => useAppStore.getState().reportStorageProblem({ kind: 'unreadable', parts, raw, backupKey }));
}

/** The parts of the working state that are autosaved under STORAGE_KEY. */
export type Persisted = Pick<
  AppState,
  'weights' | 'context' | 'overrides' | 'positions' | 'axes' | 'graphEdits' | 'migrationCurrent' | 'migrationTarget' | 'record'
>;

const savedState = () => import('./saved-state');

/**
 * Autosave: JSON through the safe storage, written a moment after the last change. Reading is
 * asynchronous only when something was saved (the checks load then); a first visit hydrates at once.
 */
const persistStorage: PersistStorage<Persisted> = {
  getItem: (name) => {
    const text = safeStorage.read(name);
    if (text === null) return null;
    return savedState().then(
      ({ readSavedState }) => {
        const read = readSavedState(text);
        if (read.unreadable.length) setAside(name, text, read.unreadable);
        return read.value as { state: Persisted; version: number } | null;
      },
      () => {
        setAside(name, text, ['the saved decision (the app could not load its reader; reload to try again)']);
        return null;
      },
    );
  },
  setItem: (name, value) => {
    if (!hydrating) safeStorage.writeSoon(name, () => JSON.stringify(value));
  },
  removeItem: (name) => safeStorage.remove(name),
};

/** The dataset last read from or written to DATASET_KEY, so reading it back does not write it again. */
let storedCustom: AppState['custom'] = null;

/** Reads a saved key with one of saved-state.ts's readers, sets unreadable text aside, applies the rest. */
function loadKey<T>(key: string, read: (m: typeof import('./saved-state'), text: string) => { value: T; unreadable: string[] }, apply: (value: T) => void): Promise<void> {
  const text = safeStorage.read(key);
  if (text === null) return Promise.resolve();
  return savedState().then(
    (m) => {
      const r = read(m, text);
      if (r.unreadable.length) setAside(key, text, r.unreadable);
      apply(r.value);
    },
    () => setAside(key, text, ['saved data (the app could not load its reader; reload to try again)']),
  );
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
        ...createLibrarySlice(...a),
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
      version: 1, // SAVED_STATE_VERSION in saved-state.ts (not imported here: it loads only with saved data)
      storage: persistStorage,
      onRehydrateStorage: () => {
        hydrating = true;
        return () => {
          hydrating = false;
        };
      },
      partialize: (s): Persisted => ({
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
      // Every part was checked when read (saved-state.ts); older saves may still carry the dataset.
      merge: (persisted, current) => ({ ...current, ...(persisted as Partial<Persisted> & Pick<AppState, 'custom'>) }),
    },
  ),
);

/** The dataset in use: the loaded one, or the built-in one. */
export function selectDataset(s: AppState): Dataset {
  return s.custom?.dataset ?? BUILTIN_DATASET;
}

export const useDataset = (): Dataset => useAppStore(selectDataset);

const hydrated = new Promise<void>((resolve) => {
  if (useAppStore.persist.hasHydrated()) return resolve();
  const stop = useAppStore.persist.onFinishHydration(() => {
    stop();
    resolve();
  });
});

/** Resolves when what this browser saved has been read (at once when nothing was). Render after it. */
export const storeReady: Promise<void> = Promise.all([
  hydrated,
  loadKey(DATASET_KEY, (m, t) => m.readSavedDataset(t), (custom) => {
    storedCustom = custom;
    if (custom) useAppStore.setState({ custom });
  }),
  loadKey(LIBRARY_KEY, (m, t) => m.readSavedLibrary(t), (library) => useAppStore.setState({ library })),
]).then(() => undefined);

// Another tab saved, renamed or deleted a named snapshot: take its list, so that this tab's next
// change is made to it rather than writing an older list over it.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== LIBRARY_KEY || e.newValue === null) return;
    void loadKey(LIBRARY_KEY, (m, t) => m.readSavedLibrary(t), (library) => useAppStore.setState({ library }));
  });
}

// The loaded dataset and the named snapshots are written when they change (rarely, by an explicit
// action), not with the autosave: a slider step does not re-serialize a large dataset.
useAppStore.subscribe((s, prev) => {
  if (s.library !== prev.library) safeStorage.write(LIBRARY_KEY, JSON.stringify(s.library));
  if (s.custom !== prev.custom && s.custom !== storedCustom) {
    storedCustom = s.custom;
    if (s.custom) safeStorage.write(DATASET_KEY, JSON.stringify(s.custom));
    else safeStorage.remove(DATASET_KEY);
  }
});

/** Writes the autosave now (tests; and before something that must not lose the last change). */
export const flushStorage = (): void => safeStorage.flush();

/** Back to the initial state, for tests. */
export function resetStore(): void {
  useAppStore.setState({ custom: null, datasetNotice: null, compareIds: [], weights: {}, context: DEFAULT_CONTEXT, overrides: {}, positions: {}, axes: SOURCE_AXES, selectedOption: null, graphEdits: {}, migrationCurrent: null, migrationTarget: null, record: initialRecord(), snapshotNotice: null, library: emptyLibrary(), storageProblems: {}, dismissedStorageProblems: [] });
  safeStorage.discard();
  reported.clear();
  useAppStore.temporal.getState().clear();
}
