/**
 * Named snapshots: save the decision in use under a name, open, rename, duplicate and delete.
 * The list itself is plain data (domain/snapshot/library); this is where it meets the store.
 */
import {
  supersedeEntry,
  addEntry,
  duplicateEntry,
  removeEntry,
  renameEntry,
  restoreEntry,
  type LibraryEntry,
} from '../domain/snapshot/library';
import { captureSnapshot, openSnapshot } from './snapshot-io';
import type { AppStore } from './store';

/** A random id; `randomUUID` exists only on secure (https, localhost) pages, random bytes everywhere. */
const newId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** Saves the decision as it is now; returns the entry as saved (its name made unique). */
export async function saveToLibrary(store: AppStore, name: string, now: Date = new Date()): Promise<LibraryEntry> {
  const snapshot = await captureSnapshot(store.getState(), now.toISOString());
  const { library, setLibrary } = store.getState();
  const next = addEntry(library, { id: newId(), name, snapshot });
  setLibrary(next);
  return next.entries[0]!;
}

/**
 * Supersedes a saved decision with the decision in use: saves the one in use (named after its title)
 * and marks the saved one "superseded by" it. Returns the new entry.
 */
export async function supersedeWithCurrent(store: AppStore, id: string, now: Date = new Date()): Promise<LibraryEntry | null> {
  const old = store.getState().library.entries.find((e) => e.id === id);
  if (!old) return null;
  const entry = await saveToLibrary(store, store.getState().record.title, now);
  const { library, setLibrary } = store.getState();
  setLibrary(supersedeEntry(library, id, entry.name));
  store.getState().showToast({ message: `“${old.name}” is now superseded by “${entry.name}”.`, undo: false });
  return entry;
}

export function renameInLibrary(store: AppStore, id: string, name: string): void {
  const { library, setLibrary } = store.getState();
  setLibrary(renameEntry(library, id, name));
}

export function duplicateInLibrary(store: AppStore, id: string): void {
  const { library, setLibrary } = store.getState();
  setLibrary(duplicateEntry(library, id, newId()));
}

/** Removes an entry; what is returned puts it back (undo). */
export function removeFromLibrary(store: AppStore, id: string): { entry: LibraryEntry; index: number } | null {
  const { library, setLibrary } = store.getState();
  const index = library.entries.findIndex((e) => e.id === id);
  if (index < 0) return null;
  const entry = library.entries[index]!;
  setLibrary(removeEntry(library, id));
  return { entry, index };
}

export function restoreToLibrary(store: AppStore, removed: { entry: LibraryEntry; index: number }): void {
  const { library, setLibrary } = store.getState();
  setLibrary(restoreEntry(library, removed.entry, removed.index));
}

/** Opens a saved snapshot as the decision in use (undoable, like opening a file). */
export async function openFromLibrary(store: AppStore, id: string): Promise<boolean> {
  const entry = store.getState().library.entries.find((e) => e.id === id);
  if (!entry) return false;
  return openSnapshot(store, { ok: true, snapshot: entry.snapshot }, `saved snapshot “${entry.name}”`);
}
