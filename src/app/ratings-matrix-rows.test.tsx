import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../domain/bench/generate-dataset';
import { decisionOptions, optionLabels } from '../domain/scoring/decision';
import { MATRIX_ROWS } from '../features/decision/ratings-matrix';
import { createAppStore } from '../store/store';
import { renderApp } from '../../tests/render-app';

describe('the ratings matrix of a big dataset', () => {
  it(`shows the first ${MATRIX_ROWS} options, any the team changed and any with a cell to rate, and all of them when asked`, async () => {
    const dataset = generateDataset({ seed: 3, patterns: 120, criteria: 3, nodes: 4, edges: 3 });
    const options = decisionOptions(dataset);
    expect(options).toHaveLength(120);
    // The 111th option has a cell the source does not rate (the ranking links it to the matrix).
    const unrated = options[110]!;
    const ratings = dataset.decisionFramework.criteria.find((c) => c.id === dataset.scoring!.scales[1]!.criterionId)!.ratings;
    delete (ratings as Record<string, string>)[unrated];
    const store = createAppStore();
    store.getState().loadCustomDataset({ dataset, fileName: 'big.json' });
    // The team changes a rating of the 101st option.
    const late = options[100]!;
    store.getState().setOverride(late, dataset.scoring!.scales[0]!.criterionId, 'Low');
    const { user } = await renderApp('/', store);

    const matrix = within(await screen.findByRole('region', { name: 'Ratings matrix' }));
    const rowHeads = () => matrix.getAllByRole('rowheader');
    // The first rows, the row the team changed and the row with a cell to rate, not the rest.
    expect(rowHeads()).toHaveLength(MATRIX_ROWS + 2);
    expect(rowHeads()[0]).toHaveTextContent(optionLabels(dataset).get(options[0]!)!);
    expect(rowHeads().at(-2)).toHaveTextContent(optionLabels(dataset).get(late)!);
    expect(rowHeads().at(-1)).toHaveTextContent(optionLabels(dataset).get(unrated)!);

    const more = screen.getByRole('button', { name: `Show all 120 options in the matrix (${120 - MATRIX_ROWS - 2} more)` });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(rowHeads()).toHaveLength(120);
    const fewer = screen.getByRole('button', { name: `Show the first ${MATRIX_ROWS} rows of the matrix` });
    expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await user.click(fewer);
    expect(rowHeads()).toHaveLength(MATRIX_ROWS + 2);
  });

  it('has no such button for a dataset that fits', async () => {
    await renderApp('/');
    await screen.findByRole('heading', { name: 'Ratings' });
    expect(screen.queryByRole('button', { name: /in the matrix/ })).toBeNull();
  });
});
