import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  duplicateInLibrary,
  openFromLibrary,
  removeFromLibrary,
  renameInLibrary,
  restoreToLibrary,
  saveToLibrary,
} from './library-actions';
import { openSnapshot, undoOpenSnapshot } from './snapshot-io';
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import { type AppStore, DATASET_KEY, LIBRARY_KEY, STORAGE_KEY, createAppStore } from './store';

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
});
afterEach(() => store.dispose());

/** A second store, as the app makes one when it starts again on this browser's saved data. */
const instances: AppStore[] = [];
function freshStore(): AppStore {
  const made = createAppStore();
  instances.push(made);
  return made;
}
afterEach(() => {
  for (const m of instances.splice(0)) m.dispose();
});

const names = () => store.getState().library.entries.map((e) => e.name);
const tick = () => new Promise((r) => setTimeout(r, 0));
/** The backups of unreadable saved data the store lists. */
const backups = (s: AppStore) => {
  const p = s.getState().storageProblems.unreadable;
  return p?.kind === 'unreadable' ? p.backups : [];
};

describe('named snapshots in the store', () => {
  it('saves the decision as it is, and opening it later brings it back (undoably)', async () => {
    store.getState().setWeight('scalability', 9);
    store.getState().updateRecord({ title: 'Orders backend' });
    const saved = await saveToLibrary(store, 'Before the workshop');
    expect(saved.snapshot.weights).toEqual({ scalability: 9 });
    expect(saved.snapshot.decision.title).toBe('Orders backend');

    store.getState().setWeight('scalability', 2);
    expect(await openFromLibrary(store, saved.id)).toBe(true);
    expect(store.getState().weights).toEqual({ scalability: 9 });
    expect(store.getState().snapshotNotice).toMatchObject({ kind: 'opened', from: 'saved snapshot “Before the workshop”' });
    await undoOpenSnapshot(store);
    expect(store.getState().weights).toEqual({ scalability: 2 });
  });

  it('renames, duplicates, deletes and undoes a delete', async () => {
    const a = await saveToLibrary(store, 'A');
    await saveToLibrary(store, 'B');
    renameInLibrary(store, a.id, 'First');
    duplicateInLibrary(store, a.id);
    expect(names()).toEqual(['B', 'First (copy)', 'First']);
    const removed = removeFromLibrary(store, a.id);
    expect(names()).toEqual(['B', 'First (copy)']);
    restoreToLibrary(store, removed!);
    expect(names()).toEqual(['B', 'First (copy)', 'First']);
  });

  it('keeps saved snapshots under their own key, read back when the app starts', async () => {
    await saveToLibrary(store, 'Kept');
    expect(JSON.parse(localStorage.getItem(LIBRARY_KEY) ?? 'null')).toMatchObject({
      type: 'architecture-workbench/library',
      entries: [{ name: 'Kept' }],
    });
    const fresh = freshStore();
    await fresh.ready;
    expect(fresh.getState().library.entries.map((e) => e.name)).toEqual(['Kept']);
  });
});

describe('the loaded dataset', () => {
  it('is kept under its own key, written when it changes and not with every autosave, and read back at start', async () => {
    const custom = { ...structuredClone(BUILTIN_DATASET), id: 'team-x', title: 'Team X patterns' };
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    store.getState().loadCustomDataset({ dataset: custom, fileName: 'x.json' });
    const datasetWrites = () => setItem.mock.calls.filter(([k]) => k === DATASET_KEY).length;
    expect(datasetWrites()).toBe(1);
    store.getState().setWeight('scalability', 3);
    store.getState().setWeight('scalability', 4);
    store.flush();
    expect(datasetWrites()).toBe(1);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state).not.toHaveProperty('custom');
    setItem.mockRestore();

    const fresh = freshStore();
    await fresh.ready;
    expect(fresh.getState().custom?.dataset.title).toBe('Team X patterns');
    expect(fresh.getState().weights).toEqual({ scalability: 4 });
  });
});

describe('opening the app', () => {
  it('leaves what was saved as it was when nothing changes (named snapshots and the decision read at once)', async () => {
    await saveToLibrary(store, 'Kept');
    store.getState().setWeight('scalability', 9);
    store.flush();
    const saved = localStorage.getItem(STORAGE_KEY);
    const library = localStorage.getItem(LIBRARY_KEY);
    const fresh = freshStore();
    await fresh.ready;
    // A report or a write made after start would be pending now: flushing writes it at once.
    await tick();
    fresh.flush();
    expect(fresh.getState().weights).toEqual({ scalability: 9 });
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
    expect(localStorage.getItem(LIBRARY_KEY)).toBe(library);
  });

  it('keeps the parts that read when another part is set aside', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, state: { weights: { scalability: 'lots' }, overrides: { soa: { scalability: 'Automatic' } } } }),
    );
    const fresh = freshStore();
    await fresh.ready;
    await tick();
    fresh.flush();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.overrides).toEqual({ soa: { scalability: 'Automatic' } });
  });
});

