import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactElement } from 'react';
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

type PlotArea = { x: number; y: number; width: number; height: number };

const ring = (r: number) => ({ x: -r, y: -r, width: 2 * r, height: 2 * r, rx: r });

/**
 * Our own SVG layer inside the recharts plot: focusable, named, draggable points with ghosts of
 * their source positions and labels placed clear of each other.
 */
export function PointsLayer() {
  const area = usePlotArea();
  return area ? <PlottedPoints area={area} /> : null;
}

function PlottedPoints({ area }: { area: PlotArea }) {
  const q = useQuadrant();
  const placeOption = useAppStore((s) => s.placeOption);
  const selectOption = useAppStore((s) => s.selectOption);
  const selected = useAppStore((s) => s.selectedOption);
  const [drag, setDrag] = useState<{ id: string; pos: Position } | null>(null);
  const [active, setActive] = useState<string | null>(null);
  // The point with keyboard focus: only it draws a focus ring (1,000 rings redrawn on every slider step cost more than the points).
  const [focused, setFocused] = useState<string | null>(null);
  // Where a press ended: no tooltip shows after a drag (points may have fanned out under the pointer)
  // until the pointer moves on or a key is pressed.
  const [quietAt, setQuietAt] = useState<{ x: number; y: number } | null>(null);
  // One set of handlers for every point, for the layer's life: a point whose look did not change is
  // not rendered again on a slider step (1,000 points: only those whose score shows a change).
  const latest = useRef<Latest | null>(null);
  // Each point's element, for its accessible name (below).
  const elements = useRef(new Map<string, SVGGElement>());
  // The name last written on each element (reading it back from the DOM makes a string per point).
  const written = useRef(new WeakMap<SVGGElement, string>());
  const [on] = useState<PointHandlers>(() => {
    const point = (id: string) => latest.current?.shownById.get(id);
    return {
      element: (id, el) => {
        // React detaches a changed ref (null) before it attaches the new one.
        if (el) elements.current.set(id, el);
        else elements.current.delete(id);
      },
      keyDown: (id, e) => {
        const p = point(id);
        const l = latest.current;
        if (!p || !l) return;
        setQuietAt(null);
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          selectOption(p.id);
          return;
        }
        if (!l.q.draggable) return;
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
      },
      enter: (id) => setActive(id),
      leave: (id) => setActive((a) => (a === id ? null : a)),
      focus: (id) => {
        setFocused(id);
        setActive(id);
      },
      blur: (id) => {
        setFocused((f) => (f === id ? null : f));
        setActive((a) => (a === id ? null : a));
      },
      click: (id) => selectOption(id),
      pointerDown: (id, e) => {
        const p = point(id);
        if (!p || !latest.current?.q.draggable || e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        setDrag({ id: p.id, pos: { x: p.x, y: p.y } });
      },
      pointerMove: (id, e) => {
        const l = latest.current;
        if (l?.drag?.id === id) setDrag({ id, pos: l.toData(e) });
      },
      pointerUp: (id, e) => {
        const l = latest.current;
        // The shown point already has the dragged position; compare with where it was before the drag.
        const before = l?.q.points.find((o) => o.id === id);
        if (l?.drag?.id === id && before && (l.drag.pos.x !== before.x || l.drag.pos.y !== before.y)) {
          placeOption(id, l.drag.pos);
          setQuietAt({ x: e.clientX, y: e.clientY });
        }
        setDrag(null);
      },
    };
  });
  // Points glide only when the axes change (not on first paint, resize or drag): the class must be
  // on the element in the same render that moves it, so it is decided here rather than in an effect.
  const lastAxes = useRef(q.axes);
  const animateUntil = useRef(0);
  if (lastAxes.current !== q.axes) {
    lastAxes.current = q.axes;
    animateUntil.current = performance.now() + 450;
  }
  const animate = performance.now() < animateUntil.current;

  const px = (p: Position) => ({ cx: area.x + p.x * area.width, cy: area.y + (1 - p.y) * area.height });
  // The points as drawn: the store's, but the dragged one under the pointer. Kept (with its index
  // by id) while nothing is dragged, since a slider step does not move them.
  const shown = useMemo<PlotPoint[]>(
    () => (drag ? q.points.map((p) => (drag.id === p.id ? { ...p, ...drag.pos } : p)) : q.points),
    [q.points, drag],
  );
  const shownById = useMemo(() => new Map(shown.map((p) => [p.id, p])), [shown]);
  // Each point's element as last rendered. A point whose props are all the same is given to React
  // again as the same element, which React passes over without comparing props: on a slider step,
  // most of 1,000 points (their look changes in visible steps only). Kept while the points are.
  const cache = useRef<{ for: PlotPoint[]; elements: Map<string, ReactElement<PointProps>> } | null>(null);
  if (cache.current?.for !== shown) cache.current = { for: shown, elements: new Map() };
  const pointElements = cache.current.elements;
  // Each label's size, per option: names do not change with the weights.
  const optionName = q.view.optionName;
  const labelSizes = useMemo(
    () => new Map(q.points.map((p) => [p.id, { id: p.id, width: textWidth(optionName(p.id), LABEL_FONT), height: LABEL_FONT + 4 }])),
    [q.points, optionName],
  );
  // Larger (better) points get their label first.
  const order = [...shown].sort((a, b) => (q.scores.get(b.id) ?? -1) - (q.scores.get(a.id) ?? -1));
  const markOf = (p: PlotPoint): Mark => ({
    id: p.id,
    cx: area.x + p.x * area.width,
    cy: area.y + (1 - p.y) * area.height,
    r: scoreRadius(q.scores.get(p.id)),
  });
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
    marks.map((m) => labelSizes.get(m.id) ?? { id: m.id, width: textWidth(optionName(m.id), LABEL_FONT), height: LABEL_FONT + 4 }),
    area,
    nameBoxes,
  );
  const labelOf = new Map(labels.flatMap((l) => (l ? [[l.id, l] as const] : [])));

  const toData = (e: PointerEvent<SVGElement>): Position => {
    const rect = (e.currentTarget.ownerSVGElement ?? (e.currentTarget as unknown as SVGSVGElement)).getBoundingClientRect();
    return movedPosition({ x: (e.clientX - rect.left - area.x) / area.width, y: 1 - (e.clientY - rect.top - area.y) / area.height }, 0, 0);
  };

  // What the points' handlers (above) read when an event comes: the committed render's state.
  const now = { q, drag, shownById, toData };
  useLayoutEffect(() => {
    latest.current = now;
  });
  // Each point's accessible name says its score, so a slider step changes nearly every name (900 of
  // 1,000 points): rendering each point again for that cost about 6 ms a step there. The names are written
  // here instead, after each commit and before the frame is painted, only where the text changed.
  useLayoutEffect(() => {
    for (const p of shown) {
      const el = elements.current.get(p.id);
      if (!el) continue;
      const name = pointName(optionName(p.id), p, q.scores.get(p.id));
      if (written.current.get(el) !== name) {
        el.setAttribute('aria-label', name);
        written.current.set(el, name);
      }
    }
  });

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
        const placed = labelOf.get(p.id);
        const props: PointProps = {
          id: p.id,
          name: q.view.optionName(p.id),
          selected: selected === p.id,
          focused: focused === p.id,
          unrated: score === undefined,
          draggable: q.draggable,
          cx: mark ? mark.cx : px(p).cx,
          cy: mark ? mark.cy : px(p).cy,
          r: scoreRadius(score),
          fill: score === undefined ? 'var(--surface)' : scoreColor(score),
          labelX: placed ? placed.box.x + placed.box.width / 2 : undefined,
          labelY: placed ? placed.box.y + placed.box.height / 2 : undefined,
          leaderX1: placed?.leader?.x1,
          leaderY1: placed?.leader?.y1,
          leaderX2: placed?.leader?.x2,
          leaderY2: placed?.leader?.y2,
          on,
        };
        const before = pointElements.get(p.id);
        if (before && samePointProps(before.props, props)) return before;
        const element = <Point key={p.id} {...props} />;
        pointElements.set(p.id, element);
        return element;
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

