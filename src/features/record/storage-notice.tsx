import { downloadText } from '../../lib/download-file';
import type { Backup } from '../../store/backups';
import { DATASET_KEY, LIBRARY_KEY, STORAGE_KEY, useAppStore, useAppStoreApi } from '../../store/store';
import type { StorageProblem } from '../../store/storage-slice';

const WHAT: Record<string, string> = { [STORAGE_KEY]: 'Saved decision', [LIBRARY_KEY]: 'Saved snapshots', [DATASET_KEY]: 'Your dataset' };
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** “Saved decision, set aside 2 Dec 2026, 07:10”: what a backup holds and when it was made. */
export function backupName(b: Backup): string {
  const what = WHAT[b.from] ?? b.from;
  return b.at ? `${what}, set aside ${when.format(new Date(b.at))}` : `${what}, set aside by an earlier version`;
}

/** Each backup of unreadable saved data: what could not be read, a file of it, and a way to delete it. */
function BackupList({ backups }: { backups: Backup[] }) {
  const backupText = useAppStore((s) => s.backupText);
  const remove = useAppStore((s) => s.removeBackup);
  return (
    <ul className="backup-list" aria-label="Data set aside">
      {backups.map((b) => {
        const name = backupName(b);
        const raw = backupText(b.key);
        return (
          <li key={b.key}>
            <span>
              {name}
              {b.parts.length ? <>. Could not read: {b.parts.join('; ')}.</> : '.'}
            </span>{' '}
            <button
              type="button"
              className="button small"
              disabled={raw === null}
              aria-label={`Download ${name}`}
              onClick={() => raw !== null && downloadText(`${b.key.replace(/[^A-Za-z0-9-]+/g, '-')}.json`, raw)}
            >
              Download
            </button>{' '}
            <button type="button" className="button small ghost" aria-label={`Remove ${name}`} onClick={() => remove(b.key)}>
              Remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function text(p: StorageProblem): { title: string; body: string } {
  switch (p.kind) {
    case 'unavailable':
      return {
        title: 'Not saving in this browser',
        body: `${p.message} Your work is kept while this tab is open: download a snapshot to keep it.`,
      };
    case 'full':
      return {
        title: 'This browser’s storage is full',
        body: 'Changes are kept while this tab is open, not for next time: download a snapshot, or delete saved snapshots to make room.',
      };
    case 'unreadable':
      return {
        title: 'Some saved work could not be read',
        body: 'Those parts start from defaults. What was saved is set aside, not deleted, until you remove it:',
      };
  }
}

/** Says when saving fails or saved data could not be read, and offers a file to keep the work. */
export function StorageNotice() {
  const store = useAppStoreApi();
  const problems = useAppStore((s) => s.storageProblems);
  const dismiss = useAppStore((s) => s.dismissStorageProblem);
  const shown = Object.values(problems);
  if (shown.length === 0) return null;
  return (
    <div className="storage-notices">
      {shown.map((p) => {
        const { title, body } = text(p);
        return (
          <section key={p.kind} className="storage-notice" role="alert" aria-label={title}>
            <div>
              <strong>{title}.</strong> <p>{body}</p>
              {p.kind === 'unreadable' && <BackupList backups={p.backups} />}
            </div>
            <div className="storage-notice-actions">
              <button
                type="button"
                className="button small primary"
                onClick={() => void import('./download-snapshot').then((m) => m.downloadSnapshotFile(store))}
              >
                Download snapshot
              </button>
              <button type="button" className="button small ghost" onClick={() => dismiss(p.kind)}>
                Dismiss
              </button>
            </div>
          </section>
        );
      })}
    </div>
  );
}
