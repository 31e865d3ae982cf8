import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Overflow {
  /** Columns hidden to the left (scrolled sideways). */
  left: boolean;
  /** Columns hidden to the right: a visible cue says so until the user scrolls to the end. */
  right: boolean;
}

/**
 * Which sides of a scroll container hide content, kept current on scroll and resize (the DOM's
 * scroll position is an outside system, hence an effect). A cell reached by Tab is scrolled out from
 * under the sticky first column and the cue at the right edge: the browser only makes sure it is in
 * the scrollport, where both can still cover it.
 */
function useOverflow(ref: React.RefObject<HTMLDivElement | null>, stickyFirstColumn: boolean): Overflow {
  const [overflow, setOverflow] = useState<Overflow>({ left: false, right: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const left = el.scrollLeft > 1;
      const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setOverflow((o) => (o.left === left && o.right === right ? o : { left, right }));
    };
    const reveal = (e: FocusEvent) => {
      const target = e.target as HTMLElement;
      if (target === el) return;
      const box = target.getBoundingClientRect();
      const view = el.getBoundingClientRect();
      const sticky = stickyFirstColumn ? (el.querySelector<HTMLElement>('tr > :first-child')?.offsetWidth ?? 0) : 0;
      if (target.closest('tr > :first-child')) return;
      const cue = el.parentElement?.querySelector<HTMLElement>('.scroll-cue')?.offsetWidth ?? 0;
      const leftEdge = view.left + el.clientLeft + sticky;
      const rightEdge = view.left + el.clientLeft + el.clientWidth - cue;
      if (box.left < leftEdge) el.scrollLeft -= Math.ceil(leftEdge - box.left);
      else if (box.right > rightEdge) el.scrollLeft += Math.ceil(Math.min(box.right - rightEdge, box.left - leftEdge));
    };
    read();
    el.addEventListener('scroll', read, { passive: true });
    el.addEventListener('focusin', reveal);
    const observer = new ResizeObserver(read);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', read);
      el.removeEventListener('focusin', reveal);
      observer.disconnect();
    };
  }, [ref, stickyFirstColumn]);
  return overflow;
}

/**
 * A horizontally scrollable table container that keyboard users can focus and scroll (arrow keys),
 * named for screen readers. While columns are hidden to the right, a shadow and an arrow at the right
 * edge say so; they go once scrolled to the end. `stickyFirstColumn` keeps each row's name in view.
 */
export function TableScroll({
  label,
  children,
  stickyFirstColumn = false,
}: {
  label: string;
  children: ReactNode;
  stickyFirstColumn?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const overflow = useOverflow(ref, stickyFirstColumn);
  const frame = ['table-scroll-frame', overflow.left && 'more-left', overflow.right && 'more-right'].filter(Boolean).join(' ');
  return (
    <div className={frame}>
      <div
        ref={ref}
        className={stickyFirstColumn ? 'table-scroll sticky-first' : 'table-scroll'}
        role="region"
        aria-label={label}
        tabIndex={0}
      >
        {children}
      </div>
      {overflow.right && (
        <span className="scroll-cue" aria-hidden="true" data-testid="scroll-cue">
          <span className="scroll-cue-arrow">→</span>
        </span>
      )}
    </div>
  );
}
