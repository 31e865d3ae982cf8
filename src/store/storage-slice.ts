import type { StateCreator } from 'zustand';
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
      /** What could not be read, e.g. `weights: expected a number`. */
      parts: string[];
      /** The stored text as found, set aside under `backupKey` (and kept here for download). */
      raw: string;
      backupKey: string;
    };

export type StorageProblemKind = StorageProblem['kind'];

export interface StorageSlice {
  storageProblems: Partial<Record<StorageProblemKind, StorageProblem>>;
  dismissedStorageProblems: StorageProblemKind[];
  reportStorageProblem: (problem: StorageProblem) => void;
  dismissStorageProblem: (kind: StorageProblemKind) => void;
}

export const createStorageSlice: StateCreator<AppState, [], [], StorageSlice> = (set) => ({
  storageProblems: {},
  dismissedStorageProblems: [],
  reportStorageProblem: (problem) =>
    set((s) => {
      if (s.dismissedStorageProblems.includes(problem.kind)) return s;
      const known = s.storageProblems[problem.kind];
      if (problem.kind === 'unreadable' && known?.kind === 'unreadable') {
        return { storageProblems: { ...s.storageProblems, unreadable: { ...problem, parts: [...known.parts, ...problem.parts] } } };
      }
      if (known) return s;
      return { storageProblems: { ...s.storageProblems, [problem.kind]: problem } };
    }),
  dismissStorageProblem: (kind) =>
    set((s) => {
      const storageProblems = { ...s.storageProblems };
      delete storageProblems[kind];
      return { storageProblems, dismissedStorageProblems: [...s.dismissedStorageProblems, kind] };
    }),
});
