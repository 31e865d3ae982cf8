import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import type { Dataset } from '../domain/model/dataset';
import { type AppStore, DATASET_KEY, STORAGE_KEY, createAppStore, selectDataset } from './store';

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
});
afterEach(() => store.dispose());

const custom: Dataset = { ...BUILTIN_DATASET, id: 'team-x', title: 'Team X patterns', patterns: BUILTIN_DATASET.patterns };

describe('dataset slice', () => {
  it('uses the built-in dataset until another is loaded', () => {
    expect(selectDataset(store.getState())).toBe(BUILTIN_DATASET);
  });

  it('loads a custom dataset and confirms it, and undo goes back', () => {
    store.getState().loadCustomDataset({ dataset: custom, fileName: 'x.json' });
    expect(selectDataset(store.getState()).title).toBe('Team X patterns');
    expect(store.getState().datasetNotice).toMatchObject({ kind: 'loaded', fileName: 'x.json' });
    store.getState().undoDatasetChange();
    expect(selectDataset(store.getState())).toBe(BUILTIN_DATASET);
  });

  it('a rejected file changes nothing but the notice', () => {
    store.getState().loadCustomDataset({ dataset: custom, fileName: 'x.json' });
    const before = store.getState().custom;
    store.getState().rejectDataset('bad.json', [{ path: 'title', message: 'must not be empty' }]);
    expect(store.getState().custom).toBe(before);
    expect(store.getState().datasetNotice).toMatchObject({ kind: 'failed', fileName: 'bad.json' });
  });

  it('going back to the built-in dataset can be undone', () => {
    store.getState().loadCustomDataset({ dataset: custom, fileName: 'x.json' });
    store.getState().useBuiltinDataset();
    expect(selectDataset(store.getState())).toBe(BUILTIN_DATASET);
    store.getState().undoDatasetChange();
    expect(selectDataset(store.getState()).title).toBe('Team X patterns');
  });

  it('saves the custom dataset in this browser', () => {
    store.getState().loadCustomDataset({ dataset: custom, fileName: 'x.json' });
    store.flush();
    expect(JSON.parse(localStorage.getItem(DATASET_KEY) ?? '{}').fileName).toBe('x.json');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    expect(saved.state).not.toHaveProperty('custom');
    expect(saved.state).not.toHaveProperty('compareIds');
    expect(saved.state).not.toHaveProperty('datasetNotice');
  });

  it('ignores a saved custom dataset that no longer validates', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, state: { custom: { fileName: 'old.json', dataset: { title: 'broken' } } } }),
    );
    await store.persist.rehydrate();
    expect(selectDataset(store.getState())).toBe(BUILTIN_DATASET);
  });

  it('restores a saved valid custom dataset', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, state: { custom: { fileName: 'x.json', dataset: custom } } }));
    await store.persist.rehydrate();
    expect(selectDataset(store.getState()).title).toBe('Team X patterns');
  });
});

describe('compare slice', () => {
  it('toggles patterns and holds at most four', () => {
    const { toggleCompare } = store.getState();
    ['a', 'b', 'c', 'd', 'e'].forEach(toggleCompare);
    expect(store.getState().compareIds).toEqual(['a', 'b', 'c', 'd']);
    toggleCompare('b');
    expect(store.getState().compareIds).toEqual(['a', 'c', 'd']);
  });
});

describe('decision slice', () => {
  it('keeps weights in 0–10, and saves weights, context and overrides', () => {
    const s = store.getState();
    s.setWeight('scalability', 14);
    s.setWeight('team-size', -2);
    s.setTeamSize(42);
    s.answer(3, 'no');
    s.setOverride('space-based', 'scalability', 'Automatic');
    expect(store.getState().weights).toEqual({ scalability: 10, 'team-size': 0 });
    store.flush();
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state;
    expect(saved.weights).toEqual({ scalability: 10, 'team-size': 0 });
    expect(saved.context).toEqual({ teamSize: 42, languages: ['php', 'go'], answers: { 3: 'no' } });
    expect(saved.overrides).toEqual({ 'space-based': { scalability: 'Automatic' } });
  });

  it('clearing the last override of an option removes the option’s row', () => {
    const s = store.getState();
    s.setOverride('soa', 'scalability', 'Automatic');
    s.setOverride('soa', 'scalability', null);
    expect(store.getState().overrides).toEqual({});
  });

  it('restores saved decision state, dropping the parts that are malformed', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        state: {
          weights: { scalability: 'lots' },
          context: { teamSize: 30, languages: ['go'], answers: { 1: 'yes' } },
          overrides: { soa: { scalability: 'Automatic' } },
        },
      }),
    );
    await store.persist.rehydrate();
    const s = store.getState();
    expect(s.weights).toEqual({});
    expect(s.context).toEqual({ teamSize: 30, languages: ['go'], answers: { 1: 'yes' } });
    expect(s.overrides).toEqual({ soa: { scalability: 'Automatic' } });
  });
});

describe('first load', () => {
  it('restores what was saved when the app starts (before the first render)', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        state: { weights: { scalability: 9 }, overrides: { soa: { scalability: 'Automatic' } }, custom: null },
      }),
    );
    const fresh = createAppStore();
    await fresh.ready;
    expect(fresh.getState().weights).toEqual({ scalability: 9 });
    expect(fresh.getState().overrides).toEqual({ soa: { scalability: 'Automatic' } });
    fresh.dispose();
  });
});

describe('quadrant slice', () => {
  it('saves the team’s placements and axes, and resets one or all', () => {
    const s = store.getState();
    s.placeOption('monolith', { x: 0.5, y: 0.35 });
    s.placeOption('soa', { x: 0.1, y: 0.9 });
    s.setAxis('x', 'scalability');
    s.selectOption('soa');
    store.flush();
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state;
    expect(saved.positions).toEqual({ monolith: { x: 0.5, y: 0.35 }, soa: { x: 0.1, y: 0.9 } });
    expect(saved.axes).toEqual({ x: 'scalability', y: 'forces' });
    expect(saved).not.toHaveProperty('selectedOption');
    s.resetPosition('soa');
    expect(store.getState().positions).toEqual({ monolith: { x: 0.5, y: 0.35 } });
    s.resetPositions();
    expect(store.getState().positions).toEqual({});
  });

  it('drops saved positions outside the chart', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, state: { positions: { monolith: { x: 3, y: 0.2 } } } }));
    await store.persist.rehydrate();
    expect(store.getState().positions).toEqual({});
  });
});
