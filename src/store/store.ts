/**
 * The application store, made per instance by `createAppStore`: nothing runs when this module is
 * imported. `main.tsx` makes the app's store; each test makes its own.
 *
 * What is kept where. The decision (domain/decision: weights, context, overrides, positions, axes,
 * graph edits, where the team is and goes, the record) is one table of keys; every row below it is
 * derived from that table, so a key added there is saved, exported, reset and undone with no edit here.
 * | state                                   | saved in this browser                  | in an export | undo | session only |
 * |-----------------------------------------|----------------------------------------|--------------|------|--------------|
 * | the decision (DECISION_KEYS)            | yes, under STORAGE_KEY                 | yes          | yes  |              |
 * | custom (a loaded dataset)               | yes, under STORAGE_KEY:dataset         | yes          | yes  |              |
 * | library (named snapshots)               | yes, under STORAGE_KEY:snapshots       | each entry   |      |              |
 * | presentation (the slide shown)         | no; shared with this browser's windows |              |      | yes          |
 * | notices, toast, compareIds, selectedOption, storage problems, memo |       |              |      | yes          |
 *
 * Autosave goes through a storage that never throws (lib/local-storage): a burst of changes is
 * written once, a moment after the last, and at once when the page is hidden. When the browser will
 * not save, the app keeps working from memory and says so; saved data that no longer reads is set
 * aside under `<key>:unreadable`, never silently dropped. The reader of saved data (with the schema
 * library) loads only when there is saved data: `ready` resolves when it has been read.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import { temporal, type TemporalState } from 'zundo';
import type { DecisionState } from '../domain/decision/decision-state';
import { initialDecision, isoDay, pickDecision, sameDecision } from '../domain/decision/initial';
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import type { Dataset } from '../domain/model/dataset';
import { createSafeStorage, type SafeStorage } from '../lib/local-storage';
import { backupKey, readBackupKey } from './backups';
import { createCompareSlice, type CompareSlice } from './compare-slice';
import { createDatasetSlice, type DatasetSlice } from './dataset-slice';
import { createDecisionSlice, type DecisionSlice } from './decision-slice';
import { createGraphSlice, type GraphSlice } from './graph-slice';
import { createGroupSlice, type GroupSlice } from './group-slice';
import { createCoalescer } from './history';
import { createHistorySlice, type HistorySlice } from './history-slice';
import { createLibrarySlice, type LibrarySlice } from './library-slice';
import { createMemo, type Memo } from './memo';
import { createPresentationSlice, type PresentationSlice } from './presentation-slice';
import { createQuadrantSlice, type QuadrantSlice } from './quadrant-slice';
import { createRecordSlice, type RecordSlice } from './record-slice';
import type { SliceContext } from './slice-context';
import { createSnapshotSlice, type SnapshotSlice } from './snapshot-slice';
import { createStorageSlice, type StorageSlice } from './storage-slice';

export type AppState = DecisionState &
  DatasetSlice &
  CompareSlice &
  DecisionSlice &
  QuadrantSlice &
  GraphSlice &
  GroupSlice &
  RecordSlice &
  SnapshotSlice &
  LibrarySlice &
  StorageSlice &
  HistorySlice &
  PresentationSlice & {
    /** Caches of derived data, one per store (selectors compute; nothing derived is stored). */
    memo: Memo;
  };

export const STORAGE_KEY = 'architecture-workbench';
export const LIBRARY_KEY = `${STORAGE_KEY}:snapshots`;
export const DATASET_KEY = `${STORAGE_KEY}:dataset`;
/** The version of the autosaved working state (zustand persist's `version`; checked in saved-state.ts). */
export const SAVED_STATE_VERSION = 1;

/** What the history holds: the decision and the dataset it is about. */
type Tracked = DecisionState & Pick<AppState, 'custom'>;
const tracked = (s: AppState): Tracked => ({ ...pickDecision(s), custom: s.custom });

export interface AppStoreOptions {
  /** The browser storage to save in (default: localStorage; tests pass their own). */
  backend?: () => Storage;
  /** Where `pagehide`, `visibilitychange` and `storage` events come from (default: window). */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  /** The clock: the record's date and the grouping of a gesture into one undo step. */
  now?: () => number;
  /** How long after the last change the autosave writes (ms). */
  autosaveDelayMs?: number;
}

export type AppStore = StoreApi<AppState> & {
  temporal: StoreApi<TemporalState<Tracked>>;
  persist: { rehydrate: () => Promise<void> | void; hasHydrated: () => boolean };
  /** Resolves when what this browser saved has been read (at once when nothing was). Render after it. */
  ready: Promise<void>;
  /** Writes the autosave now. */
  flush: () => void;
  /** Stops listening to the window and saves nothing more (tests; a store that is thrown away). */
  dispose: () => void;
};

