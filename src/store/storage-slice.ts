import type { StateCreator } from 'zustand';
import { mergeBackups, type Backup } from './backups';
import type { AppState } from './store';

/**
 * What went wrong with saving in this browser (session only). Each kind is shown until dismissed;
 * a dismissed kind is not shown again this session (a full storage would otherwise say so on every change).
 */
export type StorageProblem =
  | { kind: 'unavailable'; message: string }
  | { kind: 'full'; message: string }
  | {
      kind: 'unreadable';
      /** Saved data that did not read, each set aside under a key of its own, newest first. */
      backups: Backup[];
    };

export type StorageProblemKind = StorageProblem['kind'];

export interface StorageSlice {
  storageProblems: Partial<Record<StorageProblemKind, StorageProblem>>;
  dismissedStorageProblems: StorageProblemKind[];
  reportStorageProblem: (problem: StorageProblem) => void;
  dismissStorageProblem: (kind: StorageProblemKind) => void;
  /** The text a backup holds, as it was found (null when it is gone). */
  backupText: (key: string) => string | null;
  /** Deletes a backup of unreadable data from this browser, and from the list. */
  removeBackup: (key: string) => void;
}

/** `storage` reads and deletes keys of the browser's storage (the store's safe storage). */
export const createStorageSlice =
  (storage: { read: (key: string) => string | null; remove: (key: string) => void }): StateCreator<AppState, [], [], StorageSlice> =>
  (set) => ({
    storageProblems: {},
    dismissedStorageProblems: [],
    reportStorageProblem: (problem) =>
      set((s) => {
        if (s.dismissedStorageProblems.includes(problem.kind)) return s;
        const known = s.storageProblems[problem.kind];
        if (problem.kind === 'unreadable' && known?.kind === 'unreadable') {
          return {
            storageProblems: {
              ...s.storageProblems,
              unreadable: { kind: 'unreadable', backups: mergeBackups(known.backups, problem.backups) },
            },
          };
        }
        if (known) return s;
        const added = problem.kind === 'unreadable' ? { ...problem, backups: mergeBackups([], problem.backups) } : problem;
        return { storageProblems: { ...s.storageProblems, [problem.kind]: added } };
      }),
    dismissStorageProblem: (kind) =>
      set((s) => {
        const storageProblems = { ...s.storageProblems };
        delete storageProblems[kind];
        return { storageProblems, dismissedStorageProblems: [...s.dismissedStorageProblems, kind] };
      }),
    backupText: (key) => storage.read(key),
    removeBackup: (key) => {
      storage.remove(key);
      set((s) => {
        const known = s.storageProblems.unreadable;
        if (known?.kind !== 'unreadable') return s;
        const backups = known.backups.filter((b) => b.key !== key);
        const storageProblems = { ...s.storageProblems };
        if (backups.length) storageProblems.unreadable = { kind: 'unreadable', backups };
        else delete storageProblems.unreadable;
        return { storageProblems };
      });
    },
  });