describe('saved data that no longer reads', () => {
  it('is set aside, not dropped: the rest is restored and the person is told what could not be read', async () => {
    const raw = JSON.stringify({
      version: 1,
      state: {
        weights: { scalability: 'lots' },
        context: { teamSize: 30, languages: ['go'], answers: {} },
        positions: { soa: { x: 7, y: 0 } },
      },
    });
    localStorage.setItem(STORAGE_KEY, raw);
    const fresh = freshStore();
    await fresh.ready;
    await tick();
    const s = fresh.getState();
    expect(s.context.teamSize).toBe(30);
    expect(s.weights).toEqual({});
    const [backup, ...more] = backups(fresh);
    expect(more).toEqual([]);
    expect(backup).toMatchObject({ from: STORAGE_KEY, parts: ['weights', 'quadrant positions'] });
    expect(backup?.key).toMatch(new RegExp(`^${STORAGE_KEY}:unreadable:\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z$`));
    expect(localStorage.getItem(backup!.key)).toBe(raw);
    expect(fresh.getState().backupText(backup!.key)).toBe(raw);
  });

  it('text that is not JSON at all is set aside too', async () => {
    localStorage.setItem(STORAGE_KEY, '{"version":1,"state":{"weig');
    localStorage.setItem(LIBRARY_KEY, 'garbage');
    const fresh = freshStore();
    await fresh.ready;
    await tick();
    expect(
      backups(fresh)
        .flatMap((b) => b.parts)
        .sort(),
    ).toEqual(['saved snapshots (not valid JSON)', 'the saved decision (not valid JSON)']);
    const library = backups(fresh).find((b) => b.from === LIBRARY_KEY);
    expect(localStorage.getItem(library!.key)).toBe('garbage');
  });

  it('keeps one backup per incident: a second unreadable save does not overwrite the first', async () => {
    let clock = Date.parse('2026-12-01T10:00:00.000Z');
    const at = () => clock;
    localStorage.setItem(LIBRARY_KEY, 'first garbage');
    const first = createAppStore({ now: at });
    instances.push(first);
    await first.ready;
    await tick();
    // The next visit reads the same text (nothing was saved since): the same incident, the same backup.
    clock += 60_000;
    const again = createAppStore({ now: at });
    instances.push(again);
    await again.ready;
    await tick();
    expect(backups(again).map((b) => b.key)).toEqual([`${LIBRARY_KEY}:unreadable:2026-12-01T10:00:00.000Z`]);
    // Another unreadable save later: a second backup beside the first.
    localStorage.setItem(LIBRARY_KEY, 'second garbage');
    clock += 60_000;
    const later = createAppStore({ now: at });
    instances.push(later);
    await later.ready;
    await tick();
    expect(backups(later).map((b) => [b.key, b.parts.length > 0])).toEqual([
      [`${LIBRARY_KEY}:unreadable:2026-12-01T10:02:00.000Z`, true],
      [`${LIBRARY_KEY}:unreadable:2026-12-01T10:00:00.000Z`, false],
    ]);
    expect(localStorage.getItem(`${LIBRARY_KEY}:unreadable:2026-12-01T10:00:00.000Z`)).toBe('first garbage');
    expect(localStorage.getItem(`${LIBRARY_KEY}:unreadable:2026-12-01T10:02:00.000Z`)).toBe('second garbage');
    // Removing one deletes it from the browser and the list; the other stays.
    later.getState().removeBackup(`${LIBRARY_KEY}:unreadable:2026-12-01T10:00:00.000Z`);
    expect(localStorage.getItem(`${LIBRARY_KEY}:unreadable:2026-12-01T10:00:00.000Z`)).toBeNull();
    expect(backups(later).map((b) => b.key)).toEqual([`${LIBRARY_KEY}:unreadable:2026-12-01T10:02:00.000Z`]);
    later.getState().removeBackup(`${LIBRARY_KEY}:unreadable:2026-12-01T10:02:00.000Z`);
    expect(later.getState().storageProblems.unreadable).toBeUndefined();
  });

  it('lists a backup an earlier version kept under the old single key', async () => {
    localStorage.setItem(`${STORAGE_KEY}:unreadable`, '{"old":true}');
    const fresh = freshStore();
    await fresh.ready;
    await tick();
    expect(backups(fresh)).toEqual([{ key: `${STORAGE_KEY}:unreadable`, from: STORAGE_KEY, at: null, parts: [] }]);
  });

  it('sets aside a named snapshot whose date is not an ISO date-time, and keeps the others', async () => {
    const good = await saveToLibrary(store, 'Good');
    const library = JSON.parse(localStorage.getItem(LIBRARY_KEY)!);
    library.entries.push({ ...library.entries[0], id: 'bad-date', name: 'Bad date', snapshot: { ...good.snapshot, savedAt: 'yesterday' } });
    library.entries.push({
      ...library.entries[0],
      id: 'bad-day',
      name: 'Bad day',
      snapshot: { ...good.snapshot, decision: { ...good.snapshot.decision, date: '2026-02-30' } },
    });
    localStorage.setItem(LIBRARY_KEY, JSON.stringify(library));
    const fresh = freshStore();
    await fresh.ready;
    await tick();
    expect(fresh.getState().library.entries.map((e) => e.name)).toEqual(['Good']);
    expect(backups(fresh)[0]?.parts).toEqual([
      expect.stringMatching(/“Bad date”: savedAt/),
      expect.stringMatching(/“Bad day”: decision\.date/),
    ]);
  });
});

