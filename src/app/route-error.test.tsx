import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../tests/render-app';
import { initialDecision, pickDecision } from '../domain/decision/initial';
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import { downloadText } from '../lib/download-file';
import { createAppStore, useAppStore } from '../store/store';
import { RouteError } from './route-error';

// The app's frame made to throw by a state of the decision, as a saved state that breaks the layout
// would: the header's dataset controls throw on a dataset named "Crashy", a scalability weight of 7
// or a record titled "Boom". No view boundary is around the header: the root error page shows.
vi.mock('../features/dataset/dataset-controls', () => ({
  DatasetControls: () => {
    const crashy = useAppStore((s) => s.custom?.dataset.title === 'Crashy');
    const seven = useAppStore((s) => s.weights.scalability === 7);
    const boom = useAppStore((s) => s.record.title === 'Boom');
    if (crashy) throw new Error('The header cannot show this dataset');
    if (seven) throw new Error('A weight of 7 breaks the header');
    if (boom) throw new Error('The record “Boom” breaks the header');
    return <p>Header drawn</p>;
  },
}));
vi.mock('../lib/download-file', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/download-file')>()),
  downloadText: vi.fn(),
}));

beforeAll(() => import('../features/record/download-snapshot'));
// React reports every error a boundary catches on the console; here they are expected.
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => vi.clearAllMocks());

function Thrower(): never {
  throw new Error('Broken before the store');
}

async function crashedRoot(breakIt: (store: ReturnType<typeof createAppStore>) => void) {
  const store = createAppStore();
  await store.ready;
  breakIt(store);
  const app = await renderApp('/', store);
  const page = await screen.findByRole('alert', { name: 'Something went wrong' });
  return { ...app, page };
}

describe('the root error page', () => {
  it('says what went wrong and offers every way out the view boundary has, and Reload', async () => {
    const { page } = await crashedRoot((s) => s.getState().setWeight('scalability', 7));
    expect(within(page).getByText('A weight of 7 breaks the header')).toBeInTheDocument();
    expect(within(page).getByText(/Your decision is kept/)).toBeInTheDocument();
    expect(within(page).getByRole('button', { name: 'Undo the last change' })).toBeEnabled();
    expect(within(page).getByRole('button', { name: 'Download snapshot' })).toBeInTheDocument();
    expect(within(page).getByRole('button', { name: 'Reset the decision…' })).toBeInTheDocument();
    expect(within(page).getByRole('link', { name: 'Reload the workbench' })).toBeInTheDocument();
    // Only with a loaded dataset is there one to leave.
    expect(within(page).queryByRole('button', { name: 'Use the built-in dataset' })).toBeNull();
  });

  it('undoes the last change, and the workbench comes back', async () => {
    const { user, page, store } = await crashedRoot((s) => s.getState().setWeight('scalability', 7));
    await user.click(within(page).getByRole('button', { name: 'Undo the last change' }));
    expect(await screen.findByText('Header drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: 'Something went wrong' })).toBeNull();
    expect(store.getState().weights.scalability).not.toBe(7);
  });

  it('goes back to the built-in dataset when a loaded one breaks the frame', async () => {
    const { user, page, store } = await crashedRoot((s) =>
      s.getState().loadCustomDataset({ dataset: { ...BUILTIN_DATASET, title: 'Crashy' }, fileName: 'crashy.json' }),
    );
    await user.click(within(page).getByRole('button', { name: 'Use the built-in dataset' }));
    expect(await screen.findByText('Header drawn')).toBeInTheDocument();
    expect(store.getState().custom).toBeNull();
  });

  it('downloads the decision as a snapshot file, the breaking state included, and stays', async () => {
    const { user, page } = await crashedRoot((s) => s.getState().updateRecord({ title: 'Boom' }));
    await user.click(within(page).getByRole('button', { name: 'Download snapshot' }));
    await vi.waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    const [fileName, text] = vi.mocked(downloadText).mock.calls[0]!;
    expect(fileName).toBe('boom.workbench.json');
    expect(JSON.parse(text)).toMatchObject({ type: 'architecture-workbench/snapshot', decision: { title: 'Boom' } });
    expect(screen.getByRole('alert', { name: 'Something went wrong' })).toBeInTheDocument();
  });

  it('resets the whole decision only after a confirmation, and one Undo takes the reset back', async () => {
    const { user, page, store } = await crashedRoot((s) => {
      s.getState().setWeight('compliance', 2);
      s.getState().updateRecord({ title: 'Boom' });
    });
    await user.click(within(page).getByRole('button', { name: 'Reset the decision…' }));
    const confirm = within(page).getByRole('group', { name: 'Reset the whole decision?' });
    // Changing one's mind changes nothing.
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(store.getState().record.title).toBe('Boom');
    expect(within(page).queryByRole('group', { name: 'Reset the whole decision?' })).toBeNull();

    await user.click(within(page).getByRole('button', { name: 'Reset the decision…' }));
    await user.click(within(page).getByRole('button', { name: 'Yes, reset the decision' }));
    expect(await screen.findByText('Header drawn')).toBeInTheDocument();
    const today = store.getState().record.date;
    expect(pickDecision(store.getState())).toEqual(initialDecision(today));
    expect(screen.getByText(/The decision is back to a new one/)).toBeInTheDocument();
    store.temporal.getState().undo();
    expect(store.getState().weights.compliance).toBe(2);
  });

  it('offers Reload only, where no store is reachable', async () => {
    const router = createMemoryRouter([{ path: '/', element: <Thrower />, errorElement: <RouteError /> }]);
    render(<RouterProvider router={router} />);
    const page = await screen.findByRole('alert', { name: 'Something went wrong' });
    expect(within(page).getByText('Broken before the store')).toBeInTheDocument();
    expect(within(page).getByRole('link', { name: 'Reload the workbench' })).toBeInTheDocument();
    expect(within(page).queryAllByRole('button')).toEqual([]);
  });
});
