import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import type { Dataset } from '../domain/model/dataset';
import { DATASET_KEY, flushStorage, resetStore, selectDataset, STORAGE_KEY, useAppStore } from './store';

const custom: Dataset = { ...BUILTIN_DATASET, id: 'team-x', title: 'Team X patterns', patterns: BUILTIN_DATASET.patterns };

beforeEach(() => resetStore());

describe('dataset slice', () => {
  it('uses the built-in dataset until another is loaded', () => {
    expect(selectDataset(useAppStore.getState())).toBe(BUILTIN_DATASET);
  });

  it('loads a custom dataset and confirms it, and undo goes back', () => {
    useAppStore.getState().loadCustomDataset({ dataset: custom, fileName: 'x.json' });
    expect(selectDataset(useAppStore.getState()).title).toBe('Team X patterns');
    expect(useAppStore.getState().datasetNotice).toMatchObject({ kind: 'loaded', fileName: 'x.json' });
    useAppStore.getState().undoDatasetChange();
    expect(selectDataset(useAppStore.getState())).toBe(BUILTIN_DATASET);
  });

  it('a rejected file changes nothing but the notice', () => {
    useAppStore.getState().loadCustomDataset({ dataset: custom, fileName: 'x.json' });
    const before = useAppStore.getState().custom;
    useAppStore.getState().rejectDataset('bad.json', [{ path: 'title', message: 'must not be empty' }]);
    expect(useAppStore.getState().custom).toBe(before);
    expect(useAppStore.getState().datasetNotice).toMatchObject({ kind: 'failed', fileName: 'bad.json' });
  });

  it('going back to the built-in dataset can be undone', () => {
    useAppStore.getState().loadCustomDataset({ dataset: custom, fileName: 'x.json' });
    useAppStore.getState().useBuiltinDataset();
    expect(selectDataset(useAppStore.getState())).toBe(BUILTIN_DATASET);
    useAppStore.getState().undoDatasetChange();
    expect(selectDataset(useAppStore.getState()).title).toBe('Team X patterns');
  });

  it('saves the custom dataset in this browser', () => {
    useAppStore.getState().loadCustomDataset({ dataset: custom, fileName: 'x.json' });
    flushStorage();
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
    await useAppStore.persist.rehydrate();
    expect(selectDataset(useAppStore.getState())).toBe(BUILTIN_DATASET);
  });

  it('restores a saved valid custom dataset', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, state: { custom: { fileName: 'x.json', dataset: custom } } }));
    await useAppStore.persist.rehydrate();
    expect(selectDataset(useAppStore.getState()).title).toBe('Team X patterns');
  });
});

describe('compare slice', () => {
  it('toggles patterns and holds at most four', () => {
    const { toggleCompare } = useAppStore.getState();
    ['a', 'b', 'c', 'd', 'e'].forEach(toggleCompare);
    expect(useAppStore.getState().compareIds).toEqual(['a', 'b', 'c', 'd']);
    toggleCompare('b');
    expect(useAppStore.getState().compareIds).toEqual(['a', 'c', 'd']);
  });
});

describe('decision slice', () => {
  it('keeps weights in 0–10, and saves weights, context and overrides', () => {
    const s = useAppStore.getState();
    s.setWeight('scalability', 14);
    s.setWeight('team-size', -2);
    s.setTeamSize(42);
    s.answer(3, 'no');
    s.setOverride('space-based', 'scalability', 'Automatic');
    expect(useAppStore.getState().weights).toEqual({ scalability: 10, 'team-size': 0 });
    flushStorage();
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state;
    expect(saved.weights).toEqual({ scalability: 10, 'team-size': 0 });
    expect(saved.context).toEqual({ teamSize: 42, languages: ['php', 'go'], answers: { 3: 'no' } });
    expect(saved.overrides).toEqual({ 'space-based': { scalability: 'Automatic' } });
  });

  it('clearing the last override of an option removes the option’s row', () => {
    const s = useAppStore.getState();
    s.setOverride('soa', 'scalability', 'Automatic');
    s.setOverride('soa', 'scalability', null);
    expect(useAppStore.getState().overrides).toEqual({});
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
    await useAppStore.persist.rehydrate();
    const s = useAppStore.getState();
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
    vi.resetModules();
    const fresh = await import('./store');
    await fresh.storeReady;
    expect(fresh.useAppStore.getState().weights).toEqual({ scalability: 9 });
    expect(fresh.useAppStore.getState().overrides).toEqual({ soa: { scalability: 'Automatic' } });
  });
});

describe('quadrant slice', () => {
  it('saves the team’s placements and axes, and resets one or all', () => {
    const s = useAppStore.getState();
    s.placeOption('monolith', { x: 0.5, y: 0.35 });
    s.placeOption('soa', { x: 0.1, y: 0.9 });
    s.setAxis('x', 'scalability');
    s.selectOption('soa');
    flushStorage();
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state;
    expect(saved.positions).toEqual({ monolith: { x: 0.5, y: 0.35 }, soa: { x: 0.1, y: 0.9 } });
    expect(saved.axes).toEqual({ x: 'scalability', y: 'forces' });
    expect(saved).not.toHaveProperty('selectedOption');
    s.resetPosition('soa');
    expect(useAppStore.getState().positions).toEqual({ monolith: { x: 0.5, y: 0.35 } });
    s.resetPositions();
    expect(useAppStore.getState().positions).toEqual({});
  });

  it('drops saved positions outside the chart', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, state: { positions: { monolith: { x: 3, y: 0.2 } } } }));
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().positions).toEqual({});
  });
});
