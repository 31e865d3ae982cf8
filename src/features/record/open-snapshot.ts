/** Opening snapshot files, text and links; loaded with the first one opened (it brings the reader). */
import { parseSnapshotText } from '../../domain/snapshot/serialize';
import { snapshotFromHash } from '../../domain/snapshot/share-link';
import { openSnapshot, undoOpenSnapshot as undoOpenInStore } from '../../store/snapshot-io';
import type { AppStore } from '../../store/store';

export const undoOpenSnapshot = (store: AppStore): Promise<void> => undoOpenInStore(store);

export const openSnapshotText = (store: AppStore, text: string, from: string) => openSnapshot(store, parseSnapshotText(text), from);

export const openSnapshotFile = async (store: AppStore, file: File) => openSnapshot(store, parseSnapshotText(await file.text()), file.name);

/** Opens the snapshot a shared link carries, then takes it out of the address bar. */
export async function openSnapshotFromLocation(store: AppStore): Promise<void> {
  const result = snapshotFromHash(window.location.hash);
  if (!result) return;
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  await openSnapshot(store, result, 'the shared link');
}
