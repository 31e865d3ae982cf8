import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { nodeForPattern } from '../../domain/graph/graph';
import { selectGraph } from '../../store/graph-selectors';
import { useAppStore } from '../../store/store';
import { formatCoordinate, formatCoordinates, formatScore } from '../../ui/format';
import { SourceNote } from '../../ui/source-note';
import { TableScroll } from '../../ui/table-scroll';
import { QuadrantExport } from './quadrant-export';
import { scoreColor, useQuadrant } from './use-quadrant';

const QuadrantChart = lazy(() => import('./quadrant-chart'));

function AxisPicker({ dim }: { dim: 'x' | 'y' }) {
  const q = useQuadrant();
  const setAxis = useAppStore((s) => s.setAxis);
  const force = dim === 'x' ? q.view.dataset.quadrant.xAxis : q.view.dataset.quadrant.yAxis;
  return (
    <label className="field">
      <span>{dim === 'x' ? 'Horizontal axis' : 'Vertical axis'}</span>
      <select value={q.axes[dim]} onChange={(e) => setAxis(dim, e.currentTarget.value)}>
        <option value="forces">
          {force.low} → {force.high} (source)
        </option>
        {q.view.decision.criteria.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} fit
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The selected point's details, in a panel of its own: the page puts it beside the chart, at the top
 * of the side column, so a click on a point opens something in view (below the chart it fell under
 * the fold at 1280×720).
 */
export function QuadrantDetails() {
  return (
    <section className="panel quadrant-details" aria-label="Chart details">
      <Details />
    </section>
  );
}

function Details() {
  const q = useQuadrant();
  const selected = useAppStore((s) => s.selectedOption);
  const selectOption = useAppStore((s) => s.selectOption);
  const resetPosition = useAppStore((s) => s.resetPosition);
  const setMigrationTarget = useAppStore((s) => s.setMigrationTarget);
  const targetNode = useAppStore((s) => (selected ? (nodeForPattern(selectGraph(s), selected)?.id ?? null) : null));
  const isTarget = useAppStore((s) => targetNode !== null && s.migrationTarget === targetNode);
  const point = q.points.find((p) => p.id === selected);
  if (!selected) {
    return <p className="muted">Select a point (click, or Tab to it and press Enter) to see its details.</p>;
  }
  const pattern = q.view.dataset.patterns.find((p) => p.id === selected);
  const score = q.scores.get(selected);
  const ranked = q.view.ranking.ranked.find((r) => r.option === selected);
  return (
    <div className="details" aria-live="polite">
      <h3>{q.view.optionName(selected)}</h3>
      <p className="details-meta">
        {point ? formatCoordinates(point) : 'Not on these axes'}
        {' · '}
        {score === undefined ? 'unrated' : `score ${formatScore(score)}, rank ${ranked?.rank}`}
      </p>
      {pattern && <p>{pattern.summary}</p>}
      <div className="details-actions">
        {pattern && (
          <Link className="button small" to={`/patterns/${pattern.id}`}>
            Open pattern
          </Link>
        )}
        {targetNode && (
          <button
            type="button"
            className="button small"
            aria-pressed={isTarget}
            onClick={() => setMigrationTarget(isTarget ? null : targetNode)}
          >
            {isTarget ? 'Migration target ✓' : 'Set as migration target'}
          </button>
        )}
        {point?.source && (
          <button type="button" className="button small" onClick={() => resetPosition(selected)}>
            Back to the source position
          </button>
        )}
        <button type="button" className="button ghost small" onClick={() => selectOption(null)}>
          Close
        </button>
      </div>
    </div>
  );
}

/** The source's "Architecture Forces" chart, live with the ranking and editable by the team. */
export function QuadrantView() {
  const q = useQuadrant();
  const [asTable, setAsTable] = useState(false);
  const positions = useAppStore((s) => s.positions);
  const resetPositions = useAppStore((s) => s.resetPositions);
  const moved = Object.keys(positions).length;
  const quadrant = q.view.dataset.quadrant;

  return (
    <section className="panel quadrant-panel" aria-label={`${quadrant.title} chart`}>
      <div className="quadrant-controls">
        <AxisPicker dim="x" />
        <AxisPicker dim="y" />
        <button type="button" className="button small" aria-pressed={asTable} onClick={() => setAsTable((t) => !t)}>
          Show as table
        </button>
        <button type="button" className="button ghost small" onClick={resetPositions} disabled={moved === 0}>
          Reset all positions{moved > 0 ? ` (${moved})` : ''}
        </button>
        <QuadrantExport />
      </div>
      <div className="quadrant-chart">
        {asTable ? (
          <TableScroll label="Quadrant points table">
            <table className="data-table">
              <caption className="visually-hidden">Options on the {quadrant.title} chart</caption>
              <thead>
                <tr>
                  <th scope="col">Option</th>
                  <th scope="col">x ({q.axisName(q.axes.x, 'x').title})</th>
                  <th scope="col">y ({q.axisName(q.axes.y, 'y').title})</th>
                  <th scope="col">Source position</th>
                  <th scope="col">Score</th>
                </tr>
              </thead>
              <tbody>
                {q.points.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{q.view.optionName(p.id)}</th>
                    <td>{formatCoordinate(p.x)}</td>
                    <td>{formatCoordinate(p.y)}</td>
                    <td>{p.source ? `moved from ${formatCoordinates(p.source)}` : q.draggable ? 'as in the source' : '—'}</td>
                    <td>{q.scores.has(p.id) ? formatScore(q.scores.get(p.id) as number) : 'unrated'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <div className="quadrant-canvas">
            <Suspense fallback={<div className="chart-placeholder" aria-hidden="true" />}>
              <QuadrantChart />
            </Suspense>
          </div>
        )}
        {q.missing.length > 0 && (
          <p className="muted small">Not on these axes: {q.missing.map((m) => `${q.view.optionName(m.id)} (${m.reason})`).join('; ')}.</p>
        )}
      </div>
    </section>
  );
}

/** How to read and use the chart, and where it comes from: the page puts it in the side column, so the chart can have the height. */
export function QuadrantLegend() {
  const q = useQuadrant();
  return (
    <section className="panel legend-block" aria-labelledby="quadrant-legend-title">
      <h2 id="quadrant-legend-title">Reading the chart</h2>
      <p className="small">
        <span className="legend-dots" aria-hidden="true">
          {[0.3, 0.6, 0.9].map((s) => (
            <span key={s} style={{ width: 8 + 14 * s, height: 8 + 14 * s, background: scoreColor(s) }} />
          ))}
        </span>
        Size and colour show each option’s current score from the ranking: larger and darker fits your weights better. Hollow points are
        unrated.{' '}
        {q.draggable
          ? 'Drag a point, or focus it and use the arrow keys (Shift for bigger steps), to place it where your team thinks it belongs. The source position stays as a ghost.'
          : 'On criterion axes a position is the option’s fit; change it in the ratings.'}
      </p>
      <SourceNote source={q.view.dataset.quadrant.source} />
    </section>
  );
}
