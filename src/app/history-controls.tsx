import { useEffect } from 'react';
import { useAppStore, useHistoryState } from '../store/store';
import { Toast } from '../ui/toast';

/** Elements where Ctrl+Z belongs to the browser (the field's own text undo), not to the decision. */
export function isTextField(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el instanceof HTMLTextAreaElement) return true;
  if (!(el instanceof HTMLInputElement)) return false;
  return !['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file'].includes(el.type);
}

/**
 * Undo and Redo for every edit of the decision: the header's buttons, and Ctrl+Z / Ctrl+Shift+Z /
 * Ctrl+Y on every view (inside a text field those keys keep undoing the typing, as browsers do).
 */
export function HistoryControls() {
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const { canUndo, canRedo } = useHistoryState();

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented || isTextField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);

  return (
    <div className="history-controls" role="group" aria-label="History">
      <button
        type="button"
        className="button small ghost"
        onClick={undo}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z"
        title="Undo (Ctrl+Z)"
      >
        <span aria-hidden="true">↶ </span>
        <span className="history-label">Undo</span>
      </button>
      <button
        type="button"
        className="button small ghost"
        onClick={redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        title="Redo (Ctrl+Shift+Z)"
      >
        <span aria-hidden="true">↷ </span>
        <span className="history-label">Redo</span>
      </button>
    </div>
  );
}

/** The message after a destructive change, with Undo while that change is still the last one. */
export function HistoryToast() {
  const toast = useAppStore((s) => s.toast);
  const undo = useAppStore((s) => s.undo);
  const dismiss = useAppStore((s) => s.dismissToast);
  if (!toast) return null;
  return (
    <Toast
      key={toast.message}
      message={toast.message}
      action={toast.undo ? { label: 'Undo', onAction: undo } : undefined}
      onDismiss={dismiss}
    />
  );
}
