import { useEffect, useRef } from 'react';
import { formatProblem } from '../../domain/model/problem';
import { useAppStore } from '../../store/store';
import { useOpenSnapshot } from './use-snapshot';

/** Says what opening a snapshot did, with undo; or lists why it could not be opened. */
export function SnapshotNotice() {
  const notice = useAppStore((s) => s.snapshotNotice);
  const { undoOpen } = useOpenSnapshot();
  const dismiss = useAppStore((s) => s.setSnapshotNotice);
  const dialog = useRef<HTMLDialogElement>(null);
  const failed = notice?.kind === 'failed';
  useEffect(() => {
    if (failed && dialog.current && !dialog.current.open) dialog.current.showModal?.();
  }, [failed]);
  if (!notice) return null;
  if (notice.kind === 'failed') {
    return (
      <dialog ref={dialog} className="dialog" aria-labelledby="snapshot-error-title" onClose={() => dismiss(null)}>
        <h2 id="snapshot-error-title">Could not open the snapshot from {notice.from}</h2>
        <p>Nothing was changed: your decision is as it was.</p>
        <ul className="problem-list" aria-label="Problems">
          {notice.problems.slice(0, 50).map((p, i) => (
            <li key={i}>
              <code>{formatProblem(p)}</code>
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" className="button primary" onClick={() => dismiss(null)} autoFocus>
            Close
          </button>
        </div>
      </dialog>
    );
  }
  return (
    <div className="toast" role="status">
      <span>
        Opened “{notice.title}” from {notice.from}.{notice.warnings.length ? ` ${notice.warnings.join(' ')}` : ''}
      </span>
      <button type="button" className="button ghost" onClick={() => void undoOpen()}>
        Undo
      </button>
      <button type="button" className="button ghost icon" onClick={() => dismiss(null)} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
