import { readRepoFile } from '../../tests/repo-file';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../../tests/render-app';

// Modules the app loads on demand (besides the route's own, which renderApp awaits) are loaded
// first: findBy then waits for the page, never for a first import on a busy machine.
beforeAll(() => Promise.all([import('../domain/model/parse-dataset-text'), import('../store/reading')]));

const builtinText = readRepoFile('data/dataset.json');

function customDatasetFile(): File {
  const doc = JSON.parse(builtinText);
  doc.id = 'team-x';
  doc.title = 'Team X patterns';
  return new File([JSON.stringify(doc)], 'team-x.json', { type: 'application/json' });
}

// jsdom has no <dialog> modal; the notice renders it open for the test.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};

describe('loading a dataset', () => {
  it('loads a valid file, confirms it, and offers the way back to the built-in one', async () => {
    const { user } = await renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'System Architecture Patterns: PHP vs. Go' });
    await user.upload(screen.getByLabelText('Dataset file'), customDatasetFile());
    expect((await screen.findByText(/Loaded “Team X patterns” from team-x.json/)).parentElement).toHaveRole('status');
    expect(screen.getByRole('heading', { level: 1, name: 'Team X patterns' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use built-in dataset' }));
    expect(screen.getByRole('heading', { level: 1, name: 'System Architecture Patterns: PHP vs. Go' })).toBeInTheDocument();
  });

  it('lists every problem of a broken file with its place, and keeps the current dataset', async () => {
    const { user } = await renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'System Architecture Patterns: PHP vs. Go' });
    const doc = JSON.parse(builtinText);
    doc.title = 'Broken';
    doc.quadrant.points[1].y = -3;
    delete doc.patterns[2].summary;
    const text = JSON.stringify(doc, null, 2);
    await user.upload(screen.getByLabelText('Dataset file'), new File([text], 'broken.json', { type: 'application/json' }));

    const dialog = await screen.findByRole('dialog', { name: 'Could not load broken.json' });
    expect(dialog).toHaveTextContent('Nothing was changed: you are still using “System Architecture Patterns: PHP vs. Go”');
    const items = within(within(dialog).getByRole('list', { name: 'Problems' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^broken\.json:\d+ patterns\[2\]\.summary: expected string, got nothing/),
      expect.stringMatching(/^broken\.json:\d+ quadrant\.points\[1\]\.y: expected a number between 0 and 1$/),
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('heading', { level: 1, name: 'System Architecture Patterns: PHP vs. Go' })).toBeInTheDocument();
  });

  it('reports a file that is not JSON with its line', async () => {
    const { user } = await renderApp('/');
    await user.upload(
      await screen.findByLabelText('Dataset file'),
      new File(['{\n  "type": "architecture-workbench/dataset",\n  oops\n}'], 'notes.json'),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Could not load notes.json' });
    expect(dialog).toHaveTextContent(/notes\.json:3 not valid JSON/);
  });
});
