/** Opening snapshot files, text and links; loaded with the first one opened (it brings the reader). */
import { overLimit, SNAPSHOT_LIMIT } from '../../domain/limits';
import type { SnapshotResult } from '../../domain/snapshot/serialize';
import { CANCELLED, doneReading, readInputFor } from '../../store/reading';
import { openSnapshot, undoOpenSnapshot as undoOpenInStore } from '../../store/snapshot-io';
import type { AppStore } from '../../store/store';

export const undoOpenSnapshot = (store: AppStore): Promise<void> => undoOpenInStore(store);

/**
 * Opens pasted snapshot text (a big paste is read in the worker, with progress); false when it did
 * not open (its problems are shown) or the reading was cancelled.
 */
export async function openSnapshotText(store: AppStore, text: string, from: string): Promise<boolean> {
  const result = await readInputFor(store, { kind: 'snapshot-text', text }, from, { opening: true });
  try {
    return result !== CANCELLED && (await openSnapshot(store, result, from));
  } finally {
    doneReading(store);
  }
}

/**
 * Reads a snapshot file, or an image exported by the app (PNG or SVG) with the decision inside it;
 * a big one in the worker, with progress and Cancel. Refused by its size before a byte of it is read.
 */
export async function readSnapshotFile(store: AppStore, file: File, opening = false): Promise<SnapshotResult | typeof CANCELLED> {
  const tooLarge = overLimit(SNAPSHOT_LIMIT, file.size);
  if (tooLarge) return { ok: false, problems: [{ path: '', message: tooLarge }] };
  return readInputFor(store, { kind: 'snapshot-file', file }, file.name, { opening });
}

export async function openSnapshotFile(store: AppStore, file: File): Promise<boolean> {
  const result = await readSnapshotFile(store, file, true);
  try {
    return result !== CANCELLED && (await openSnapshot(store, result, file.name));
  } finally {
    doneReading(store);
  }
}

/** Opens the snapshot a shared link carries, then takes it out of the address bar. */
export async function openSnapshotFromLocation(store: AppStore): Promise<void> {
  const hash = window.location.hash;
  const result = await readInputFor(store, { kind: 'share-link', hash }, 'the shared link', { opening: true });
  if (!result) return;
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  try {
    if (result !== CANCELLED) await openSnapshot(store, result, 'the shared link');
  } finally {
    doneReading(store);
  }
}
