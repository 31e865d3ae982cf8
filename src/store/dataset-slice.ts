import type { StateCreator } from 'zustand';
import type { Dataset } from '../domain/model/dataset';
import type { DatasetProblem } from '../domain/model/problem';
import type { AppState } from './store';

export interface LoadedDataset {
  dataset: Dataset;
  /** The file it came from, as the person named it. */
  fileName: string;
}

/** What the last dataset action did, shown to the person until dismissed (session only). */
export type DatasetNotice =
  | { kind: 'loaded'; fileName: string; title: string; patternCount: number; previous: LoadedDataset | null }
  | { kind: 'builtin'; previous: LoadedDataset | null }
  | { kind: 'failed'; fileName: string; problems: DatasetProblem[] };

export interface DatasetSlice {
  /** A dataset the person loaded; null means the built-in dataset is in use. */
  custom: LoadedDataset | null;
  datasetNotice: DatasetNotice | null;
  loadCustomDataset: (loaded: LoadedDataset) => void;
  /** A file that did not validate: the dataset in use stays exactly as it was. */
  rejectDataset: (fileName: string, problems: DatasetProblem[]) => void;
  useBuiltinDataset: () => void;
  /** Return to the dataset in use before the last load or reset. */
  undoDatasetChange: () => void;
  dismissDatasetNotice: () => void;
}

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set) => ({
  custom: null,
  datasetNotice: null,
  loadCustomDataset: (loaded) =>
    set((s) => ({
      custom: loaded,
      datasetNotice: {
        kind: 'loaded',
        fileName: loaded.fileName,
        title: loaded.dataset.title,
        patternCount: loaded.dataset.patterns.length,
        previous: s.custom,
      },
    })),
  rejectDataset: (fileName, problems) => set({ datasetNotice: { kind: 'failed', fileName, problems } }),
  useBuiltinDataset: () => set((s) => (s.custom ? { custom: null, datasetNotice: { kind: 'builtin', previous: s.custom } } : s)),
  undoDatasetChange: () =>
    set((s) => {
      const n = s.datasetNotice;
      if (!n || n.kind === 'failed') return s;
      return { custom: n.previous, datasetNotice: null };
    }),
  dismissDatasetNotice: () => set({ datasetNotice: null }),
});