const savedStateReader = () => import('./saved-state');
type SavedStateModule = Awaited<ReturnType<typeof savedStateReader>>;

export function createAppStore(options: AppStoreOptions = {}): AppStore {
  const events = options.events === undefined ? (typeof window === 'undefined' ? null : window) : options.events;
  const now = options.now ?? Date.now;
  const coalescer = createCoalescer({ now });
  /** Kinds of storage problem already reported: each is said once (a report would otherwise autosave and fail again). */
  const reported = new Set<string>();
  /** True while saved state is being read: nothing is autosaved then, or the defaults would be written over it. */
  let hydrating = true;
  /** A store thrown away (dispose) saves nothing more. */
  let disposed = false;
  // Set once the store exists; problems found while it is being made are reported a moment later.
  let store: AppStore | null = null;
  const report = (problem: Parameters<AppState['reportStorageProblem']>[0]) =>
    queueMicrotask(() => store?.getState().reportStorageProblem(problem));

  const safeStorage: SafeStorage = createSafeStorage({
    getBackend: options.backend,
    delayMs: options.autosaveDelayMs,
    events,
    onProblem: (p) => {
      if (reported.has(p.kind)) return;
      reported.add(p.kind);
      report({ kind: p.kind, message: p.message });
    },
  });

  /** Backups of unreadable data this browser holds (this visit's and earlier ones'). */
  const backupsHeld = () =>
    safeStorage
      .keys()
      .map((key) => readBackupKey(key, STORAGE_KEY))
      .filter((b) => b !== null);

  /**
   * Sets saved text that did not (wholly) read aside under a key of its own, one per incident: the
   * same text read again (a reload before the next save) is the same incident and its backup.
   */
  const setAside = (key: string, raw: string, parts: string[]) => {
    const same = backupsHeld().find((b) => b.from === key && safeStorage.read(b.key) === raw);
    if (same) return report({ kind: 'unreadable', backups: [{ ...same, parts }] });
    const at = new Date(now()).toISOString();
    const held = new Set(safeStorage.keys());
    const aside = backupKey(key, at, (k) => held.has(k));
    safeStorage.write(aside, raw);
    report({ kind: 'unreadable', backups: [{ key: aside, from: key, at, parts }] });
  };

  /** Reads a saved key with one of saved-state.ts's readers, sets unreadable text aside, applies the rest. */
  let readSomething = false;
  const loadKey = <T>(
    key: string,
    read: (m: SavedStateModule, text: string) => { value: T; unreadable: string[] },
    apply: (value: T) => void,
  ): Promise<void> => {
    const text = safeStorage.read(key);
    if (text === null) return Promise.resolve();
    readSomething = true;
    return savedStateReader().then(
      (m) => {
        const r = read(m, text);
        if (r.unreadable.length) setAside(key, text, r.unreadable);
        apply(r.value);
      },
      () => setAside(key, text, ['saved data (the app could not load its reader; reload to try again)']),
    );
  };

  const persistStorage: PersistStorage<DecisionState> = {
    getItem: (name) => {
      const text = safeStorage.read(name);
      if (text === null) return null;
      readSomething = true;
      return savedStateReader().then(
        ({ readSavedState }) => {
          const read = readSavedState(text);
          if (read.unreadable.length) setAside(name, text, read.unreadable);
          return read.value as { state: DecisionState; version: number } | null;
        },
        () => {
          setAside(name, text, ['the saved decision (the app could not load its reader; reload to try again)']);
          return null;
        },
      );
    },
    setItem: (name, value) => {
      if (!hydrating && !disposed) safeStorage.writeSoon(name, () => JSON.stringify(value));
    },
    removeItem: (name) => safeStorage.remove(name),
  };

  const ctx: SliceContext = {
    now,
    track: coalescer.track,
    undo: () => {
      coalescer.reset();
      store?.temporal.getState().undo();
    },
    redo: () => {
      coalescer.reset();
      store?.temporal.getState().redo();
    },
  };

  const made = createStore<AppState>()(
    persist(
      temporal(
        (set, get, api) => ({
          ...initialDecision(isoDay(now())),
          ...createDatasetSlice(set, get, api),
          ...createCompareSlice(set, get, api),
          ...createDecisionSlice(ctx)(set, get, api),
          ...createQuadrantSlice(ctx)(set, get, api),
          ...createGraphSlice(ctx)(set, get, api),
          ...createGroupSlice(ctx)(set, get, api),
          ...createRecordSlice(ctx)(set, get, api),
          ...createSnapshotSlice(set, get, api),
          ...createLibrarySlice(set, get, api),
          ...createStorageSlice(safeStorage)(set, get, api),
          ...createHistorySlice(ctx)(set, get, api),
          ...createPresentationSlice(set, get, api),
          memo: createMemo(),
        }),
        {
          partialize: tracked,
          equality: (a, b) => a.custom === b.custom && sameDecision(a, b),
          handleSet: (handleSet) => coalescer.wrap(handleSet),
          limit: 200,
        },
      ),
      {
        name: STORAGE_KEY,
        version: SAVED_STATE_VERSION,
        storage: persistStorage,
        onRehydrateStorage: () => {
          hydrating = true;
          return () => {
            hydrating = false;
          };
        },
        partialize: (s): DecisionState => pickDecision(s),
        // Every part was checked when read (saved-state.ts); older saves may still carry the dataset.
        merge: (saved, current) => ({ ...current, ...(saved as Partial<DecisionState> & Pick<AppState, 'custom'>) }),
      },
    ),
  ) as unknown as AppStore;
  store = made;

  const hydrated = new Promise<void>((resolve) => {
    if (made.persist.hasHydrated()) return resolve();
    const stop = (made.persist as unknown as { onFinishHydration: (f: () => void) => () => void }).onFinishHydration(() => {
      stop();
      resolve();
    });
  });

  /** The dataset last read from or written to DATASET_KEY, so reading it back does not write it again. */
  let storedCustom: AppState['custom'] = null;
  const ready = Promise.all([
    hydrated,
    loadKey(
      DATASET_KEY,
      (m, t) => m.readSavedDataset(t),
      (custom) => {
        storedCustom = custom;
        if (custom) made.setState({ custom });
      },
    ),
    loadKey(
      LIBRARY_KEY,
      (m, t) => m.readSavedLibrary(t),
      (library) => made.setState({ library }),
    ),
  ]).then(() => {
    // What was read is where the history starts: Undo never goes back to the defaults before it.
    if (readSomething) made.temporal.getState().clear();
    // Backups kept from earlier visits are listed until the person removes them.
    const earlier = backupsHeld();
    if (earlier.length) report({ kind: 'unreadable', backups: earlier.map((b) => ({ ...b, parts: [] })) });
  });

  // Another tab saved, renamed or deleted a named snapshot: take its list, so that this tab's next
  // change is made to it rather than writing an older list over it.
  const onStorage = (e: Event) => {
    const { key, newValue } = e as StorageEvent;
    if (key !== LIBRARY_KEY || newValue === null) return;
    void loadKey(
      LIBRARY_KEY,
      (m, t) => m.readSavedLibrary(t),
      (library) => made.setState({ library }),
    );
  };
  events?.addEventListener('storage', onStorage);

  const unsubscribe = made.subscribe((s, prev) => {
    // The loaded dataset and the named snapshots are written when they change (rarely), not with the
    // autosave: a slider step does not re-serialize a large dataset.
    if (s.library !== prev.library) safeStorage.write(LIBRARY_KEY, JSON.stringify(s.library));
    if (s.custom !== prev.custom && s.custom !== storedCustom) {
      storedCustom = s.custom;
      if (s.custom) safeStorage.write(DATASET_KEY, JSON.stringify(s.custom));
      else safeStorage.remove(DATASET_KEY);
    }
    // A toast's Undo speaks of the last change: once another change is made, the toast goes.
    if (s.toast && s.toast === prev.toast && (s.custom !== prev.custom || !sameDecision(s, prev))) {
      made.setState({ toast: null });
    }
  });

  return Object.assign(made, {
    ready,
    flush: () => safeStorage.flush(),
    dispose: () => {
      disposed = true;
      unsubscribe();
      events?.removeEventListener('storage', onStorage);
      safeStorage.discard();
    },
  });
}

const StoreContext = createContext<AppStore | null>(null);

/** Gives the components below it their store. */
export function AppStoreProvider({ store, children }: { store: AppStore; children?: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

/** The store itself, for event handlers that read the state of the moment (not for rendering). */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore: no <AppStoreProvider> above this component');
  return store;
}

/** The store, or null where no provider is above (the root error page may be reached without one). */
export function useAppStoreApiIfAny(): AppStore | null {
  return useContext(StoreContext);
}

/** Selects from the store of the nearest provider; re-renders when the selected value changes. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** The dataset in use: the loaded one, or the built-in one. */
export function selectDataset(s: Pick<AppState, 'custom'>): Dataset {
  return s.custom?.dataset ?? BUILTIN_DATASET;
}

export const useDataset = (): Dataset => useAppStore(selectDataset);

/** Whether Undo and Redo have something to do. */
export function useHistoryState(): { canUndo: boolean; canRedo: boolean } {
  const store = useAppStoreApi();
  const canUndo = useStore(store.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (t) => t.futureStates.length > 0);
  return { canUndo, canRedo };
}
