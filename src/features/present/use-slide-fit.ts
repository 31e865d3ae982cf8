import { type RefObject, useLayoutEffect } from 'react';
import { largestFitting } from './fit';

/** The most a slide's text grows to fill the screen: 1.6 × the base (33 px at 1280×720, 49 px at 1920×1080). */
export const MAX_FIT = 1.6;

/**
 * A slide with room to spare fills it: the body's text (everything on it is sized in em) grows, by
 * the CSS variable --fit, to the largest size at which nothing overflows the body, up to MAX_FIT.
 * Fitted afresh when the slide changes or the screen is resized. While a slide is shown its size
 * never grows, so moving weights does not make the text pulse; when what it shows grows (a longer
 * sentence, a longer path) and no longer fits, it shrinks as far as it must, before the frame is
 * drawn. Never below the base size: a slide that does not fit at its base is left as it was.
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
    // The screen: the body's own box follows the window (a resize, full screen), never the text in
    // it, so setting --fit here cannot resize what is observed.
    let size = { width: el.clientWidth, height: el.clientHeight };
    const resized = new ResizeObserver(() => {
      const now = { width: el.clientWidth, height: el.clientHeight };
      if (now.width === size.width && now.height === size.height) return;
      size = now;
      refit(1, MAX_FIT);
    });
    resized.observe(el);
    // What the slide shows: a text, an element or a class changed (React's commit). Checked in the
    // microtask after the commit, before the frame is drawn, so overflowing text is never seen.
    const changed = new MutationObserver(() => {
      if (!fitsAt(fit)) refit(1, fit);
    });
    changed.observe(el, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] });
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, [body, slide, enabled]);
}
