import { type RefObject, useLayoutEffect } from 'react';

/**
 * recharts draws its layers (grid, quadrants, axes, our points) into <g> portals. React listens for
 * focus events on every portal container, and Chromium makes an SVG element with focus listeners a
 * tab stop: six unnamed stops on Forces before the first point. tabindex="-1" takes the layers out of
 * the tab order; the named points inside them stay reachable. recharts adds layers as it measures, so
 * the chart's DOM (an outside system) is watched rather than fixed once.
 */
export function useNoLayerTabStops(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const fix = () => {
      for (const g of root.querySelectorAll('g[class^="recharts-zIndex-layer"]:not([tabindex])')) g.setAttribute('tabindex', '-1');
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}
