/**
 * Named snapshots: the versions of a decision a person chose to keep, by name, in this browser.
 * Stored as one versioned document of its own (`architecture-workbench/library`), apart from the
 * autosaved working state, so saving a slider step never rewrites every kept snapshot.
 * Pure functions over plain data; ids and times are passed in.
 */
import { z } from 'zod';
import { formatPath, type DatasetProblem } from '../model/parse-dataset';
import { readSnapshot } from './serialize';
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

const EntryShell = z.object({ id: z.string().min(1), name: z.string(), snapshot: z.unknown() });
const LibraryShell = z.object({
  type: z.literal(LIBRARY_TYPE),
  version: z.number().int(),
  entries: z.array(z.unknown()),
});

export type LibraryResult = { ok: true; library: Library; dropped: DatasetProblem[] } | { ok: false; problems: DatasetProblem[] };

/**
 * Reads a stored library. Each entry's snapshot is read like any snapshot file (migrated, validated);
 * an entry that no longer reads is reported in `dropped` (with its name) rather than failing the rest.
 */
export function readLibrary(value: unknown): LibraryResult {
  const shell = LibraryShell.safeParse(value);
  if (!shell.success) {
    return {
      ok: false,
      problems: shell.error.issues.map((i) => ({
        path: formatPath(i.path.filter((p): p is string | number => typeof p !== 'symbol')),
        message: i.message,
      })),
    };
  }
  if (shell.data.version > LIBRARY_VERSION) {
    return { ok: false, problems: [{ path: 'version', message: `written by a newer app (library v${shell.data.version}; this app reads v${LIBRARY_VERSION})` }] };
  }
  const entries: LibraryEntry[] = [];
  const dropped: DatasetProblem[] = [];
  shell.data.entries.forEach((raw, i) => {
    const entry = EntryShell.safeParse(raw);
    if (!entry.success) {
      dropped.push({ path: `entries[${i}]`, message: 'expected { id, name, snapshot }' });
      return;
    }
    const read = readSnapshot(entry.data.snapshot);
    if (read.ok) entries.push({ id: entry.data.id, name: entry.data.name, snapshot: read.snapshot });
    else {
      const first = read.problems[0];
      dropped.push({ path: `entries[${i}]`, message: `“${entry.data.name}”: ${first ? `${first.path} ${first.message}`.trim() : 'unreadable'}` });
    }
  });
  return { ok: true, library: { type: LIBRARY_TYPE, version: LIBRARY_VERSION, entries }, dropped };
}
