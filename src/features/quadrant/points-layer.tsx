import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { usePlotArea } from 'recharts';
import { fanOut, type Mark, type PlacedMark, placeClearLabels, placeQuadrantNames } from '../../domain/quadrant/placement';
import { movedPosition, quadrantOf, type PlotPoint, type Position } from '../../domain/quadrant/positions';
import { useAppStore } from '../../store/store';
import { formatCoordinates, formatScore } from '../../ui/format';
import { pointName } from './point-name';
import { textWidth } from './text-width';
import { scoreColor, scoreRadius, useQuadrant } from './use-quadrant';

const LABEL_FONT = 13;
const NAME_FONT = 15;

const ring = (r: number) => ({ x: -r, y: -r, width: 2 * r, height: 2 * r, rx: r });

/**
 * Our own SVG layer inside the recharts plot: focusable, named, draggable points with ghosts of
 * their source positions and labels placed clear of each other.
 */
export function PointsLayer() {
  const area = usePlotArea();
  const q = useQuadrant();
  const placeOption = useAppStore((s) => s.placeOption);
  const selectOption = useAppStore((s) => s.selectOption);
  const selected = useAppStore((s) => s.selectedOption);
  const [drag, setDrag] = useState<{ id: string; pos: Position } | null>(null);
  const [active, setActive] = useState<string | null>(null);
  // Where a press ended: no tooltip shows after a drag (points may have fanned out under the pointer)
  // until the pointer moves on or a key is pressed.
  const [quietAt, setQuietAt] = useState<{ x: number; y: number } | null>(null);
  // Points glide only when the axes change (not on first paint, resize or drag): the class must be
  // on the element in the same render that moves it, so it is decided here rather than in an effect.
  const lastAxes = useRef(q.axes);
  const animateUntil = useRef(0);
  if (lastAxes.current !== q.axes) {
    lastAxes.current = q.axes;
    animateUntil.current = performance.now() + 450;
  }
  const animate = performance.now() < animateUntil.current;
  if (!area) return null;

  const px = (p: Position) => ({ cx: area.x + p.x * area.width, cy: area.y + (1 - p.y) * area.height });
  const shown: PlotPoint[] = q.points.map((p) => (drag && drag.id === p.id ? { ...p, ...drag.pos } : p));
  // Larger (better) points get their label first.
  const order = [...shown].sort((a, b) => (q.scores.get(b.id) ?? -1) - (q.scores.get(a.id) ?? -1));
  const markOf = (p: PlotPoint): Mark => ({ id: p.id, ...px(p), r: scoreRadius(q.scores.get(p.id)) });
  // Marks that would overlap are fanned out; the dragged one stays under the pointer until it is dropped.
  const dragged = drag ? order.find((p) => p.id === drag.id) : undefined;
  const fanned = fanOut(order.filter((p) => p !== dragged).map(markOf), area);
  const marks: PlacedMark[] = dragged ? [...fanned, { ...markOf(dragged), spot: null }] : fanned;
  const markById = new Map(marks.map((m) => [m.id, m]));
  const forces = q.axes.x === 'forces' && q.axes.y === 'forces';
  const quadrantNames = forces
    ? q.view.dataset.quadrant.quadrants.map((qq) => ({
        quadrant: qq.number as 1 | 2 | 3 | 4, // the schema allows 1–4 only
        name: qq.name,
        width: textWidth(qq.name, NAME_FONT),
        height: NAME_FONT + 4,
      }))
    : [];
  const nameBoxes = placeQuadrantNames(quadrantNames, area, marks);
  const labels = placeClearLabels(
    marks,
    marks.map((m) => ({ id: m.id, width: textWidth(q.view.optionName(m.id), LABEL_FONT), height: LABEL_FONT + 4 })),
    area,
    nameBoxes,
  );
  const labelOf = new Map(labels.flatMap((l) => (l ? [[l.id, l] as const] : [])));

  const toData = (e: PointerEvent<SVGElement>): Position => {
    const rect = (e.currentTarget.ownerSVGElement ?? (e.currentTarget as unknown as SVGSVGElement)).getBoundingClientRect();
    return movedPosition({ x: (e.clientX - rect.left - area.x) / area.width, y: 1 - (e.clientY - rect.top - area.y) / area.height }, 0, 0);
  };

  const onKey = (p: PlotPoint) => (e: KeyboardEvent<SVGGElement>) => {
    setQuietAt(null);
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      selectOption(p.id);
      return;
    }
    if (!q.draggable) return;
    const step = e.shiftKey ? 0.05 : 0.01;
    const delta: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const d = delta[e.key];
    if (!d) return;
    e.preventDefault();
    placeOption(p.id, movedPosition(p, d[0], d[1]));
  };

  const activePoint = shown.find((p) => p.id === active);

  return (
    <g
      className={`points-layer${animate && !drag ? ' animate' : ''}`}
      onPointerMove={(e) => {
        if (!drag && quietAt && Math.hypot(e.clientX - quietAt.x, e.clientY - quietAt.y) > 6) setQuietAt(null);
      }}
    >
      {quadrantNames.map((n, i) => {
        const b = nameBoxes[i]!;
        return (
          <text
            key={`quadrant-${n.quadrant}`}
            className="quadrant-name"
            x={b.x + b.width / 2}
            y={b.y + b.height / 2}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {n.name}
          </text>
        );
      })}
      {shown.map((p) =>
        p.source ? (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable
          <g key={`ghost-${p.id}`} className="ghost" aria-hidden="true">
            <line x1={px(p.source).cx} y1={px(p.source).cy} x2={px(p).cx} y2={px(p).cy} />
            <circle cx={px(p.source).cx} cy={px(p.source).cy} r={6} />
          </g>
        ) : null,
      )}
      {marks.map((m) =>
        m.spot ? (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable
          <g key={`fan-${m.id}`} className="fan-leader" aria-hidden="true">
            <line x1={m.spot.x} y1={m.spot.y} x2={m.cx} y2={m.cy} />
            <circle cx={m.spot.x} cy={m.spot.y} r={3} />
          </g>
        ) : null,
      )}
      {shown.map((p) => {
        const score = q.scores.get(p.id);
        const mark = markById.get(p.id);
        const { cx, cy } = mark ? { cx: mark.cx, cy: mark.cy } : px(p);
        const placed = labelOf.get(p.id);
        const label = placed?.box;
        const name = q.view.optionName(p.id);
        return (
          <g
            key={p.id}
            className={`point${selected === p.id ? ' selected' : ''}${score === undefined ? ' unrated' : ''}`}
            role="button"
            tabIndex={0}
            aria-label={pointName(name, p, score)}
            aria-pressed={selected === p.id}
            data-option={p.id}
            onKeyDown={onKey(p)}
            onFocus={() => setActive(p.id)}
            onBlur={() => setActive((a) => (a === p.id ? null : a))}
            onPointerEnter={() => setActive(p.id)}
            onPointerLeave={() => setActive((a) => (a === p.id ? null : a))}
            onClick={() => selectOption(p.id)}
            onPointerDown={(e) => {
              if (!q.draggable || e.button !== 0) return;
              e.currentTarget.setPointerCapture(e.pointerId);
              setDrag({ id: p.id, pos: { x: p.x, y: p.y } });
            }}
            onPointerMove={(e) => drag?.id === p.id && setDrag({ id: p.id, pos: toData(e) })}
            onPointerUp={(e) => {
              // `p` already shows the dragged position; compare with where the point was before the drag.
              const before = q.points.find((o) => o.id === p.id);
              if (drag?.id === p.id && before && (drag.pos.x !== before.x || drag.pos.y !== before.y)) {
                placeOption(p.id, drag.pos);
                setQuietAt({ x: e.clientX, y: e.clientY });
              }
              setDrag(null);
            }}
            style={{ cursor: q.draggable ? 'grab' : 'pointer' }}
          >
            <g className="point-body" style={{ transform: `translate(${cx}px, ${cy}px)` }}>
              <circle r={scoreRadius(score)} fill={score === undefined ? 'var(--surface)' : scoreColor(score)} />
              {/* A rounded rect, not a circle: the point's one <circle> stays its mark. */}
              <rect className="focus-ring" {...ring(scoreRadius(score) + 6)} />
            </g>
            {placed?.leader && (
              <line className="label-leader" x1={placed.leader.x1} y1={placed.leader.y1} x2={placed.leader.x2} y2={placed.leader.y2} />
            )}
            {label && (
              <g className="point-body" style={{ transform: `translate(${label.x + label.width / 2}px, ${label.y + label.height / 2}px)` }}>
                {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG text is not focusable; the point's own aria-label names it */}
                <text className="point-label" textAnchor="middle" dominantBaseline="central" aria-hidden="true">
                  {name}
                </text>
              </g>
            )}
          </g>
        );
      })}
      {dragged && (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG circle is not focusable
        <circle
          className="drag-preview"
          {...{ cx: px(dragged).cx, cy: px(dragged).cy }}
          r={scoreRadius(q.scores.get(dragged.id))}
          aria-hidden="true"
        />
      )}
      {activePoint && !drag && !quietAt && (
        <Tooltip
          point={activePoint}
          left={markById.get(activePoint.id)?.cx ?? px(activePoint).cx}
          top={markById.get(activePoint.id)?.cy ?? px(activePoint).cy}
          area={area}
        />
      )}
    </g>
  );
}

