import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { duplicateInLibrary, openFromLibrary, removeFromLibrary, renameInLibrary, restoreToLibrary, saveToLibrary } from './library-actions';
import { openSnapshot, undoOpenSnapshot } from './snapshot-io';
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import { DATASET_KEY, flushStorage, LIBRARY_KEY, resetStore, STORAGE_KEY, useAppStore } from './store';

/** A store as the app creates it on start; reset after the test so its deferred writes end with it. */
const instances: (typeof import('./store'))[] = [];
async function freshStore() {
  vi.resetModules();
  const m = await import('./store');
  instances.push(m);
  return m;
}
afterEach(() => {
  vi.useRealTimers();
  for (const m of instances.splice(0)) m.resetStore();
});

const names = () => useAppStore.getState().library.entries.map((e) => e.name);
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => resetStore());

describe('named snapshots in the store', () => {
  it('saves the decision as it is, and opening it later brings it back (undoably)', async () => {
    useAppStore.getState().setWeight('scalability', 9);
    useAppStore.getState().updateRecord({ title: 'Orders backend' });
    const saved = await saveToLibrary('Before the workshop');
    expect(saved.snapshot.weights).toEqual({ scalability: 9 });
    expect(saved.snapshot.decision.title).toBe('Orders backend');

    useAppStore.getState().setWeight('scalability', 2);
    expect(await openFromLibrary(saved.id)).toBe(true);
    expect(useAppStore.getState().weights).toEqual({ scalability: 9 });
    expect(useAppStore.getState().snapshotNotice).toMatchObject({ kind: 'opened', from: 'saved snapshot “Before the workshop”' });
    await undoOpenSnapshot();
    expect(useAppStore.getState().weights).toEqual({ scalability: 2 });
  });

  it('renames, duplicates, deletes and undoes a delete', async () => {
    const a = await saveToLibrary('A');
    await saveToLibrary('B');
    renameInLibrary(a.id, 'First');
    duplicateInLibrary(a.id);
    expect(names()).toEqual(['B', 'First (copy)', 'First']);
    const removed = removeFromLibrary(a.id);
    expect(names()).toEqual(['B', 'First (copy)']);
    restoreToLibrary(removed!);
    expect(names()).toEqual(['B', 'First (copy)', 'First']);
  });

  it('keeps saved snapshots under their own key, read back when the app starts', async () => {
    await saveToLibrary('Kept');
    expect(JSON.parse(localStorage.getItem(LIBRARY_KEY) ?? 'null')).toMatchObject({
      type: 'architecture-workbench/library',
      entries: [{ name: 'Kept' }],
    });
    const fresh = await freshStore();
    await fresh.storeReady;
    expect(fresh.useAppStore.getState().library.entries.map((e) => e.name)).toEqual(['Kept']);
  });
});

describe('the loaded dataset', () => {
  it('is kept under its own key, written when it changes and not with every autosave, and read back at start', async () => {
    const custom = { ...structuredClone(BUILTIN_DATASET), id: 'team-x', title: 'Team X patterns' };
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    useAppStore.getState().loadCustomDataset({ dataset: custom, fileName: 'x.json' });
    const datasetWrites = () => setItem.mock.calls.filter(([k]) => k === DATASET_KEY).length;
    expect(datasetWrites()).toBe(1);
    useAppStore.getState().setWeight('scalability', 3);
    useAppStore.getState().setWeight('scalability', 4);
    flushStorage();
    expect(datasetWrites()).toBe(1);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state).not.toHaveProperty('custom');
    setItem.mockRestore();

    const fresh = await freshStore();
    await fresh.storeReady;
    expect(fresh.useAppStore.getState().custom?.dataset.title).toBe('Team X patterns');
    expect(fresh.useAppStore.getState().weights).toEqual({ scalability: 4 });
  });
});

describe('opening the app', () => {
  it('leaves what was saved as it was when nothing changes (named snapshots and the decision read at once)', async () => {
    vi.useFakeTimers();
    await saveToLibrary('Kept');
    useAppStore.getState().setWeight('scalability', 9);
    flushStorage();
    const saved = localStorage.getItem(STORAGE_KEY);
    const library = localStorage.getItem(LIBRARY_KEY);
    const fresh = await freshStore();
    await fresh.storeReady;
    fresh.flushStorage();
    // Every deferred write that starting could have scheduled, run now rather than waited for.
    await vi.runAllTimersAsync();
    fresh.flushStorage();
    expect(fresh.useAppStore.getState().weights).toEqual({ scalability: 9 });
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
    expect(localStorage.getItem(LIBRARY_KEY)).toBe(library);
  });

  it('keeps the parts that read when another part is set aside', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, state: { weights: { scalability: 'lots' }, overrides: { soa: { scalability: 'Automatic' } } } }));
    const fresh = await freshStore();
    await fresh.storeReady;
    await tick();
    fresh.flushStorage();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.overrides).toEqual({ soa: { scalability: 'Automatic' } });
  });
});

