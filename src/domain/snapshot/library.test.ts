import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/repo-file';
import { addEntry, duplicateEntry, emptyLibrary, removeEntry, renameEntry, restoreEntry, uniqueName, type Library } from './library';
import { readLibrary } from './read-library';
import { readSnapshot } from './serialize';

const snapshot = () => {
  const r = readSnapshot(JSON.parse(readRepoFile('tests/fixtures/snapshots/v1.json')));
  if (!r.ok) throw new Error('fixture does not read');
  return r.snapshot;
};

const names = (l: Library) => l.entries.map((e) => e.name);

function threeEntries(): Library {
  let l = emptyLibrary();
  l = addEntry(l, { id: 'a', name: 'Before the workshop', snapshot: snapshot() });
  l = addEntry(l, { id: 'b', name: 'Plan B', snapshot: snapshot() });
  l = addEntry(l, { id: 'c', name: 'Agreed', snapshot: snapshot() });
  return l;
}

describe('named snapshots', () => {
  it('saves newest first and keeps names unique, ignoring case', () => {
    let l = threeEntries();
    expect(names(l)).toEqual(['Agreed', 'Plan B', 'Before the workshop']);
    l = addEntry(l, { id: 'd', name: 'plan b', snapshot: snapshot() });
    l = addEntry(l, { id: 'e', name: 'Plan B', snapshot: snapshot() });
    expect(names(l).slice(0, 2)).toEqual(['Plan B (3)', 'plan b (2)']);
    expect(uniqueName(l.entries, '   ')).toBe('Untitled snapshot');
  });

  it('renames, keeping a name unique but letting an entry keep its own name', () => {
    const l = threeEntries();
    expect(names(renameEntry(l, 'a', 'Final'))).toEqual(['Agreed', 'Plan B', 'Final']);
    expect(names(renameEntry(l, 'a', 'Agreed'))).toEqual(['Agreed', 'Plan B', 'Agreed (2)']);
    expect(names(renameEntry(l, 'b', 'Plan B'))).toEqual(['Agreed', 'Plan B', 'Before the workshop']);
    expect(renameEntry(l, 'missing', 'x')).toBe(l);
  });

  it('duplicates next to the original with the same snapshot', () => {
    const l = duplicateEntry(threeEntries(), 'b', 'b2');
    expect(names(l)).toEqual(['Agreed', 'Plan B (copy)', 'Plan B', 'Before the workshop']);
    expect(l.entries[1]!.snapshot).toEqual(l.entries[2]!.snapshot);
    expect(names(duplicateEntry(l, 'b', 'b3'))).toContain('Plan B (copy) (2)');
  });

  it('deletes, and undo puts the entry back in its place', () => {
    const l = threeEntries();
    const removed = l.entries[1]!;
    const without = removeEntry(l, 'b');
    expect(names(without)).toEqual(['Agreed', 'Before the workshop']);
    expect(names(restoreEntry(without, removed, 1))).toEqual(names(l));
    expect(restoreEntry(l, removed, 0)).toBe(l);
  });

  it('reads back what it stored, through JSON', () => {
    const l = threeEntries();
    const read = readLibrary(JSON.parse(JSON.stringify(l)));
    expect(read).toEqual({ ok: true, library: l, dropped: [] });
  });

  it('keeps the readable entries of a damaged library and names the ones it could not read', () => {
    const stored = JSON.parse(JSON.stringify(threeEntries()));
    stored.entries[1].snapshot.weights['team-size'] = 99;
    stored.entries.push({ name: 'no id' });
    const read = readLibrary(stored);
    if (!read.ok) throw new Error('should read');
    expect(names(read.library)).toEqual(['Agreed', 'Before the workshop']);
    expect(read.dropped.map((d) => d.path)).toEqual(['entries[1]', 'entries[3]']);
    expect(read.dropped[0]!.message).toMatch(/^“Plan B”: weights\["team-size"\] /);
  });

  it('refuses what is not a library, or a newer one', () => {
    expect(readLibrary({ type: 'architecture-workbench/snapshot' })).toMatchObject({ ok: false });
    expect(readLibrary(null)).toMatchObject({ ok: false });
    const newer = readLibrary({ ...emptyLibrary(), version: 2 });
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.problems[0]!.message).toMatch(/newer app/);
  });
});
