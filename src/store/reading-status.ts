/**
 * The input being read now (a big file, pasted text or link), for the page to say so and offer
 * Cancel. Held beside the app's store, one per store (tests make their own); never saved or undone.
 * Light on purpose: the layout shows it on every route, while the readers load with the first input.
 */
import { createStore, type StoreApi, useStore } from 'zustand';
import type { ReadProgress } from '../lib/read-input/read-off-thread';
import type { AppStore } from './store';

export interface Reading extends Omit<ReadProgress, 'phase'> {
  /** `opening`: read and checked, now being put in place on the main thread (the page may pause). */
  phase: ReadProgress['phase'] | 'opening';
  /** What is read, as the person knows it: a file's name, "pasted text", "the shared link". */
  name: string;
  cancel: () => void;
}

interface ReadingState {
  reading: Reading | null;
}

const holders = new WeakMap<AppStore, StoreApi<ReadingState>>();

export function readingHolder(store: AppStore): StoreApi<ReadingState> {
  let holder = holders.get(store);
  if (!holder) {
    holder = createStore<ReadingState>(() => ({ reading: null }));
    holders.set(store, holder);
  }
  return holder;
}

/** The input being read now, when it is big enough to be said (a small one reads at once). */
export const useReading = (store: AppStore): Reading | null => useStore(readingHolder(store), (s) => s.reading);
