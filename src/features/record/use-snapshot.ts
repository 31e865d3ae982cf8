import { useCallback } from 'react';
import { hashCarriesSnapshot } from '../../domain/snapshot/fragment';

const reader = () => import('./open-snapshot');

/** Opening snapshots from a file, pasted text or a link: the decision in use is kept for undo. */
export function useOpenSnapshot() {
  return {
    openText: useCallback(async (text: string, from: string) => (await reader()).openSnapshotText(text, from), []),
    openFile: useCallback(async (file: File) => (await reader()).openSnapshotFile(file), []),
    /** Opens the snapshot a shared link carries, if it carries one. */
    openFromLocation: useCallback(async () => {
      if (hashCarriesSnapshot(window.location.hash)) await (await reader()).openSnapshotFromLocation();
    }, []),
  };
}

export const undoOpen = async (): Promise<void> => (await reader()).undoOpenSnapshot();
