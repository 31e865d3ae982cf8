import type { StateCreator } from 'zustand';
import type { DatasetProblem } from '../domain/model/problem';
import type { Snapshot } from '../domain/snapshot/snapshot';
import type { AppState } from './store';

export type SnapshotNotice =
  | {
      kind: 'opened';
      title: string;
      from: string;
      warnings: string[];
      /** The decision in use before, and every dataset's graph edits (a snapshot holds only its own). */
      previous: Snapshot;
      previousGraphEdits: AppState['graphEdits'];
    }
  | { kind: 'failed'; from: string; problems: DatasetProblem[] };

export interface SnapshotSlice {
  /** What the last snapshot import did (session only). */
  snapshotNotice: SnapshotNotice | null;
  setSnapshotNotice: (notice: SnapshotNotice | null) => void;
}

export const createSnapshotSlice: StateCreator<AppState, [], [], SnapshotSlice> = (set) => ({
  snapshotNotice: null,
  setSnapshotNotice: (notice) => set({ snapshotNotice: notice }),
});
