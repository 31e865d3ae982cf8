import type { StateCreator } from 'zustand';
import { emptyLibrary, type Library } from '../domain/snapshot/library';
import type { AppState } from './store';

export interface LibrarySlice {
  /** Named snapshots kept in this browser (stored under a key of their own and read in store.ts). */
  library: Library;
  setLibrary: (library: Library) => void;
}

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set) => ({
  library: emptyLibrary(),
  setLibrary: (library) => set({ library }),
});
