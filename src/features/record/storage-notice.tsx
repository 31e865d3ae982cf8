import { downloadText } from '../../lib/download-file';
import { useAppStore, useAppStoreApi } from '../../store/store';
import type { StorageProblem } from '../../store/storage-slice';

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
        body: `Could not read: ${p.parts.join('; ')}. Those parts start from defaults; the saved data is set aside, not deleted.`,
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
            </div>
            <div className="storage-notice-actions">
              <button
                type="button"
                className="button small primary"
                onClick={() => void import('./download-snapshot').then((m) => m.downloadSnapshotFile(store))}
              >
                Download snapshot
              </button>
              {p.kind === 'unreadable' && (
                <button type="button" className="button small" onClick={() => downloadText('unreadable-saved-data.json', p.raw)}>
                  Download the unreadable data
                </button>
              )}
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
