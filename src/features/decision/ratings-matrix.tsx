import { useState } from 'react';
import { cellRating, parseRange, ratingChoices } from '../../domain/scoring/decision';
import { useAppStore } from '../../store/store';
import { OursBadge } from '../../ui/source-note';
import { TableScroll } from '../../ui/table-scroll';
import { useDecision } from './use-decision';

interface CellProps {
  option: string;
  criterion: string;
  label: string;
}

function RangeCell({ option, criterion, label, rating }: CellProps & { rating: string | null }) {
  const setOverride = useAppStore((s) => s.setOverride);
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

function RatingCell({ option, criterion, label }: CellProps) {
  const dataset = useDecision().dataset;
  const overrides = useAppStore((s) => s.overrides);
  const setOverride = useAppStore((s) => s.setOverride);
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
}

/** The source's ratings as an editable matrix: the team may disagree, see what it changed, and reset. */
export function RatingsMatrix() {
  const { dataset, decision, optionName } = useDecision();
  const overrides = useAppStore((s) => s.overrides);
  const resetOverrides = useAppStore((s) => s.resetOverrides);
  const changed = Object.values(overrides).reduce((n, row) => n + Object.keys(row).length, 0);
  const criteria = decision.criteria.filter((c) => !c.derived);

  return (
    <section className="panel" aria-labelledby="ratings-title">
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
        The source’s Architecture Decision Framework. Disagree? Change a cell: the ranking follows. How words become
        scores is our own reading <OursBadge />: {dataset.scoring?.note}
      </p>
      <TableScroll label="Ratings matrix">
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
            {decision.matrix.options.map((o) => (
              <tr key={o}>
                <th scope="row">{optionName(o)}</th>
                {criteria.map((c) => (
                  <RatingCell key={c.id} option={o} criterion={c.id} label={`${optionName(o)}, ${c.name}`} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