describe('saved data that no longer reads', () => {
  it('is set aside, not dropped: the rest is restored and the person is told what could not be read', async () => {
    const raw = JSON.stringify({
      version: 1,
      state: { weights: { scalability: 'lots' }, context: { teamSize: 30, languages: ['go'], answers: {} }, positions: { soa: { x: 7, y: 0 } } },
    });
    localStorage.setItem(STORAGE_KEY, raw);
    const fresh = await freshStore();
    await fresh.storeReady;
    await tick();
    const s = fresh.useAppStore.getState();
    expect(s.context.teamSize).toBe(30);
    expect(s.weights).toEqual({});
    expect(s.storageProblems.unreadable).toMatchObject({ kind: 'unreadable', parts: ['weights', 'quadrant positions'], raw, backupKey: `${STORAGE_KEY}:unreadable` });
    expect(localStorage.getItem(`${STORAGE_KEY}:unreadable`)).toBe(raw);
  });

  it('text that is not JSON at all is set aside too', async () => {
    localStorage.setItem(STORAGE_KEY, '{"version":1,"state":{"weig');
    localStorage.setItem(LIBRARY_KEY, 'garbage');
    const fresh = await freshStore();
    await fresh.storeReady;
    await tick();
    const problem = fresh.useAppStore.getState().storageProblems.unreadable;
    expect(problem?.kind === 'unreadable' && [...problem.parts].sort()).toEqual(['saved snapshots (not valid JSON)', 'the saved decision (not valid JSON)']);
    expect(localStorage.getItem(`${LIBRARY_KEY}:unreadable`)).toBe('garbage');
  });
});

describe('when the browser will not save', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says the storage is full, and the app keeps the change in memory', async () => {
    vi.useFakeTimers();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    useAppStore.getState().setWeight('scalability', 7);
    flushStorage();
    await vi.advanceTimersByTimeAsync(0);
    expect(useAppStore.getState().weights).toEqual({ scalability: 7 });
    expect(useAppStore.getState().storageProblems.full).toMatchObject({ kind: 'full' });
    // One failed write, one report: the report does not set off another write.
    const attempts = vi.mocked(Storage.prototype.setItem).mock.calls.length;
    // Every write the report could have scheduled has run: still none.
    await vi.runAllTimersAsync();
    expect(vi.mocked(Storage.prototype.setItem).mock.calls.length).toBe(attempts);
    // Dismissed, it is not repeated on every later change.
    useAppStore.getState().dismissStorageProblem('full');
    useAppStore.getState().setWeight('scalability', 8);
    flushStorage();
    await vi.advanceTimersByTimeAsync(0);
    expect(useAppStore.getState().storageProblems.full).toBeUndefined();
  });

  it('says so when storage is unavailable (private mode) and still works', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const fresh = await freshStore();
    await fresh.storeReady;
    await tick();
    expect(fresh.useAppStore.getState().storageProblems.unavailable).toMatchObject({ kind: 'unavailable' });
    fresh.useAppStore.getState().setWeight('go-fit', 4);
    expect(fresh.useAppStore.getState().weights).toEqual({ 'go-fit': 4 });
  });
});

describe('opening a snapshot and undoing it', () => {
  it('gives back every dataset’s graph edits, and leaves no graph undo step behind', async () => {
    const kept = await saveToLibrary('Plain');
    // A snapshot made on dataset team-x, with that dataset's graph unedited.
    const teamX = { ...structuredClone(BUILTIN_DATASET), id: 'team-x', title: 'Team X' };
    const snapshot = { ...kept.snapshot, dataset: { kind: 'embedded' as const, fileName: 'x.json', dataset: teamX }, migration: { graph: null, current: null, target: null } };
    // Graph edits the team made earlier on team-x, kept under its id while the built-in dataset is in use.
    const otherEdits = { nodes: [{ id: 'x', label: 'X', patternId: null }], edges: [] };
    useAppStore.setState({ graphEdits: { 'team-x': otherEdits } });
    useAppStore.temporal.getState().clear();
    useAppStore.getState().setMigrationCurrent('monolith');
    await openSnapshot({ ok: true, snapshot }, 'test');
    expect(useAppStore.getState().graphEdits).toEqual({});
    expect(useAppStore.temporal.getState().pastStates).toHaveLength(0);
    await undoOpenSnapshot();
    expect(useAppStore.getState().graphEdits).toEqual({ 'team-x': otherEdits });
    expect(useAppStore.getState().migrationCurrent).toBe('monolith');
  });
});

describe('a save from another version of the app', () => {
  it('is set aside and named, not dropped without a word', async () => {
    const raw = JSON.stringify({ version: 2, state: { weights: { scalability: 3 } } });
    localStorage.setItem(STORAGE_KEY, raw);
    const fresh = await freshStore();
    await fresh.storeReady;
    await tick();
    expect(fresh.useAppStore.getState().storageProblems.unreadable).toMatchObject({ parts: ['the saved decision (saved by another version of the app: v2)'] });
    expect(localStorage.getItem(`${STORAGE_KEY}:unreadable`)).toBe(raw);
  });
});

describe('two tabs', () => {
  it('a snapshot saved in another tab is kept when this tab saves one', async () => {
    await saveToLibrary('Mine');
    // The other tab saved "Theirs" on top of the same list and wrote it.
    const theirs = JSON.parse(localStorage.getItem(LIBRARY_KEY)!);
    theirs.entries.unshift({ ...theirs.entries[0], id: 'other-tab', name: 'Theirs' });
    localStorage.setItem(LIBRARY_KEY, JSON.stringify(theirs));
    window.dispatchEvent(new StorageEvent('storage', { key: LIBRARY_KEY, newValue: JSON.stringify(theirs) }));
    await vi.waitFor(() => expect(names()).toEqual(['Theirs', 'Mine']));
    await saveToLibrary('Mine too');
    expect(JSON.parse(localStorage.getItem(LIBRARY_KEY)!).entries.map((e: { name: string }) => e.name)).toEqual(['Mine too', 'Theirs', 'Mine']);
  });
});
