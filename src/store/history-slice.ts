import type { Slice } from './slice-context';

/** A short message after a destructive change, with Undo while nothing else has changed since. */
export interface Toast {
  message: string;
  /** Offer Undo: the change the toast reports is the last step of the history. */
  undo: boolean;
}

export interface HistorySlice {
  toast: Toast | null;

  /** Undo / redo the last change of the decision (every kind of edit shares one history). */
  undo: () => void;
  redo: () => void;
  showToast: (toast: Toast) => void;
  dismissToast: () => void;
}

export const createHistorySlice: Slice<HistorySlice> = (ctx) => (set) => ({
  toast: null,
  undo: () => {
    ctx.undo();
    set({ toast: null });
  },
  redo: () => {
    ctx.redo();
    set({ toast: null });
  },
  showToast: (toast) => set({ toast }),
  dismissToast: () => set({ toast: null }),
});
