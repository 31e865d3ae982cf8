import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRepoFile } from '../../tests/repo-file';
import { renderApp } from '../../tests/render-app';
import { OFF_THREAD_FROM } from '../lib/read-input/read-off-thread';
import { doneReading, readInputFor } from '../store/reading';
import { readingHolder } from '../store/reading-status';
import { act } from '@testing-library/react';

// The readers load with the first input: loaded first, so findBy waits for the page, not an import.
beforeAll(() => import('../store/reading'));

HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};

/** A dataset file over the size read off the main thread: valid JSON padded with whitespace. */
function bigDatasetFile(edit: (doc: Record<string, unknown>) => void, name: string): File {
  const doc = JSON.parse(readRepoFile('data/dataset.json'));
  edit(doc);
  return new File([`${JSON.stringify(doc, null, 2)}${' '.repeat(OFF_THREAD_FROM)}`], name, { type: 'application/json' });
}

// jsdom has no Worker: these run the main-thread fallback, which says the same and reads the same.
describe('reading a big input', () => {
  it('says what it reads and how big, with Cancel, then loads it and says nothing more', async () => {
    const { user } = await renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'System Architecture Patterns: PHP vs. Go' });
    const file = bigDatasetFile((d) => {
      d.id = 'big-team';
      d.title = 'Big team patterns';
    }, 'big-team.json');
    await user.upload(screen.getByLabelText('Dataset file'), file);
    const status = (await screen.findByText(/^(Reading|Checking) big-team\.json… 1\.\d MB$/)) as HTMLElement;
    expect(status).toHaveRole('status');
    expect(screen.getByRole('progressbar', { name: 'Reading big-team.json' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Big team patterns' })).toBeInTheDocument();
    await waitFor(() => expect(status).toBeEmptyDOMElement());
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  });

  it('names the problems of a big broken file with their lines, as for a small one, and changes nothing', async () => {
    const { user } = await renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'System Architecture Patterns: PHP vs. Go' });
    const file = bigDatasetFile((d) => {
      (d.patterns as { summary?: string }[])[2]!.summary = undefined;
    }, 'big-broken.json');
    await user.upload(screen.getByLabelText('Dataset file'), file);
    const dialog = await screen.findByRole('dialog', { name: 'Could not load big-broken.json' });
    const items = within(within(dialog).getByRole('list', { name: 'Problems' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^big-broken\.json:\d+ patterns\[2\]\.summary: expected string, got nothing/),
    ]);
    expect(dialog).toHaveTextContent('Nothing was changed');
  });

  it('says a big input is being opened (no Cancel: it cannot be stopped then) until the opening is done', async () => {
    const { store } = await renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'System Architecture Patterns: PHP vs. Go' });
    const file = bigDatasetFile(() => {}, 'big-team.json');
    const read = await act(() => readInputFor(store, { kind: 'dataset-file', file }, 'big-team.json', { opening: true }));
    expect(read).toMatchObject({ ok: true });
    expect(readingHolder(store).getState().reading?.phase).toBe('opening');
    expect(screen.getByText('Opening big-team.json… the page may pause while it does.')).toHaveRole('status');
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    act(() => doneReading(store));
    expect(screen.queryByText(/^Opening big-team\.json/)).not.toBeInTheDocument();

    // A read whose result is not put in place (a file to compare with) ends with the read.
    await act(() => readInputFor(store, { kind: 'dataset-file', file }, 'big-team.json'));
    expect(readingHolder(store).getState().reading).toBeNull();
  });
});
