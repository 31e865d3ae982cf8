import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface PresentationSlice {
  /**
   * What the presenter shows (session only, but shared with the other windows of this browser, so
   * the audience window follows the laptop's slide). Null when not presenting.
   */
  presentation: { slide: string } | null;
  showSlide: (slide: string | null) => void;
}

export const createPresentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (set) => ({
  presentation: null,
  showSlide: (slide) =>
    set((s) => {
      if ((s.presentation?.slide ?? null) === slide) return s;
      return { presentation: slide === null ? null : { slide } };
    }),
});
