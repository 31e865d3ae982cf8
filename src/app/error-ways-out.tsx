import { type ReactNode, useState } from 'react';
import { type AppStore, useAppStore, useHistoryState } from '../store/store';

export interface WaysOut {
  /** An action, then `after` (the view or page tried again). */
  then: (action: () => void) => () => void;
  /** Why the snapshot could not be made, after a failed download. */
  downloadFailed: string | null;
}

/**
 * The ways out both error screens offer (the view boundary and the root error page): undo the last
 * change, back to the built-in dataset (with a loaded one), download the snapshot. Each screen adds
 * its own reset and Reload beside them; `after` is how it tries again.
 */
export function useWaysOut(store: AppStore, after: () => void): WaysOut & { buttons: ReactNode } {
  const { canUndo } = useHistoryState();
  const custom = useAppStore((s) => s.custom !== null);
  const [downloadFailed, setDownloadFailed] = useState<string | null>(null);
  const then = (action: () => void) => () => {
    action();
    after();
  };
  const download = async () => {
    try {
      const { downloadSnapshotFile } = await import('../features/record/download-snapshot');
      await downloadSnapshotFile(store);
      setDownloadFailed(null);
    } catch (e) {
      setDownloadFailed(e instanceof Error ? e.message : String(e));
    }
  };
  const buttons = (
    <>
      <button type="button" className="button primary" onClick={then(store.getState().undo)} disabled={!canUndo}>
        Undo the last change
      </button>
      {custom && (
        <button type="button" className="button" onClick={then(store.getState().useBuiltinDataset)}>
          Use the built-in dataset
        </button>
      )}
      <button type="button" className="button" onClick={() => void download()}>
        Download snapshot
      </button>
    </>
  );
  return { then, downloadFailed, buttons };
}
