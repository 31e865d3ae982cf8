import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../../tests/render-app';
import { readRepoFile } from '../../tests/repo-file';
import { svgWithSnapshot } from '../domain/image/embedded-snapshot';
import { STORAGE_KEY } from '../store/store';

// Modules the app loads on demand (besides the route's own, which renderApp awaits) are loaded
// first: findBy then waits for the page, never for a first import on a busy machine.
beforeAll(() => Promise.all([import('../features/record/open-snapshot'), import('../features/record/download-snapshot')]));

const savedList = () => screen.getByRole('list', { name: 'Saved snapshots' });
const savedNames = () =>
  within(savedList())
    .getAllByRole('listitem')
    .map((li) => li.querySelector('strong')?.textContent);

describe('saved snapshots on the Record page', () => {
  it('starts empty and says so', async () => {
    await renderApp('/record');
    expect(await screen.findByText('No saved snapshots yet.')).toBeInTheDocument();
  });

  it('saves under a name (the title when none is given), renames, duplicates, deletes with undo', async () => {
    const { user } = await renderApp('/record');
    await user.type(await screen.findByRole('textbox', { name: 'Snapshot name' }), 'Before the workshop');
    await user.click(screen.getByRole('button', { name: 'Save snapshot' }));
    expect(await screen.findByText('Saved “Before the workshop”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save snapshot' }));
    expect(await screen.findByText('Saved “How should we structure our backend?”.')).toBeInTheDocument();
    expect(savedNames()).toEqual(['How should we structure our backend?', 'Before the workshop']);

    await user.click(screen.getByRole('button', { name: 'Rename “Before the workshop”' }));
    const input = screen.getByRole('textbox', { name: 'New name for “Before the workshop”' });
    await user.clear(input);
    await user.type(input, 'Option A{Enter}');
    expect(savedNames()).toEqual(['How should we structure our backend?', 'Option A']);

    await user.click(screen.getByRole('button', { name: 'Duplicate “Option A”' }));
    expect(savedNames()).toEqual(['How should we structure our backend?', 'Option A (copy)', 'Option A']);

    await user.click(screen.getByRole('button', { name: 'Delete “Option A”' }));
    expect(savedNames()).toEqual(['How should we structure our backend?', 'Option A (copy)']);
    await user.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(savedNames()).toEqual(['How should we structure our backend?', 'Option A (copy)', 'Option A']);
  });

  it('an accepted decision is superseded by the one in use: both kept, the old one marked, its record says by what', async () => {
    const { user, store } = await renderApp('/record');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Status' }), 'accepted');
    await user.type(screen.getByRole('textbox', { name: 'Snapshot name' }), 'Q3 decision');
    await user.click(screen.getByRole('button', { name: 'Save snapshot' }));
    expect(await screen.findByText('Saved “Q3 decision”.')).toBeInTheDocument();
    // A proposed decision offers no Supersede; an accepted one does.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'proposed');
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Q4 decision');
    await user.click(screen.getByRole('button', { name: 'Supersede “Q3 decision” with the decision in use' }));
    expect(await screen.findByText('“Q3 decision” is now superseded by “Q4 decision”.')).toBeInTheDocument();
    expect(savedNames()).toEqual(['Q4 decision', 'Q3 decision']);
    const old = within(savedList()).getAllByRole('listitem')[1]!;
    expect(old).toHaveTextContent('superseded by “Q4 decision”');
    expect(within(old).queryByRole('button', { name: /Supersede/ })).toBeNull();
    const entry = store.getState().library.entries.find((e) => e.name === 'Q3 decision')!;
    expect(entry.snapshot.decision).toMatchObject({ status: 'superseded', supersededBy: 'Q4 decision' });
    expect(screen.queryByRole('button', { name: /^Supersede “Q4 decision”/ })).toBeNull();
  });

  it('Escape cancels a rename', async () => {
    const { user } = await renderApp('/record');
    await user.click(await screen.findByRole('button', { name: 'Save snapshot' }));
    await user.click(await screen.findByRole('button', { name: /^Rename/ }));
    await user.type(screen.getByRole('textbox', { name: /^New name for/ }), ' changed{Escape}');
    expect(savedNames()).toEqual(['How should we structure our backend?']);
  });

  it('opens a saved snapshot in place of the decision in use, with undo', async () => {
    const { user } = await renderApp('/record');
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Plan A');
    await user.click(screen.getByRole('button', { name: 'Save snapshot' }));
    await user.clear(title);
    await user.type(title, 'Plan B');
    await user.click(await screen.findByRole('button', { name: 'Open “Plan A”' }));
    const notice = (await screen.findByText(/Opened “Plan A” from saved snapshot “Plan A”/)).closest('[role="status"]') as HTMLElement;
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Plan A');
    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByDisplayValue('Plan B')).toBeInTheDocument();
  });
});