interface Latest {
  q: ReturnType<typeof useQuadrant>;
  drag: { id: string; pos: Position } | null;
  shownById: Map<string, PlotPoint>;
  toData: (e: PointerEvent<SVGElement>) => Position;
}

interface PointHandlers {
  /** The point's element, as React mounts it (null when it goes). */
  element: (id: string, el: SVGGElement | null) => void;
  keyDown: (id: string, e: KeyboardEvent<SVGGElement>) => void;
  enter: (id: string) => void;
  leave: (id: string) => void;
  focus: (id: string) => void;
  blur: (id: string) => void;
  click: (id: string) => void;
  pointerDown: (id: string, e: PointerEvent<SVGGElement>) => void;
  pointerMove: (id: string, e: PointerEvent<SVGGElement>) => void;
  pointerUp: (id: string, e: PointerEvent<SVGGElement>) => void;
}

interface PointProps {
  id: string;
  name: string;
  selected: boolean;
  /** Has keyboard focus: draws the focus ring. */
  focused: boolean;
  unrated: boolean;
  draggable: boolean;
  cx: number;
  cy: number;
  r: number;
  fill: string;
  /** The label's centre, when it has a place. */
  labelX: number | undefined;
  labelY: number | undefined;
  /** The line to a label placed farther out. */
  leaderX1: number | undefined;
  leaderY1: number | undefined;
  leaderX2: number | undefined;
  leaderY2: number | undefined;
  on: PointHandlers;
}

