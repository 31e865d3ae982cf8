import { useEffect, useId, useRef, type ReactNode } from 'react';

/** How many problems are listed; a file with thousands would make the list useless. */
export const MAX_PROBLEMS_SHOWN = 50;

/** Problems, one a line, already written as text ("team.json:12 patterns[2].summary: …"). */
export function ProblemList({ problems, label = 'Problems' }: { problems: readonly string[]; label?: string }) {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  return (
    <>
      <ul className="problem-list" aria-label={label}>
        {shown.map((p, i) => (
          <li key={i}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
      {problems.length > MAX_PROBLEMS_SHOWN && <p>…and {problems.length - MAX_PROBLEMS_SHOWN} more.</p>}
    </>
  );
}

export interface ProblemDialogProps {
  /** The dialog's heading and accessible name ("Could not load team.json"). */
  title: string;
  /** What it means for the person ("Nothing was changed: …"). */
  summary: ReactNode;
  problems: readonly string[];
  /** Close button, Escape: the caller stops rendering the dialog. */
  onClose: () => void;
}

/** A modal that says why something could not be read, lists the problems, and changes nothing. */
export function ProblemDialog({ title, summary, problems, onClose }: ProblemDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Opened as a modal once it is on the page (a new list of problems is a new dialog: its own key).
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      <p>{summary}</p>
      <ProblemList problems={problems} />
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
