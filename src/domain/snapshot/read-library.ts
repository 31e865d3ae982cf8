/** Reading a stored library of named snapshots: every entry is read like a snapshot file. */
import { z } from 'zod';
import { formatPath, type DatasetProblem } from '../model/problem';
import { LIBRARY_TYPE, LIBRARY_VERSION, type Library, type LibraryEntry } from './library';
import { readSnapshot } from './serialize';

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
    return {
      ok: false,
      problems: [
        { path: 'version', message: `written by a newer app (library v${shell.data.version}; this app reads v${LIBRARY_VERSION})` },
      ],
    };
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
      dropped.push({
        path: `entries[${i}]`,
        message: `“${entry.data.name}”: ${first ? `${first.path} ${first.message}`.trim() : 'unreadable'}`,
      });
    }
  });
  return { ok: true, library: { type: LIBRARY_TYPE, version: LIBRARY_VERSION, entries }, dropped };
}