function Tooltip({
  point,
  left,
  top,
  area,
}: {
  point: PlotPoint;
  left: number;
  top: number;
  area: { x: number; y: number; width: number; height: number };
}) {
  const q = useQuadrant();
  const dataset = q.view.dataset;
  const pattern = dataset.patterns.find((p) => p.id === point.id);
  const score = q.scores.get(point.id);
  const w = 260;
  const h = 120;
  const x = Math.min(left + 16, area.x + area.width - w);
  const y = top + 16 + h > area.y + area.height ? top - h - 16 : top + 16;
  const quadrant =
    q.axes.x === 'forces' && q.axes.y === 'forces'
      ? dataset.quadrant.quadrants.find((qq) => qq.number === quadrantOf(point))?.name
      : undefined;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the tooltip holds no control; the point's aria-label says what it shows
    <foreignObject x={x} y={Math.max(area.y, y)} width={w} height={h} className="point-tooltip" aria-hidden="true">
      <div>
        <strong>{q.view.optionName(point.id)}</strong>
        <span>
          {formatCoordinates(point)}
          {quadrant ? ` · ${quadrant}` : ''}
        </span>
        <span>{score === undefined ? 'Not ranked: unrated' : `Score ${formatScore(score)}`}</span>
        {pattern && <span className="tooltip-summary">{pattern.summary}</span>}
      </div>
    </foreignObject>
  );
}
