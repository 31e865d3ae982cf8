import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../tests/render-app';
import { readRepoFile } from '../../tests/repo-file';

const panel = () => screen.getByRole('region', { name: 'Compare two decisions' });
/** A change table's rows as text, by the table's caption. */
const rows = (caption: string) =>
  within(within(panel()).getByRole('table', { name: caption }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...within(r).getAllByRole('rowheader'), ...within(r).getAllByRole('cell')].map((c) => c.textContent));

describe('comparing two decisions on the Record page', () => {
  it('lists exactly what changed between a saved snapshot and the decision in use', async () => {
    const { user, store } = await renderApp('/record');
    await user.type(await screen.findByRole('textbox', { name: 'Snapshot name' }), 'Last quarter');
    await user.click(screen.getByRole('button', { name: 'Save snapshot' }));
    expect(await within(panel()).findByRole('status')).toHaveTextContent('The two decisions are the same.');

    store.getState().setWeight('compliance-security', 10);
    store.getState().setOverride('serverless', 'scalability', 'Horizontal');
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Before' }), 'Saved: Last quarter');
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'After' }), 'The decision in use');
    expect(rows('Weights')).toEqual([['Compliance/Security', '5', '10', '+5']]);
    expect(rows('Rating overrides')).toEqual([['Serverless, Scalability', 'Automatic', 'Horizontal']]);
    expect(within(panel()).queryByRole('table', { name: 'Record' })).not.toBeInTheDocument();
    expect(within(panel()).queryByRole('table', { name: 'Team answers' })).not.toBeInTheDocument();
    expect(within(panel()).getByRole('table', { name: 'Ranking' })).toBeInTheDocument();
    expect(within(panel()).getByRole('status')).toHaveTextContent(/^\d+ changes from “Last quarter” to “The decision in use”\.$/);

    // The other way round: the same changes, before and after swapped.
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Before' }), 'The decision in use');
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'After' }), 'Saved: Last quarter');
    expect(rows('Weights')).toEqual([['Compliance/Security', '10', '5', '−5']]);
    expect(within(panel()).getByRole('button', { name: 'Download comparison (Markdown)' })).toBeEnabled();
  });

  it('compares with a snapshot file', async () => {
    const { user } = await renderApp('/record');
    const file = new File([readRepoFile('tests/fixtures/snapshots/v1.json')], 'orders.workbench.json', { type: 'application/json' });
    await user.upload(await screen.findByLabelText('Decision file to compare'), file);
    await within(panel()).findByRole('option', { name: 'File: orders.workbench.json', selected: true });
    expect(rows('Record')[0]).toEqual(['Title', 'Backend for the orders platform', 'How should we structure our backend?']);
  });

  it("shows what the room changed: who weighed in, and the room's weights once revealed", async () => {
    const { user, store } = await renderApp('/record');
    await user.type(await screen.findByRole('textbox', { name: 'Snapshot name' }), 'Before the workshop');
    await user.click(screen.getByRole('button', { name: 'Save snapshot' }));
    expect(await within(panel()).findByRole('status')).toHaveTextContent('The two decisions are the same.');

    const s = store.getState();
    s.addParticipant('Ana');
    s.addParticipant('Ben');
    const [ana, ben] = Object.keys(store.getState().participants);
    store.getState().setParticipantWeight(ana!, 'scalability', 10);
    store.getState().setParticipantWeight(ben!, 'scalability', 10);
    store.getState().setGroupRevealed(true);
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Before' }), 'Saved: Before the workshop');
    expect(rows('Group input')).toEqual([
      ['Aggregation', 'none', 'geometric mean'],
      ['Participants', 'none', 'Ana, Ben'],
      ['The ranking uses', 'none', "the room's weights"],
    ]);
    expect(rows('Weights')).toEqual([['Scalability', '5', '10', '+5']]);
  });
});