it('the participants field shows the opened snapshot’s participants, and keeps a half-typed list', async () => {
  const { user } = await renderApp('/record');
  const field = await screen.findByRole('textbox', { name: 'Participants (comma-separated)' });
  await user.type(field, 'Ana, Ben');
  await user.click(screen.getByRole('button', { name: 'Save snapshot' }));
  await user.clear(field);
  await user.type(field, 'Zoe, ');
  expect(field).toHaveValue('Zoe, ');
  await user.click(await screen.findByRole('button', { name: /^Open “/ }));
  expect(await screen.findByDisplayValue('Ana, Ben')).toBe(field);
});

describe('storage notices', () => {
  it('says when the browser storage is full and offers a snapshot file; dismiss hides it', async () => {
    const { user, store } = await renderApp('/');
    store.getState().reportStorageProblem({ kind: 'full', message: 'full' });
    const alert = await screen.findByRole('alert', { name: 'This browser’s storage is full' });
    expect(within(alert).getByRole('button', { name: 'Download snapshot' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert', { name: 'This browser’s storage is full' })).not.toBeInTheDocument();
  });

  it('names what could not be read, and lists each backup to download or remove', async () => {
    const { store, user } = await renderApp('/');
    const first = `${STORAGE_KEY}:unreadable:2026-12-01T10:00:00.000Z`;
    const second = `${STORAGE_KEY}:unreadable:2026-12-02T09:30:00.000Z`;
    localStorage.setItem(first, '{"first":1}');
    localStorage.setItem(second, '{"second":2}');
    store.getState().reportStorageProblem({
      kind: 'unreadable',
      backups: [{ key: first, from: STORAGE_KEY, at: '2026-12-01T10:00:00.000Z', parts: [] }],
    });
    store.getState().reportStorageProblem({
      kind: 'unreadable',
      backups: [{ key: second, from: STORAGE_KEY, at: '2026-12-02T09:30:00.000Z', parts: ['weights'] }],
    });
    const alert = await screen.findByRole('alert', { name: 'Some saved work could not be read' });
    const items = within(within(alert).getByRole('list', { name: 'Data set aside' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/^Saved decision, set aside .*2026.*\. Could not read: weights\./);
    expect(within(items[0]!).getByRole('button', { name: /^Download Saved decision, set aside / })).toBeEnabled();
    await user.click(within(items[1]!).getByRole('button', { name: /^Remove Saved decision, set aside / }));
    expect(localStorage.getItem(first)).toBeNull();
    expect(localStorage.getItem(second)).toBe('{"second":2}');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(1);
  });
});

it('after Delete the keyboard lands on Undo delete, and after undo on the list’s heading', async () => {
  const { user } = await renderApp('/record');
  await user.click(await screen.findByRole('button', { name: 'Save snapshot' }));
  await user.click(await screen.findByRole('button', { name: /^Delete “/ }));
  await waitFor(() => expect(screen.getByRole('button', { name: 'Undo delete' })).toHaveFocus());
  await user.keyboard('{Enter}');
  await waitFor(() => expect(screen.getByRole('heading', { name: 'Saved snapshots' })).toHaveFocus());
});

it('when the clipboard is refused, the share link is shown to copy by hand', async () => {
  const { user } = await renderApp('/record');
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
  await user.click(await screen.findByRole('button', { name: 'Copy share link' }));
  const link = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Share link' });
  expect(link.value).toMatch(/#snapshot=.{40,}/);
});

describe('opening an exported image', () => {
  // jsdom has no <dialog> modal; the notice renders it open for the test (as dataset-load.test does).
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  const v1 = readRepoFile('tests/fixtures/snapshots/v1.json');
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

  it('opens the decision an SVG carries in its metadata', async () => {
    const { user } = await renderApp('/record');
    const file = new File([svgWithSnapshot(svg, v1)], 'forces.svg', { type: 'image/svg+xml' });
    await user.upload(await screen.findByLabelText('Snapshot file'), file);
    expect(await screen.findByText(/^Opened “Backend for the orders platform” from forces\.svg/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Backend for the orders platform');
  });

  it('says plainly that an image without a decision has none, and changes nothing', async () => {
    const { user } = await renderApp('/record');
    await user.upload(await screen.findByLabelText('Snapshot file'), new File([svg], 'logo.svg', { type: 'image/svg+xml' }));
    const dialog = await screen.findByRole('dialog', { name: 'Could not open the snapshot from logo.svg' });
    expect(dialog).toHaveTextContent('this image carries no decision');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('How should we structure our backend?');
  });
});
