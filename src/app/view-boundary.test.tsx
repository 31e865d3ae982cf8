import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../tests/render-app';
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import { downloadText } from '../lib/download-file';
import { reloadPage } from '../lib/reload';
import { selectGraph } from '../store/graph-selectors';
import { createAppStore, useAppStore } from '../store/store';

// Two views made to throw by a state of the decision, as a saved state that crashes a view would:
// the migration view on a node named "Boom", the workbench's decision on a dataset named "Crashy"
// or a weight of exactly 7 for scalability. Otherwise they draw a line of text (the real views are
// tested elsewhere; here what matters is the boundary around them).
vi.mock('../features/migration/migration-view', () => ({
  MigrationView: () => {
    const boom = useAppStore((s) => selectGraph(s).nodes.some((n) => n.label === 'Boom'));
    if (boom) throw new Error('Cannot draw the node “Boom”');
    return <p>Migration graph drawn</p>;
  },
}));
vi.mock('../features/decision/decision-page', () => ({
  DecisionPage: () => {
    const crashy = useAppStore((s) => s.custom?.dataset.title === 'Crashy');
    const seven = useAppStore((s) => s.weights.scalability === 7);
    if (crashy) throw new Error('This dataset cannot be ranked');
    if (seven) throw new Error('A weight of 7 breaks the ranking');
    return <p>Decision drawn</p>;
  },
}));
vi.mock('../lib/download-file', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/download-file')>()),
  downloadText: vi.fn(),
}));
vi.mock('../lib/reload', () => ({ reloadPage: vi.fn() }));

beforeAll(() => import('../features/record/download-snapshot'));
// React reports every error a boundary catches on the console; here they are expected.
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => vi.clearAllMocks());

async function crashedMigration() {
  const store = createAppStore();
  await store.ready;
  store.getState().addNode({ label: 'Boom', patternId: null });
  const app = await renderApp('/migration', store);
  const panel = await screen.findByRole('alert', { name: 'This view hit an error' });
  return { ...app, panel };
}

describe('a view that throws', () => {
  it('shows what went wrong inside the layout: the header, navigation and other views stay usable', async () => {
    const { user, panel } = await crashedMigration();
    expect(within(panel).getByText('Cannot draw the node “Boom”')).toBeInTheDocument();
    expect(within(panel).getByText(/Your decision is kept/)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Use the built-in dataset' })).toBeNull();

    const nav = screen.getByRole('navigation', { name: /main/i });
    await user.click(within(nav).getByRole('link', { name: 'Workbench' }));
    expect(await screen.findByText('Decision drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: 'This view hit an error' })).toBeNull();
    await user.click(within(nav).getByRole('link', { name: 'Forces' }));
    expect(await screen.findByRole('heading', { level: 1, name: BUILTIN_DATASET.quadrant.title })).toBeInTheDocument();
    // The state that broke the view is still there, and so are its ways out.
    await user.click(within(nav).getByRole('link', { name: 'Migration' }));
    expect(await screen.findByRole('alert', { name: 'This view hit an error' })).toBeInTheDocument();
  });

  it('undoes the last change, and the view comes back', async () => {
    const { user, panel, store } = await crashedMigration();
    await user.click(within(panel).getByRole('button', { name: 'Undo the last change' }));
    expect(await screen.findByText('Migration graph drawn')).toBeInTheDocument();
    expect(selectGraph(store.getState()).nodes.some((n) => n.label === 'Boom')).toBe(false);
  });

  it('resets the view’s part of the decision only, with Undo', async () => {
    const { user, panel, store } = await crashedMigration();
    store.setState({ weights: { scalability: 3 }, migrationCurrent: 'monolith' });
    await user.click(within(panel).getByRole('button', { name: 'Reset the migration graph' }));
    expect(await screen.findByText('Migration graph drawn')).toBeInTheDocument();
    expect(store.getState().graphEdits).toEqual({});
    expect(store.getState().migrationCurrent).toBeNull();
    expect(store.getState().weights).toEqual({ scalability: 3 });
    expect(screen.getByText('The migration graph, where you are and the target are back to the source’s.')).toBeInTheDocument();
  });

  it('downloads the decision as a snapshot file, the breaking state included', async () => {
    const { user, panel } = await crashedMigration();
    await user.click(within(panel).getByRole('button', { name: 'Download snapshot' }));
    await vi.waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    const [fileName, text] = vi.mocked(downloadText).mock.calls[0]!;
    expect(fileName).toBe('how-should-we-structure-our-backend.workbench.json');
    expect(JSON.parse(text)).toMatchObject({ type: 'architecture-workbench/snapshot' });
    expect(text).toContain('"Boom"');
    // Still on the panel: a download changes nothing.
    expect(screen.getByRole('alert', { name: 'This view hit an error' })).toBeInTheDocument();
  });

  it('reloads the page when asked', async () => {
    const { user, panel } = await crashedMigration();
    await user.click(within(panel).getByRole('button', { name: 'Reload' }));
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it('goes back to the built-in dataset when a loaded dataset breaks the view', async () => {
    const store = createAppStore();
    await store.ready;
    store.getState().loadCustomDataset({ dataset: { ...BUILTIN_DATASET, title: 'Crashy' }, fileName: 'crashy.json' });
    const { user } = await renderApp('/', store);
    const panel = await screen.findByRole('alert', { name: 'This view hit an error' });
    expect(within(panel).getByText('This dataset cannot be ranked')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Use the built-in dataset' }));
    expect(await screen.findByText('Decision drawn')).toBeInTheDocument();
    expect(store.getState().custom).toBeNull();
  });

  it('resets the workbench’s weights, answers and ratings, and catches the view again if it still throws', async () => {
    const store = createAppStore();
    await store.ready;
    store.getState().setWeight('scalability', 7);
    store.getState().addNode({ label: 'Kept', patternId: null });
    const { user } = await renderApp('/', store);
    let panel = await screen.findByRole('alert', { name: 'This view hit an error' });
    expect(within(panel).getByText('A weight of 7 breaks the ranking')).toBeInTheDocument();
    // Undo takes back the node, not the weight: the view is tried again and still throws.
    await user.click(within(panel).getByRole('button', { name: 'Undo the last change' }));
    panel = await screen.findByRole('alert', { name: 'This view hit an error' });
    await user.click(within(panel).getByRole('button', { name: 'Reset weights, team answers and ratings' }));
    expect(await screen.findByText('Decision drawn')).toBeInTheDocument();
    expect(store.getState().weights).toEqual({});
  });
});
