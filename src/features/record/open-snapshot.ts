/** Opening snapshot files, text and links; loaded with the first one opened (it brings the reader). */
import { overLimit, SNAPSHOT_LIMIT } from '../../domain/limits';
import { isImage, snapshotTextOfImage } from '../../domain/image/embedded-snapshot';
import { parseSnapshotText, type SnapshotResult } from '../../domain/snapshot/serialize';
import { snapshotFromHash } from '../../domain/snapshot/share-link';
import { openSnapshot, undoOpenSnapshot as undoOpenInStore } from '../../store/snapshot-io';
import type { AppStore } from '../../store/store';

export const undoOpenSnapshot = (store: AppStore): Promise<void> => undoOpenInStore(store);

export const openSnapshotText = (store: AppStore, text: string, from: string) => openSnapshot(store, parseSnapshotText(text), from);

/**
 * Reads a snapshot file, or an image exported by the app (PNG or SVG) with the decision inside it.
 * Refused by its size before a byte of it is read.
 */
export async function readSnapshotFile(file: File): Promise<SnapshotResult> {
  const tooLarge = overLimit(SNAPSHOT_LIMIT, file.size);
  if (tooLarge) return { ok: false, problems: [{ path: '', message: tooLarge }] };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isImage(bytes)) return parseSnapshotText(new TextDecoder().decode(bytes));
  const found = snapshotTextOfImage(bytes);
  return found.ok ? parseSnapshotText(found.text) : { ok: false, problems: [{ path: '', message: found.message }] };
}

export const openSnapshotFile = async (store: AppStore, file: File) => openSnapshot(store, await readSnapshotFile(file), file.name);

/** Opens the snapshot a shared link carries, then takes it out of the address bar. */
export async function openSnapshotFromLocation(store: AppStore): Promise<void> {
  const result = snapshotFromHash(window.location.hash);
  if (!result) return;
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  await openSnapshot(store, result, 'the shared link');
}
