import { useCallback } from 'react';
import { parseSnapshotText } from '../../domain/snapshot/serialize';
import { snapshotFromHash } from '../../domain/snapshot/share-link';
import { openSnapshot, undoOpenSnapshot } from '../../store/snapshot-io';

/** Opening snapshots from a file, pasted text or a link: the decision in use is kept for undo. */
export function useOpenSnapshot() {
  return {
    openText: useCallback((text: string, from: string) => openSnapshot(parseSnapshotText(text), from), []),
    openFile: useCallback(async (file: File) => openSnapshot(parseSnapshotText(await file.text()), file.name), []),
    /** Opens the snapshot a shared link carries, then takes it out of the address bar. */
    openFromLocation: useCallback(async () => {
      const result = snapshotFromHash(window.location.hash);
      if (!result) return;
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      await openSnapshot(result, 'the shared link');
    }, []),
  };
}

export const undoOpen = undoOpenSnapshot;
