import { useCallback } from 'react';
import { hashCarriesSnapshot } from '../../domain/snapshot/fragment';
import { useAppStoreApi } from '../../store/store';

const reader = () => import('./open-snapshot');

/** Opening snapshots from a file, pasted text or a link: the decision in use is kept for undo. */
export function useOpenSnapshot() {
  const store = useAppStoreApi();
  return {
    openText: useCallback(async (text: string, from: string) => (await reader()).openSnapshotText(store, text, from), [store]),
    openFile: useCallback(async (file: File) => (await reader()).openSnapshotFile(store, file), [store]),
    /** Reads a snapshot (or an exported image's) file without opening it. */
    readFile: useCallback(async (file: File) => (await reader()).readSnapshotFile(store, file), [store]),
    /** Opens the snapshot a shared link carries, if it carries one. */
    openFromLocation: useCallback(async () => {
      if (hashCarriesSnapshot(window.location.hash)) await (await reader()).openSnapshotFromLocation(store);
    }, [store]),
    /** Back to the decision before the last opened snapshot. */
    undoOpen: useCallback(async () => (await reader()).undoOpenSnapshot(store), [store]),
  };
}
