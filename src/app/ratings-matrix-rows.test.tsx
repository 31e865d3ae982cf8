import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../domain/bench/generate-dataset';
import { decisionOptions, optionLabels } from '../domain/scoring/decision';
import { MATRIX_ROWS } from '../features/decision/ratings-matrix';
import { createAppStore } from '../store/store';
import { renderApp } from '../../tests/render-app';

describe('the ratings matrix of a big dataset', () => {
  it(`shows the first ${MATRIX_ROWS} options and any the team changed, and all of them when asked`, async () => {
    const dataset = generateDataset({ seed: 3, patterns: 120, criteria: 3, nodes: 4, edges: 3 });
    const options = decisionOptions(dataset);
    expect(options).toHaveLength(120);
    const store = createAppStore();
    store.getState().loadCustomDataset({ dataset, fileName: 'big.json' });
    // The team changes a rating of the 101st option.
    const late = options[100]!;
    store.getState().setOverride(late, dataset.scoring!.scales[0]!.criterionId, 'Low');
    const { user } = await renderApp('/', store);

    const matrix = within(await screen.findByRole('region', { name: 'Ratings matrix' }));
    const rowHeads = () => matrix.getAllByRole('rowheader');
    // The first rows, and the row the team changed, not the rest.
    expect(rowHeads()).toHaveLength(MATRIX_ROWS + 1);
    expect(rowHeads()[0]).toHaveTextContent(optionLabels(dataset).get(options[0]!)!);
    expect(rowHeads().at(-1)).toHaveTextContent(optionLabels(dataset).get(late)!);

    const more = screen.getByRole('button', { name: `Show all 120 options (${120 - MATRIX_ROWS - 1} more)` });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(rowHeads()).toHaveLength(120);
    const fewer = screen.getByRole('button', { name: `Show the first ${MATRIX_ROWS} options` });
    expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await user.click(fewer);
    expect(rowHeads()).toHaveLength(MATRIX_ROWS + 1);
  });

  it('has no such button for a dataset that fits', async () => {
    await renderApp('/');
    await screen.findByRole('heading', { name: 'Ratings' });
    expect(screen.queryByRole('button', { name: /^Show all .* options/ })).toBeNull();
  });
});
