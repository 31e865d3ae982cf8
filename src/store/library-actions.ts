/**
 * Named snapshots: save the decision in use under a name, open, rename, duplicate and delete.
 * The list itself is plain data (domain/snapshot/library); this is where it meets the store.
 */
import {
  addEntry,
  duplicateEntry,
  removeEntry,
  renameEntry,
  restoreEntry,
  type LibraryEntry,
} from '../domain/snapshot/library';
import { captureSnapshot, openSnapshot } from './snapshot-io';
import { useAppStore } from './store';

/** A random id; `randomUUID` exists only on secure (https, localhost) pages, random bytes everywhere. */
const newId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** Saves the decision as it is now; returns the entry as saved (its name made unique). */
export async function saveToLibrary(name: string, now: Date = new Date()): Promise<LibraryEntry> {
  const snapshot = await captureSnapshot(useAppStore.getState(), now.toISOString());
  const { library, setLibrary } = useAppStore.getState();
  const next = addEntry(library, { id: newId(), name, snapshot });
  setLibrary(next);
  return next.entries[0]!;
}

export function renameInLibrary(id: string, name: string): void {
  const { library, setLibrary } = useAppStore.getState();
  setLibrary(renameEntry(library, id, name));
}

export function duplicateInLibrary(id: string): void {
  const { library, setLibrary } = useAppStore.getState();
  setLibrary(duplicateEntry(library, id, newId()));
}

/** Removes an entry; what is returned puts it back (undo). */
export function removeFromLibrary(id: string): { entry: LibraryEntry; index: number } | null {
  const { library, setLibrary } = useAppStore.getState();
  const index = library.entries.findIndex((e) => e.id === id);
  if (index < 0) return null;
  const entry = library.entries[index]!;
  setLibrary(removeEntry(library, id));
  return { entry, index };
}

export function restoreToLibrary(removed: { entry: LibraryEntry; index: number }): void {
  const { library, setLibrary } = useAppStore.getState();
  setLibrary(restoreEntry(library, removed.entry, removed.index));
}

/** Opens a saved snapshot as the decision in use (undoable, like opening a file). */
export async function openFromLibrary(id: string): Promise<boolean> {
  const entry = useAppStore.getState().library.entries.find((e) => e.id === id);
  if (!entry) return false;
  return openSnapshot({ ok: true, snapshot: entry.snapshot }, `saved snapshot “${entry.name}”`);
}
