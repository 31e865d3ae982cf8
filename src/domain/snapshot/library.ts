/**
 * Named snapshots: the versions of a decision a person chose to keep, by name, in this browser.
 * Stored as one versioned document of its own (`architecture-workbench/library`), apart from the
 * autosaved working state, so saving a slider step never rewrites every kept snapshot.
 * Pure functions over plain data; ids and times are passed in. Reading a stored library (validated)
 * is in read-library.ts, loaded only when there is one to read.
 */
import type { Snapshot } from './snapshot';

export const LIBRARY_TYPE = 'architecture-workbench/library';
export const LIBRARY_VERSION = 1;

export interface LibraryEntry {
  id: string;
  name: string;
  snapshot: Snapshot;
}

export interface Library {
  type: typeof LIBRARY_TYPE;
  version: typeof LIBRARY_VERSION;
  entries: LibraryEntry[];
}

export const emptyLibrary = (): Library => ({ type: LIBRARY_TYPE, version: LIBRARY_VERSION, entries: [] });

/** A name no other entry has: "Plan B", then "Plan B (2)", "Plan B (3)"… */
export function uniqueName(entries: readonly LibraryEntry[], wanted: string, exceptId?: string): string {
  const base = wanted.trim() || 'Untitled snapshot';
  const taken = new Set(entries.filter((e) => e.id !== exceptId).map((e) => e.name.toLocaleLowerCase()));
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/** Newest first: a saved snapshot goes to the top. */
export function addEntry(library: Library, entry: LibraryEntry): Library {
  const name = uniqueName(library.entries, entry.name);
  return { ...library, entries: [{ ...entry, name }, ...library.entries] };
}

export function renameEntry(library: Library, id: string, name: string): Library {
  if (!library.entries.some((e) => e.id === id)) return library;
  const unique = uniqueName(library.entries, name, id);
  return { ...library, entries: library.entries.map((e) => (e.id === id ? { ...e, name: unique } : e)) };
}

/** A copy placed just above the original, named "… (copy)". */
export function duplicateEntry(library: Library, id: string, newId: string): Library {
  const i = library.entries.findIndex((e) => e.id === id);
  if (i < 0) return library;
  const original = library.entries[i]!;
  const copy = { id: newId, name: uniqueName(library.entries, `${original.name} (copy)`), snapshot: original.snapshot };
  return { ...library, entries: [...library.entries.slice(0, i), copy, ...library.entries.slice(i)] };
}

export function removeEntry(library: Library, id: string): Library {
  return { ...library, entries: library.entries.filter((e) => e.id !== id) };
}

/** Puts a removed entry back where it was (for undo). */
export function restoreEntry(library: Library, entry: LibraryEntry, index: number): Library {
  if (library.entries.some((e) => e.id === entry.id)) return library;
  const at = Math.max(0, Math.min(index, library.entries.length));
  return { ...library, entries: [...library.entries.slice(0, at), entry, ...library.entries.slice(at)] };
}

/**
 * Marks a saved decision as superseded by another (MADR's status "superseded by …"): its record's
 * status and the name of the decision that replaces it. Nothing else of it changes.
 */
export function supersedeEntry(library: Library, id: string, by: string): Library {
  return {
    ...library,
    entries: library.entries.map((e) =>
      e.id === id ? { ...e, snapshot: { ...e.snapshot, decision: { ...e.snapshot.decision, status: 'superseded', supersededBy: by } } } : e,
    ),
  };
}
