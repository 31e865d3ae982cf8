import { useEffect, useRef } from 'react';
import { formatProblem } from '../../domain/model/problem';
import { selectDataset, useAppStore } from '../../store/store';

const MAX_SHOWN = 50;

/** The result of the last dataset action: a confirmation with undo, or the list of problems. */
export function DatasetNotice() {
  const notice = useAppStore((s) => s.datasetNotice);
  const inUse = useAppStore(selectDataset);
  const undo = useAppStore((s) => s.undoDatasetChange);
  const dismiss = useAppStore((s) => s.dismissDatasetNotice);
  const dialog = useRef<HTMLDialogElement>(null);

  const failed = notice?.kind === 'failed';
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (failed && !d.open) d.showModal?.();
  }, [failed]);

  if (!notice) return null;

  if (notice.kind === 'failed') {
    const shown = notice.problems.slice(0, MAX_SHOWN);
    return (
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby="load-error-title"
        onClose={dismiss}
        onCancel={dismiss}
      >
        <h2 id="load-error-title">Could not load {notice.fileName}</h2>
        <p>
          {notice.problems.length === 1 ? 'One problem' : `${notice.problems.length} problems`} found. Nothing was
          changed: you are still using “{inUse.title}”.
        </p>
        <ul className="problem-list" aria-label="Problems">
          {shown.map((p, i) => (
            <li key={i}>
              <code>{formatProblem(p, notice.fileName)}</code>
            </li>
          ))}
        </ul>
        {notice.problems.length > MAX_SHOWN && <p>…and {notice.problems.length - MAX_SHOWN} more.</p>}
        <div className="dialog-actions">
          <button type="button" className="button primary" onClick={dismiss} autoFocus>
            Close
          </button>
        </div>
      </dialog>
    );
  }

  const text =
    notice.kind === 'loaded'
      ? `Loaded “${notice.title}” from ${notice.fileName} (${notice.patternCount} patterns).`
      : 'Back to the built-in dataset.';
  return (
    <div className="toast" role="status">
      <span>{text}</span>
      <button type="button" className="button ghost" onClick={undo}>
        Undo
      </button>
      <button type="button" className="button ghost icon" onClick={dismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
