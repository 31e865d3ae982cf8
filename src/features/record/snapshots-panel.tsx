import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { LibraryEntry } from '../../domain/snapshot/library';
import {
  duplicateInLibrary,
  openFromLibrary,
  removeFromLibrary,
  renameInLibrary,
  restoreToLibrary,
  saveToLibrary,
  supersedeWithCurrent,
} from '../../store/library-actions';
import { useAppStore, useAppStoreApi } from '../../store/store';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
/** The reader refuses dates that are not ISO date-times; should one get here anyway, it is shown as written, not thrown. */
const savedWhen = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : when.format(d);
};

function datasetName(entry: LibraryEntry): string {
  const d = entry.snapshot.dataset;
  return d.kind === 'builtin' ? 'built-in dataset' : `${d.dataset.title} (${d.fileName})`;
}

function EntryRow({ entry, onDeleted }: { entry: LibraryEntry; onDeleted: (removed: ReturnType<typeof removeFromLibrary>) => void }) {
  const store = useAppStoreApi();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(entry.name);
  const renameButton = useRef<HTMLButtonElement>(null);
  const inputId = useId();

  const finish = (save: boolean) => {
    if (save && name.trim()) renameInLibrary(store, entry.id, name);
    else setName(entry.name);
    setEditing(false);
    // Back to where the person was, so the keyboard does not lose its place.
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  return (
    <li className="library-entry">
      {editing ? (
        <form
          className="library-rename"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            finish(true);
          }}
        >
          <label htmlFor={inputId} className="visually-hidden">
            New name for “{entry.name}”
          </label>
          <input
            id={inputId}
            value={name}
            autoFocus
            onChange={(e) => setName(e.currentTarget.value)}
            onKeyDown={(e: KeyboardEvent) => e.key === 'Escape' && finish(false)}
          />
          <button type="submit" className="button small primary">
            Save name
          </button>
          <button type="button" className="button small ghost" onClick={() => finish(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="library-entry-text">
          <strong>{entry.name}</strong>
          <span className="small muted">
            {savedWhen(entry.snapshot.savedAt)} · {entry.snapshot.decision.status}
            {entry.snapshot.decision.supersededBy ? ` by “${entry.snapshot.decision.supersededBy}”` : ''} · {datasetName(entry)}
          </span>
        </div>
      )}
      {!editing && (
        <div className="library-entry-actions" role="group" aria-label={`Saved snapshot “${entry.name}”`}>
          <button
            type="button"
            className="button small"
            aria-label={`Open “${entry.name}”`}
            onClick={() => void openFromLibrary(store, entry.id)}
          >
            Open
          </button>
          <button
            ref={renameButton}
            type="button"
            className="button small ghost"
            aria-label={`Rename “${entry.name}”`}
            onClick={() => setEditing(true)}
          >
            Rename
          </button>
          <button
            type="button"
            className="button small ghost"
            aria-label={`Duplicate “${entry.name}”`}
            onClick={() => duplicateInLibrary(store, entry.id)}
          >
            Duplicate
          </button>
          {entry.snapshot.decision.status === 'accepted' && (
            <button
              type="button"
              className="button small ghost"
              aria-label={`Supersede “${entry.name}” with the decision in use`}
              title="Save the decision in use and mark this one as superseded by it"
              onClick={() => void supersedeWithCurrent(store, entry.id)}
            >
              Supersede
            </button>
          )}
          <button
            type="button"
            className="button small ghost"
            aria-label={`Delete “${entry.name}”`}
            onClick={() => onDeleted(removeFromLibrary(store, entry.id))}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

/** Named snapshots of the decision, kept in this browser: save, open, rename, duplicate, delete. */
export function SnapshotsPanel() {
  const store = useAppStoreApi();
  const entries = useAppStore((s) => s.library.entries);
  const title = useAppStore((s) => s.record.title);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<ReturnType<typeof removeFromLibrary>>(null);
  // The row (or the Undo button) that had the focus goes away: keep the keyboard where the person is.
  const undoButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusSoon = (el: { current: HTMLElement | null }) => requestAnimationFrame(() => el.current?.focus());

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const entry = await saveToLibrary(store, name.trim() || title);
      setDeleted(null);
      setMessage(`Saved “${entry.name}”.`);
      setName('');
    } catch (error) {
      setMessage(`Could not save the snapshot: ${error instanceof Error ? error.message : String(error)}. Download it as a file instead.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="library-title">
      <h2 id="library-title" ref={heading} tabIndex={-1}>
        Saved snapshots
      </h2>
      <p className="small muted">
        Your work is saved in this browser as you go. Save a snapshot to keep this version of the decision by name.
      </p>
      <form className="library-save" onSubmit={save}>
        <label className="field">
          <span>Snapshot name</span>
          <input value={name} placeholder={title} onChange={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save snapshot'}
        </button>
      </form>
      <div className="library-status" role="status">
        {deleted ? (
          <>
            <span>Deleted “{deleted.entry.name}”.</span>
            <button
              ref={undoButton}
              type="button"
              className="button small"
              onClick={() => {
                restoreToLibrary(store, deleted);
                setMessage(`Restored “${deleted.entry.name}”.`);
                setDeleted(null);
                focusSoon(heading);
              }}
            >
              Undo delete
            </button>
          </>
        ) : (
          message && <span>{message}</span>
        )}
      </div>
      {entries.length === 0 ? (
        <p className="empty-inline">No saved snapshots yet.</p>
      ) : (
        <ul className="library-list" aria-label="Saved snapshots">
          {entries.map((entry) => (
            <EntryRow
              key={entry.id}
              entry={entry}
              onDeleted={(removed) => {
                setDeleted(removed);
                setMessage(null);
                focusSoon(undoButton);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
