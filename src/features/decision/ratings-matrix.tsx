import { memo, useMemo, useState } from 'react';
import {
  cellRating,
  decisionOptions,
  optionsWithUnratedCells,
  parseRange,
  ratingChoices,
  type RatingOverrides,
} from '../../domain/scoring/decision';
import type { Dataset } from '../../domain/model/dataset';
import { optionNamesOf } from '../../store/decision-selectors';
import { useAppStore, useAppStoreApi, useDataset, type AppState } from '../../store/store';
import { OursBadge } from '../../ui/source-note';
import { own } from '../../domain/own';
import './decision.css';
import { TableScroll } from '../../ui/table-scroll';

interface CellProps {
  option: string;
  criterion: string;
  label: string;
}

// Cells call the store's action when edited but do not subscribe to the store: 20,000 cells
// subscribed would each run their selector on every store change (every slider step).
function useSetOverride(): AppState['setOverride'] {
  const store = useAppStoreApi();
  return (...args) => store.getState().setOverride(...args);
}

function RangeCell({ option, criterion, label, rating }: CellProps & { rating: string | null }) {
  const setOverride = useSetOverride();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? rating ?? '';
  const invalid = draft !== null && draft.trim() !== '' && parseRange(draft) === null;
  const commit = () => {
    if (draft === null) return;
    const text = draft.trim();
    if (text === '' || parseRange(text)) {
      if (text !== (rating ?? '')) setOverride(option, criterion, text === '' ? null : text);
      setDraft(null);
    }
  };
  return (
    <>
      <input
        type="text"
        className="cell-input"
        value={value}
        placeholder="e.g. 10-40"
        aria-label={label}
        aria-invalid={invalid || undefined}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      {invalid && <span className="cell-error">Write a range such as 10-40</span>}
    </>
  );
}

/**
 * One cell, memoised on the dataset and the overrides it is given: a slider step re-renders none
 * of the cells (20,000 of them at 1,000 × 20).
 */
const RatingCell = memo(function RatingCell({
  option,
  criterion,
  label,
  dataset,
  overrides,
}: CellProps & { dataset: Dataset; overrides: RatingOverrides }) {
  const setOverride = useSetOverride();
  const cell = cellRating(dataset, overrides, option, criterion);
  const choices = ratingChoices(dataset, criterion);
  const reset = cell.overridden && (
    <button
      type="button"
      className="cell-reset"
      aria-label={`Reset ${label} to the source’s ${cell.sourceRating ?? 'unrated'}`}
      title={`Source: ${cell.sourceRating ?? 'unrated'}`}
      onClick={() => setOverride(option, criterion, null)}
    >
      ↺
    </button>
  );
  return (
    <td className={cell.overridden ? 'changed' : cell.rating === null ? 'unrated-cell' : undefined}>
      <div className="cell">
        {choices ? (
          <select
            className="cell-input"
            aria-label={label}
            value={cell.rating ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setOverride(option, criterion, v === '' || v === cell.sourceRating ? null : v);
            }}
          >
            {cell.rating === null && <option value="">Unrated</option>}
            {choices.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        ) : (
          <RangeCell key={cell.rating ?? ''} option={option} criterion={criterion} label={label} rating={cell.rating} />
        )}
        {reset}
      </div>
      {cell.overridden && <span className="cell-source">source: {cell.sourceRating ?? 'unrated'}</span>}
    </td>
  );
});

/**
 * Rows shown until the person asks for all. A big dataset's every row in the page (1,000 options ×
 * 20 criteria: 20,000 selects and about 790,000 DOM nodes) made the heap large enough for long
 * garbage collections during slider steps, and with 11,000 options the Workbench sometimes took
 * over a minute and a half to appear. Rows changed by the team, and rows with a cell to rate, are
 * shown whatever their place.
 */
export const MATRIX_ROWS = 50;

/**
 * The source's ratings as an editable matrix: the team may disagree, see what it changed, and reset.
 * Memoised (no props): the decision page re-rendering for a slider step does not reach its cells.
 */
export const RatingsMatrix = memo(function RatingsMatrix() {
  // The dataset and overrides only, not the decision: a slider step does not re-render the matrix.
  const dataset = useDataset();
  const overrides = useAppStore((s) => s.overrides);
  const resetOverrides = useAppStore((s) => s.resetOverrides);
  const changed = Object.values(overrides).reduce((n, row) => n + Object.keys(row).length, 0);
  const optionName = optionNamesOf(dataset);
  const options = useMemo(() => decisionOptions(dataset), [dataset]);
  // The rated criteria, as the decision lists them (one per scale, named as in the framework).
  const criteria = useMemo(() => {
    const names = new Map(dataset.decisionFramework.criteria.map((c) => [c.id, c.name]));
    return (dataset.scoring?.scales ?? []).map((sc) => ({ id: sc.criterionId, name: names.get(sc.criterionId) ?? sc.criterionId }));
  }, [dataset]);
  const [showAll, setShowAll] = useState(false);
  // Past the first rows, an option still has its row when the team changed it or it has a cell to
  // rate (the ranking's "Rate it in the matrix" links here).
  const toRate = useMemo(
    () =>
      options.length > MATRIX_ROWS
        ? optionsWithUnratedCells(
            dataset,
            overrides,
            options,
            criteria.map((c) => c.id),
          )
        : null,
    [dataset, overrides, options, criteria],
  );
  const rows = showAll || !toRate ? options : options.filter((o, i) => i < MATRIX_ROWS || own(overrides, o) !== undefined || toRate.has(o));
  const hidden = options.length - rows.length;

  return (
    <section className="panel ratings-panel" aria-labelledby="ratings-title">
      <header className="panel-header">
        <h2 id="ratings-title">Ratings</h2>
        <div className="panel-actions">
          <span className="muted small" role="status">
            {changed === 0 ? 'As in the source' : `${changed} cell${changed === 1 ? '' : 's'} changed by you`}
          </span>
          <button type="button" className="button ghost small" onClick={resetOverrides} disabled={changed === 0}>
            Reset all ratings
          </button>
        </div>
      </header>
      <p className="muted small">
        The source’s Architecture Decision Framework. Disagree? Change a cell: the ranking follows. How words become scores is our own
        reading <OursBadge />: {dataset.scoring?.note}
      </p>
      <TableScroll label="Ratings matrix" stickyFirstColumn>
        <table className="data-table matrix">
          <thead>
            <tr>
              <th scope="col">Option</th>
              {criteria.map((c) => (
                <th scope="col" key={c.id} title={dataset.scoring?.scales.find((s) => s.criterionId === c.id)?.explanation}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o}>
                <th scope="row">{optionName(o)}</th>
                {criteria.map((c) => (
                  <RatingCell
                    key={c.id}
                    option={o}
                    criterion={c.id}
                    label={`${optionName(o)}, ${c.name}`}
                    dataset={dataset}
                    overrides={overrides}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {options.length > MATRIX_ROWS && (
        <button type="button" className="button ghost small matrix-more" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
          {showAll
            ? `Show the first ${MATRIX_ROWS} rows of the matrix`
            : `Show all ${options.length} options in the matrix (${hidden} more)`}
        </button>
      )}
    </section>
  );
});
