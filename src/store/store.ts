/**
 * The one application store, made of typed slices.
 *
 * What is kept where (implemented by `partialize` below):
 * | state       | saved in this browser | in an export | session only |
 * |-------------|-----------------------|--------------|--------------|
 * | custom      | yes                   | (issue 6)    |              |
 * | compareIds  |                       |              | yes          |
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createCompareSlice, type CompareSlice } from './compare-slice';
import { createDatasetSlice, type DatasetSlice } from './dataset-slice';
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import { validateDataset } from '../domain/model/parse-dataset';
import type { Dataset } from '../domain/model/dataset';

export type AppState = DatasetSlice & CompareSlice;

export const STORAGE_KEY = 'architecture-workbench';

type Persisted = Pick<AppState, 'custom'>;

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createDatasetSlice(...a),
      ...createCompareSlice(...a),
    }),
    {
      name: STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s): Persisted => ({ custom: s.custom }),
      // Saved state is input like any other: a custom dataset that no longer validates is dropped
      // (the built-in one is used) rather than crashing the app.
      merge: (persisted, current) => {
        const saved = persisted as Partial<Persisted> | undefined;
        const custom = saved?.custom;
        if (!custom) return current;
        const check = validateDataset(custom.dataset);
        return check.ok ? { ...current, custom: { fileName: custom.fileName, dataset: check.value } } : current;
      },
    },
  ),
);

/** The dataset in use: the loaded one, or the built-in one. */
export function selectDataset(s: AppState): Dataset {
  return s.custom?.dataset ?? BUILTIN_DATASET;
}

export const useDataset = (): Dataset => useAppStore(selectDataset);

/** Back to the initial state, for tests. */
export function resetStore(): void {
  useAppStore.setState({ custom: null, datasetNotice: null, compareIds: [] });
}
