import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';

export interface ToastAction {
  /** The button's text, e.g. "Undo". */
  label: string;
  onAction: () => void;
}

export interface ToastProps {
  /** What just happened ("Reset the weights."). */
  message: ReactNode;
  /** One optional action, e.g. Undo. */
  action?: ToastAction;
  /** Called by the dismiss button, Escape, or the optional timer; the caller stops rendering the toast. */
  onDismiss: () => void;
  /** The dismiss button's accessible name. */
  dismissLabel?: string;
  /**
   * Dismiss by itself after this many milliseconds; the time starts again after the pointer or the
   * keyboard focus leaves the toast. Omitted (the default): the toast stays until dismissed or replaced.
   * To replace a toast, render it with a new `key`.
   */
  autoDismissMs?: number;
}

/**
 * A short notice at the foot of the window, announced politely by screen readers, with an optional
 * action (Undo) and a dismiss button. Escape dismisses it while the keyboard is in it (a page-wide
 * Escape would also close dialogs and cancel edits, and silently take the undo away).
 */
export function Toast({ message, action, onDismiss, dismissLabel = 'Dismiss', autoDismissMs }: ToastProps) {
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  /** Where the keyboard came from, to go back there when the toast is dismissed from the keyboard. */
  const cameFrom = useRef<HTMLElement | null>(null);
  const latestDismiss = useRef(onDismiss);
  useEffect(() => {
    latestDismiss.current = onDismiss;
  });

  const paused = focused || hovered;
  useEffect(() => {
    if (autoDismissMs === undefined || paused) return;
    const timer = setTimeout(() => latestDismiss.current(), autoDismissMs);
    return () => clearTimeout(timer);
  }, [autoDismissMs, paused]);

  const dismiss = () => {
    const back = cameFrom.current;
    if (back?.isConnected && root.current?.contains(document.activeElement)) back.focus();
    onDismiss();
  };
  const onFocus = (e: FocusEvent) => {
    setFocused(true);
    const from = e.relatedTarget;
    if (from instanceof HTMLElement && !root.current?.contains(from)) cameFrom.current = from;
  };
  const onBlur = (e: FocusEvent) => {
    if (!root.current?.contains(e.relatedTarget as Node | null)) setFocused(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    dismiss();
  };

  return (
    <div
      ref={root}
      className="toast"
      role="status"
      aria-live="polite"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <span>{message}</span>
      {action && (
        <button type="button" className="button ghost" onClick={action.onAction}>
          {action.label}
        </button>
      )}
      <button type="button" className="button ghost icon" onClick={dismiss} aria-label={dismissLabel}>
        ×
      </button>
    </div>
  );
}