describe('when the browser will not save', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says the storage is full, and the app keeps the change in memory', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.getState().setWeight('scalability', 7);
    store.flush();
    await tick();
    expect(store.getState().weights).toEqual({ scalability: 7 });
    expect(store.getState().storageProblems.full).toMatchObject({ kind: 'full' });
    // One failed write, one report: the report does not set off another write.
    const attempts = vi.mocked(Storage.prototype.setItem).mock.calls.length;
    await tick();
    store.flush();
    expect(vi.mocked(Storage.prototype.setItem).mock.calls.length).toBe(attempts);
    // Dismissed, it is not repeated on every later change.
    store.getState().dismissStorageProblem('full');
    store.getState().setWeight('scalability', 8);
    store.flush();
    await tick();
    expect(store.getState().storageProblems.full).toBeUndefined();
  });

  it('says so when storage is unavailable (private mode) and still works', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const fresh = freshStore();
    await fresh.ready;
    await tick();
    expect(fresh.getState().storageProblems.unavailable).toMatchObject({ kind: 'unavailable' });
    fresh.getState().setWeight('go-fit', 4);
    expect(fresh.getState().weights).toEqual({ 'go-fit': 4 });
  });
});

describe('opening a snapshot and undoing it', () => {
  it('is one undo step, and undoing it gives back every dataset’s graph edits', async () => {
    const kept = await saveToLibrary(store, 'Plain');
    // A snapshot made on dataset team-x, with that dataset's graph unedited.
    const teamX = { ...structuredClone(BUILTIN_DATASET), id: 'team-x', title: 'Team X' };
    const snapshot = {
      ...kept.snapshot,
      dataset: { kind: 'embedded' as const, fileName: 'x.json', dataset: teamX },
      migration: { graph: null, current: null, target: null },
    };
    // Graph edits the team made earlier on team-x, kept under its id while the built-in dataset is in use.
    const otherEdits = { nodes: [{ id: 'x', label: 'X', patternId: null }], edges: [] };
    store.setState({ graphEdits: { 'team-x': otherEdits } });
    store.temporal.getState().clear();
    store.getState().setMigrationCurrent('monolith');
    await openSnapshot(store, { ok: true, snapshot }, 'test');
    expect(store.getState().custom?.dataset.id).toBe('team-x');
    expect(store.getState().graphEdits).toEqual({});
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    // The notice's Undo…
    await undoOpenSnapshot(store);
    expect(store.getState().graphEdits).toEqual({ 'team-x': otherEdits });
    expect(store.getState().migrationCurrent).toBe('monolith');
    expect(store.getState().custom).toBeNull();
    // …and the history's: Ctrl+Z after opening goes back in one step too.
    await openSnapshot(store, { ok: true, snapshot }, 'test');
    store.getState().undo();
    expect(store.getState().graphEdits).toEqual({ 'team-x': otherEdits });
    expect(store.getState().custom).toBeNull();
  });
});

describe('a save from another version of the app', () => {
  it('is set aside and named, not dropped without a word', async () => {
    const raw = JSON.stringify({ version: 2, state: { weights: { scalability: 3 } } });
    localStorage.setItem(STORAGE_KEY, raw);
    const fresh = freshStore();
    await fresh.ready;
    await tick();
    expect(backups(fresh).map((b) => b.parts)).toEqual([['the saved decision (saved by another version of the app: v2)']]);
    expect(localStorage.getItem(backups(fresh)[0]!.key)).toBe(raw);
  });
});

describe('two tabs', () => {
  it('a snapshot saved in another tab is kept when this tab saves one', async () => {
    await saveToLibrary(store, 'Mine');
    // The other tab saved "Theirs" on top of the same list and wrote it.
    const theirs = JSON.parse(localStorage.getItem(LIBRARY_KEY)!);
    theirs.entries.unshift({ ...theirs.entries[0], id: 'other-tab', name: 'Theirs' });
    localStorage.setItem(LIBRARY_KEY, JSON.stringify(theirs));
    window.dispatchEvent(new StorageEvent('storage', { key: LIBRARY_KEY, newValue: JSON.stringify(theirs) }));
    await vi.waitFor(() => expect(names()).toEqual(['Theirs', 'Mine']));
    await saveToLibrary(store, 'Mine too');
    expect(JSON.parse(localStorage.getItem(LIBRARY_KEY)!).entries.map((e: { name: string }) => e.name)).toEqual([
      'Mine too',
      'Theirs',
      'Mine',
    ]);
  });
});
