import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** What every slice gets from the store that made it: its clock and the history's gesture tracking. */
export interface SliceContext {
  now: () => number;
  /** Runs a `set` as a change of `key`: a burst of changes of one key is one undo step. */
  track: (key: string, change: () => void) => void;
  /** The store's history (zundo's temporal store), reached through the store that made the slice. */
  undo: () => void;
  redo: () => void;
}

export type Slice<T> = (ctx: SliceContext) => StateCreator<AppState, [], [], T>;
