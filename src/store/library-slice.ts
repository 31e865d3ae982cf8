import type { StateCreator } from 'zustand';
import { emptyLibrary, type Library } from '../domain/snapshot/library';
import type { AppState } from './store';

export interface LibrarySlice {
  /** Named snapshots kept in this browser (stored under a key of their own, see store.ts). */
  library: Library;
  setLibrary: (library: Library) => void;
}

export const createLibrarySlice =
  (initial: () => Library = emptyLibrary): StateCreator<AppState, [], [], LibrarySlice> =>
  (set) => ({
    library: initial(),
    setLibrary: (library) => set({ library }),
  });
