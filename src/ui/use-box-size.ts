import { useLayoutEffect, useState, type RefObject } from 'react';

export interface BoxSize {
  width: number;
  height: number;
  /** The element's computed font size in CSS px (charts draw their text at it). */
  fontSize: number;
}

/**
 * The content-box size of an element, kept current with a ResizeObserver (an outside system, hence
 * an effect). A chart drawn at this size in CSS pixels needs no viewBox scaling, so its font sizes
 * are the sizes on screen.
 */
export function useBoxSize(ref: RefObject<Element | null>): BoxSize {
  const [size, setSize] = useState<BoxSize>({ width: 0, height: 0, fontSize: 16 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const r = el.getBoundingClientRect();
      const next = { width: Math.floor(r.width), height: Math.floor(r.height), fontSize: parseFloat(getComputedStyle(el).fontSize) || 16 };
      setSize((s) => (s.width === next.width && s.height === next.height && s.fontSize === next.fontSize ? s : next));
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
