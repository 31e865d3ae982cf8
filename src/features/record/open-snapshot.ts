/** Opening snapshot files, text and links; loaded with the first one opened (it brings the reader). */
import { overLimit, SNAPSHOT_LIMIT } from '../../domain/limits';
import { parseSnapshotText } from '../../domain/snapshot/serialize';
import { snapshotFromHash } from '../../domain/snapshot/share-link';
import { openSnapshot, undoOpenSnapshot as undoOpenInStore } from '../../store/snapshot-io';
import type { AppStore } from '../../store/store';

export const undoOpenSnapshot = (store: AppStore): Promise<void> => undoOpenInStore(store);

export const openSnapshotText = (store: AppStore, text: string, from: string) => openSnapshot(store, parseSnapshotText(text), from);

export async function openSnapshotFile(store: AppStore, file: File) {
  // Refused by its size before a byte of it is read.
  const tooLarge = overLimit(SNAPSHOT_LIMIT, file.size);
  const result = tooLarge ? { ok: false as const, problems: [{ path: '', message: tooLarge }] } : parseSnapshotText(await file.text());
  return openSnapshot(store, result, file.name);
}

/** Opens the snapshot a shared link carries, then takes it out of the address bar. */
export async function openSnapshotFromLocation(store: AppStore): Promise<void> {
  const result = snapshotFromHash(window.location.hash);
  if (!result) return;
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  await openSnapshot(store, result, 'the shared link');
}
