/**
 * Ids that are names of Object.prototype members ("constructor", "__proto__", "toString"…) from a
 * dataset, a snapshot or a person's typing: every view renders, and an edit with such a name
 * survives a reload. (tests/fixtures/hostile/: constructor-ids.dataset.json uses "constructor" for
 * every kind of dataset id; prototype-ids.snapshot.json uses every Object.prototype name as a graph
 * node id and as a key of weights, overrides and positions.)
 */
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRepoFile } from '../../tests/repo-file';
import { renderApp } from '../../tests/render-app';
import { parseDatasetText } from '../domain/model/parse-dataset-text';
import { parseSnapshotText } from '../domain/snapshot/serialize';
import { selectGraph } from '../store/graph-selectors';
import { applySnapshot } from '../store/snapshot-io';
import { createAppStore } from '../store/store';

function hostileDataset() {
  const read = parseDatasetText(readRepoFile('tests/fixtures/hostile/constructor-ids.dataset.json'));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
}

function hostileSnapshot() {
  const read = parseSnapshotText(readRepoFile('tests/fixtures/hostile/prototype-ids.snapshot.json'));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.snapshot;
}

async function storeWithDataset() {
  const store = createAppStore();
  await store.ready;
  store.getState().loadCustomDataset({ dataset: hostileDataset(), fileName: 'constructor.json' });
  return store;
}

async function storeWithSnapshot() {
  const store = createAppStore();
  await store.ready;
  await applySnapshot(store, hostileSnapshot());
  return store;
}

// Every view, and what it shows when it rendered (its main heading).
const VIEWS: [string, RegExp][] = [
  ['/', /Hostile ids: constructor/],
  ['/forces', /forces/i],
  ['/migration', /migration/i],
  ['/record', /record|decision/i],
  ['/record/report', /toString|How should we/],
  ['/patterns', /pattern catalog/i],
  ['/patterns/constructor', /Generated Pattern 1/],
  ['/compare', /compare/i],
  ['/present', /./],
];

// React Flow under jsdom (its testing guide): the viewport's transform, node sizes, edge label boxes.
beforeAll(() => {
  class DOMMatrixReadOnlyShim {
    m22: number;
    constructor(transform?: string) {
      const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
      this.m22 = scale === undefined ? 1 : Number(scale);
    }
  }
  globalThis.DOMMatrixReadOnly ??= DOMMatrixReadOnlyShim as unknown as typeof DOMMatrixReadOnly;
  Object.defineProperties(HTMLElement.prototype, {
    offsetWidth: { configurable: true, get: () => 160 },
    offsetHeight: { configurable: true, get: () => 48 },
  });
  (SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox ??= () => ({ x: 0, y: 0, width: 80, height: 20 }) as DOMRect;
});

/** Renders a view and checks that it is there and is not the error page. */
async function expectRenders(path: string, heading: RegExp, store: Awaited<ReturnType<typeof storeWithDataset>>) {
  const { unmount } = await renderApp(path, store);
  expect((await screen.findAllByRole('heading', { level: 1 })).map((h) => h.textContent).join(' | ')).toMatch(heading);
  expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
  unmount();
}

describe('a dataset whose ids are all "constructor"', () => {
  it.each(VIEWS)('renders %s', async (path, heading) => {
    await expectRenders(path, heading, await storeWithDataset());
  });
});

describe('a snapshot keyed by every Object.prototype name', () => {
  it.each(VIEWS)('renders %s', async (path, heading) => {
    await expectRenders(path, heading, await storeWithSnapshot());
  });
});

describe('a custom node named "Constructor" on the migration view', () => {
  it('is added, drawn, and still there (and the view still works) after a reload', async () => {
    const { user, store, unmount } = await renderApp('/migration');
    await user.type(await screen.findByRole('textbox', { name: 'Or a custom one' }), 'Constructor');
    await user.click(screen.getByRole('button', { name: 'Add node' }));
    expect(selectGraph(store.getState()).nodes.map((n) => n.id)).toContain('constructor');
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
    store.flush();
    unmount();

    // A new store over the same browser storage: what a reload reads.
    const reloaded = createAppStore();
    const { user: user2 } = await renderApp('/migration', reloaded);
    expect(selectGraph(reloaded.getState()).nodes.find((n) => n.id === 'constructor')?.label).toBe('Constructor');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
    const where = screen.getByRole('combobox', { name: 'You are at' });
    expect(within(where).getByRole('option', { name: 'Constructor' })).toBeInTheDocument();
    // Picking it as where the team is: the paths are looked for from it (it has no migrations yet).
    await user2.selectOptions(where, 'Constructor');
    expect(reloaded.getState().migrationCurrent).toBe('constructor');
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
  });
});
