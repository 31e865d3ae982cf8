/** Opening snapshot files, text and links; loaded with the first one opened (it brings the reader). */
import { parseSnapshotText } from '../../domain/snapshot/serialize';
import { snapshotFromHash } from '../../domain/snapshot/share-link';
import { openSnapshot, undoOpenSnapshot as undoOpenInStore } from '../../store/snapshot-io';

export const undoOpenSnapshot = (): Promise<void> => undoOpenInStore();

export const openSnapshotText = (text: string, from: string) => openSnapshot(parseSnapshotText(text), from);

export const openSnapshotFile = async (file: File) => openSnapshot(parseSnapshotText(await file.text()), file.name);

/** Opens the snapshot a shared link carries, then takes it out of the address bar. */
export async function openSnapshotFromLocation(): Promise<void> {
  const result = snapshotFromHash(window.location.hash);
  if (!result) return;
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  await openSnapshot(result, 'the shared link');
}
