import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderApp } from '../../tests/render-app';
import { readRepoFile } from '../../tests/repo-file';
import { parseSnapshotText } from '../domain/snapshot/serialize';
import { shareLink } from '../domain/snapshot/share-link';

function linkPath(): string {
  const read = parseSnapshotText(readRepoFile('tests/fixtures/snapshots/v1.json'));
  if (!read.ok) throw new Error('fixture does not read');
  const url = new URL(shareLink('http://localhost/outcome', read.snapshot).url);
  return `${url.pathname}${url.hash}`;
}

it('shows a shared decision read-only, leaves the decision in use alone, and opens it in the workbench on request', async () => {
  const { user, store, router } = await renderApp(linkPath());
  expect(await screen.findByRole('heading', { level: 1, name: 'Backend for the orders platform' })).toBeInTheDocument();
  expect(screen.getByText('A shared decision, read-only: your own decision is unchanged.')).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'Pros and cons of the options' })).toBeInTheDocument();
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument(); // nothing to edit
  expect(store.getState().record.title).toBe('How should we structure our backend?');

  await user.click(screen.getByRole('button', { name: 'Open in the workbench' }));
  expect(await screen.findByText(/^Opened “Backend for the orders platform” from the shared link/)).toBeInTheDocument();
  expect(store.getState().record.title).toBe('Backend for the orders platform');
  expect(router.state.location.pathname).toBe('/');
});

it('says so when the link carries no decision', async () => {
  await renderApp('/outcome');
  expect(await screen.findByRole('heading', { level: 1, name: 'No shared decision here' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'See the decision in use as a report' })).toBeInTheDocument();
});
