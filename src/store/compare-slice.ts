import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export const MAX_COMPARE = 4;

export interface CompareSlice {
  /** Pattern ids picked in the catalog for side-by-side comparison (session only). */
  compareIds: string[];
  toggleCompare: (id: string) => void;
  setCompare: (ids: string[]) => void;
  clearCompare: () => void;
}

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set) => ({
  compareIds: [],
  toggleCompare: (id) =>
    set((s) => {
      if (s.compareIds.includes(id)) return { compareIds: s.compareIds.filter((x) => x !== id) };
      if (s.compareIds.length >= MAX_COMPARE) return s;
      return { compareIds: [...s.compareIds, id] };
    }),
  setCompare: (ids) => set({ compareIds: [...new Set(ids)].slice(0, MAX_COMPARE) }),
  clearCompare: () => set({ compareIds: [] }),
});
