import { useCallback } from 'react';
import { parseSnapshotText, type SnapshotResult } from '../../domain/snapshot/serialize';
import { snapshotFromHash } from '../../domain/snapshot/share-link';
import { applySnapshot, captureSnapshot } from '../../store/snapshot-io';
import { useAppStore } from '../../store/store';

/** Opening snapshots from a file, pasted text or a link: the decision in use is kept for undo. */
export function useOpenSnapshot() {
  const setNotice = useAppStore((s) => s.setSnapshotNotice);

  const open = useCallback(
    async (result: SnapshotResult, from: string) => {
      if (!result.ok) {
        setNotice({ kind: 'failed', from, problems: result.problems });
        return false;
      }
      const previous = await captureSnapshot(useAppStore.getState(), new Date().toISOString());
      const { warnings } = await applySnapshot(result.snapshot);
      setNotice({ kind: 'opened', title: result.snapshot.decision.title, from, warnings, previous });
      return true;
    },
    [setNotice],
  );

  return {
    openText: useCallback((text: string, from: string) => open(parseSnapshotText(text), from), [open]),
    openFile: useCallback(async (file: File) => open(parseSnapshotText(await file.text()), file.name), [open]),
    /** Opens the snapshot a shared link carries, then takes it out of the address bar. */
    openFromLocation: useCallback(async () => {
      const result = snapshotFromHash(window.location.hash);
      if (!result) return;
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      await open(result, 'the shared link');
    }, [open]),
  };
}

export async function undoOpen(): Promise<void> {
  const notice = useAppStore.getState().snapshotNotice;
  if (notice?.kind !== 'opened') return;
  await applySnapshot(notice.previous);
  useAppStore.getState().setSnapshotNotice(null);
}
