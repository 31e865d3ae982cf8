import { type RefObject, useLayoutEffect } from 'react';
import { largestFitting } from './fit';

/** The most a slide's text grows to fill the screen: 1.6 × the base (33 px at 1280×720, 49 px at 1920×1080). */
export const MAX_FIT = 1.6;

/**
 * A slide with room to spare fills it: the body's text (everything on it is sized in em) grows, by
 * the CSS variable --fit, to the largest size at which nothing overflows the body, up to MAX_FIT.
 * Fitted again when the slide changes or the screen is resized. When the content changes while it
 * is shown (a weight moved, a new leader), the size stays, so nothing jumps in front of the room,
 * unless the content no longer fits: then it shrinks until it does. Never below the base size: a
 * slide that does not fit at its base is left as it was.
 */
export function useSlideFit(body: RefObject<HTMLElement | null>, slide: string, enabled: boolean): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: fitted afresh for each slide on purpose (its content is new)
  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    if (!enabled) {
      el.style.removeProperty('--fit');
      return;
    }
    let fit = 1;
    const fitsAt = (scale: number) => {
      el.style.setProperty('--fit', String(scale));
      return el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth;
    };
    const refit = (from: number, to: number) => {
      fit = largestFitting(fitsAt, from, to);
      el.style.setProperty('--fit', String(fit));
    };
    refit(1, MAX_FIT);
    let size = { width: el.clientWidth, height: el.clientHeight };
    // The body's own box changes with the screen; its children's boxes when what the slide shows
    // changes (a child that replaces another is watched from the next change on).
    const watched = new Set<Element>();
    const watch = () => {
      for (const child of el.children) {
        if (watched.has(child)) continue;
        watched.add(child);
        observer.observe(child);
      }
    };
    const observer = new ResizeObserver(() => {
      const now = { width: el.clientWidth, height: el.clientHeight };
      if (now.width !== size.width || now.height !== size.height) {
        // The screen changed (a resize, full screen): fit afresh.
        size = now;
        refit(1, MAX_FIT);
      } else if (!fitsAt(fit)) refit(1, fit);
      watch();
    });
    observer.observe(el);
    watch();
    return () => observer.disconnect();
  }, [body, slide, enabled]);
}
