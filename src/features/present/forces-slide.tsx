import { useMemo, useRef } from 'react';
import { estimateTextWidth, placeLabels, type Box } from '../../domain/quadrant/labels';
import { plotPoints } from '../../domain/quadrant/positions';
import { decisionOptions } from '../../domain/scoring/decision';
import { selectDecisionView } from '../../store/decision-selectors';
import { useAppStore } from '../../store/store';
import { useBoxSize } from '../../ui/use-box-size';
import { formatScore } from '../../ui/format';

const fixed = (v: number) => v.toFixed(2);
/** Labels are bold: wider than the estimate's regular weight. */
const BOLD = 1.12;

/**
 * The forces quadrant as plain SVG drawn at the size of its box (no viewBox scaling, so every font
 * size is the size on screen), with a focusable, named point per option.
 */
export function ForcesSlide() {
  const box = useRef<HTMLDivElement>(null);
  // Text is drawn at the slide's own font size (present.css), read from the box.
  const { width, height, fontSize: fs } = useBoxSize(box);
  const view = useAppStore(selectDecisionView);
  const positions = useAppStore((s) => s.positions);
  const axes = useAppStore((s) => s.axes);
  const { dataset, decision, ranking, optionName, criterionName } = view;

  const drawing = useMemo(() => {
    if (width === 0 || height === 0) return null;
    const plot = plotPoints(dataset, decisionOptions(dataset), decision.matrix, positions, axes, criterionName);
    const axisText = (axis: string, dim: 'x' | 'y') => {
      if (axis === 'forces') return dim === 'x' ? dataset.quadrant.xAxis : dataset.quadrant.yAxis;
      return { low: `${criterionName(axis)} fit: poor`, high: 'good' };
    };
    // Axis captions run horizontally (a rotated one does not fit a short plot at 18 px): the y axis's
    // high end above the plot, the x axis's ends below it, the y axis's low end under those.
    const left = fs * 0.4;
    const top = fs * 1.6;
    const right = width - fs * 0.4;
    const bottom = height - fs * 3.1;
    const sx = (x: number) => left + x * (right - left);
    const sy = (y: number) => bottom - y * (bottom - top);
    const pad = fs * 0.5;
    const forces = axes.x === 'forces' && axes.y === 'forces';
    const quadrantName = (n: number) => dataset.quadrant.quadrants.find((q) => q.number === n)?.name ?? '';
    const names = forces
      ? [
          // Quadrant 1's name sits low in its quadrant: the top right corner is where leaders crowd.
          { n: 1, x: right - pad, y: sy(0.5) - pad, anchor: 'end' as const },
          { n: 2, x: left + pad, y: top + pad + fs, anchor: 'start' as const },
          { n: 3, x: left + pad, y: bottom - pad, anchor: 'start' as const },
          { n: 4, x: right - pad, y: bottom - pad, anchor: 'end' as const },
        ].map((q) => ({ ...q, text: quadrantName(q.n) }))
      : [];
    const nameBoxes: Box[] = names.map((q) => {
      const w = estimateTextWidth(q.text, fs * BOLD);
      return { x: q.anchor === 'end' ? q.x - w : q.x, y: q.y - fs, width: w, height: fs * 1.2 };
    });
    const scores = new Map(ranking.ranked.map((r) => [r.option, r.score]));
    const r = fs * 0.55;
    const points = plot.points.map((p) => ({ ...p, cx: sx(p.x), cy: sy(p.y), name: optionName(p.id), score: scores.get(p.id) }));
    const labels = placeLabels(
      points.map((p) => ({ id: p.id, cx: p.cx, cy: p.cy, r, width: estimateTextWidth(p.name, fs * BOLD), height: fs * 1.25 })),
      { x: left, y: top, width: right - left, height: bottom - top },
      nameBoxes,
    );
    return {
      left,
      top,
      right,
      bottom,
      sx,
      sy,
      names,
      points,
      labels,
      r,
      x: axisText(axes.x, 'x'),
      y: axisText(axes.y, 'y'),
      missing: plot.missing,
    };
  }, [width, height, fs, dataset, decision, ranking, positions, axes, optionName, criterionName]);

  const leader = ranking.ranked[0]?.option;
  return (
    <div className="present-chart" ref={box}>
      {drawing && (
        <svg
          width={width}
          height={height}
          role="group"
          aria-label={`${dataset.quadrant.title}: options by ${drawing.x.low} to ${drawing.x.high} and ${drawing.y.low} to ${drawing.y.high}`}
          style={{ fontSize: `${fs}px` }}
        >
          <rect
            x={drawing.left}
            y={drawing.top}
            width={drawing.right - drawing.left}
            height={drawing.bottom - drawing.top}
            className="present-plot"
          />
          <line x1={drawing.sx(0.5)} x2={drawing.sx(0.5)} y1={drawing.top} y2={drawing.bottom} className="present-midline" />
          <line x1={drawing.left} x2={drawing.right} y1={drawing.sy(0.5)} y2={drawing.sy(0.5)} className="present-midline" />
          {drawing.names.map((q) => (
            <text key={q.n} x={q.x} y={q.y} textAnchor={q.anchor} className="present-quadrant-name">
              {q.text}
            </text>
          ))}
          <text x={drawing.left} y={drawing.top - fs * 0.4} className="present-axis">
            ↑ {drawing.y.high}
          </text>
          <text x={drawing.left} y={drawing.bottom + fs * 1.3} className="present-axis">
            ← {drawing.x.low}
          </text>
          <text x={drawing.right} y={drawing.bottom + fs * 1.3} textAnchor="end" className="present-axis">
            {drawing.x.high} →
          </text>
          <text x={drawing.left} y={drawing.bottom + fs * 2.75} className="present-axis">
            ↓ {drawing.y.low}
          </text>
          {drawing.points.map((p) => (
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a focusable point of a chart is an image with a name (the chart's text alternative); it has no action
            <circle
              key={p.id}
              cx={p.cx}
              cy={p.cy}
              r={drawing.r}
              className={p.id === leader ? 'present-point leader' : 'present-point'}
              tabIndex={0}
              role="img"
              aria-label={`${p.name}, x ${fixed(p.x)}, y ${fixed(p.y)}${p.score === undefined ? ', not ranked' : `, score ${formatScore(p.score)}`}${p.id === leader ? ', leader' : ''}`}
            />
          ))}
          {drawing.labels.map((l) => {
            const p = drawing.points.find((pp) => pp.id === l.id)!;
            return (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG text is not focusable; the point's own aria-label names it
              <text key={l.id} x={l.box.x} y={l.box.y + fs} className="present-point-label" aria-hidden="true">
                {p.name}
              </text>
            );
          })}
        </svg>
      )}
    </div>
  );
}