const POINT_PROPS = [
  'id',
  'name',
  'selected',
  'focused',
  'unrated',
  'draggable',
  'cx',
  'cy',
  'r',
  'fill',
  'labelX',
  'labelY',
  'leaderX1',
  'leaderY1',
  'leaderX2',
  'leaderY2',
  'on',
] as const satisfies readonly (keyof PointProps)[];
// Every prop is compared: a prop added to PointProps and not to the list above fails to compile here.
const everyPropCompared: Exclude<keyof PointProps, (typeof POINT_PROPS)[number]> extends never ? true : never = true;
void everyPropCompared;

/** Whether two points' props are the same, prop by prop (as React.memo compares, without its key lists). */
function samePointProps(a: PointProps, b: PointProps): boolean {
  for (let i = 0; i < POINT_PROPS.length; i++) {
    const k = POINT_PROPS[i] as keyof PointProps;
    if (!Object.is(a[k], b[k])) return false;
  }
  return true;
}

/**
 * One focusable point with its label; memoised on what it shows (all props are plain values or
 * stable). Its accessible name is written by the layer after each commit (PlottedPoints), not rendered here.
 */
const Point = memo(function Point(p: PointProps) {
  const { id, on } = p;
  return (
    <g
      className={`point${p.selected ? ' selected' : ''}${p.unrated ? ' unrated' : ''}`}
      role="button"
      tabIndex={0}
      ref={(el) => on.element(id, el)}
      aria-pressed={p.selected}
      data-option={id}
      onKeyDown={(e) => on.keyDown(id, e)}
      onFocus={() => on.focus(id)}
      onBlur={() => on.blur(id)}
      onPointerEnter={() => on.enter(id)}
      onPointerLeave={() => on.leave(id)}
      onClick={() => on.click(id)}
      onPointerDown={(e) => on.pointerDown(id, e)}
      onPointerMove={(e) => on.pointerMove(id, e)}
      onPointerUp={(e) => on.pointerUp(id, e)}
      style={{ cursor: p.draggable ? 'grab' : 'pointer' }}
    >
      <g className="point-body" style={{ transform: `translate(${p.cx}px, ${p.cy}px)` }}>
        <circle r={p.r} fill={p.fill} />
        {/* A rounded rect, not a circle: the point's one <circle> stays its mark. */}
        {p.focused && <rect className="focus-ring" {...ring(p.r + 6)} />}
      </g>
      {p.leaderX1 !== undefined && <line className="label-leader" x1={p.leaderX1} y1={p.leaderY1} x2={p.leaderX2} y2={p.leaderY2} />}
      {p.labelX !== undefined && p.labelY !== undefined && (
        <g className="point-body" style={{ transform: `translate(${p.labelX}px, ${p.labelY}px)` }}>
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG text is not focusable; the point's own aria-label names it */}
          <text className="point-label" textAnchor="middle" dominantBaseline="central" aria-hidden="true">
            {p.name}
          </text>
        </g>
      )}
    </g>
  );
});

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
