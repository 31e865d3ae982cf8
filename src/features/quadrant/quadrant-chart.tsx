import { memo, useRef } from 'react';
import {
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts';
import { axisRange } from '../../ui/format';
import { PointsLayer } from './points-layer';
import { useNoLayerTabStops } from './use-no-layer-tab-stops';
import { useQuadrant } from './use-quadrant';

/** Where each quadrant of the source's chart sits (Mermaid numbering); PointsLayer places their names. */
const QUADRANT_AREAS = {
  1: { x1: 0.5, x2: 1, y1: 0.5, y2: 1, fill: 'rgb(15 122 122 / 10%)' },
  2: { x1: 0, x2: 0.5, y1: 0.5, y2: 1, fill: 'rgb(199 124 18 / 9%)' },
  3: { x1: 0, x2: 0.5, y1: 0, y2: 0.5, fill: 'rgb(90 110 130 / 8%)' },
  4: { x1: 0.5, x2: 1, y1: 0, y2: 0.5, fill: 'rgb(122 75 176 / 8%)' },
} as const;

const TICKS = [0, 0.25, 0.5, 0.75, 1];
/** The axes' domains are fixed at [0, 1]: two constant points keep recharts' axes fed without it
 * reprocessing every option's point on every slider step (the points are PointsLayer's). */
const AXIS_DATA = [
  { x: 0, y: 0 },
  { x: 1, y: 1 },
];

/** The forces quadrant drawn with recharts: axes, quadrants and our own points layer. */
export default function QuadrantChart() {
  const q = useQuadrant();
  const x = axisRange(q.axisName(q.axes.x, 'x'));
  const y = axisRange(q.axisName(q.axes.y, 'y'));
  return <ChartFrame x={x} y={y} />;
}

/**
 * The recharts part, memoised on its text: a slider step changes scores, which only PointsLayer
 * (subscribed to the store itself) draws, so recharts does not re-render the axes and quadrants.
 */
const ChartFrame = memo(function ChartFrame({ x, y }: { x: string; y: string }) {
  const container = useRef<HTMLDivElement>(null);
  useNoLayerTabStops(container);
  return (
    <ResponsiveContainer ref={container} width="100%" height="100%">
      <ScatterChart margin={{ top: 24, right: 28, bottom: 40, left: 36 }} accessibilityLayer={false}>
        {([1, 2, 3, 4] as const).map((n) => {
          const a = QUADRANT_AREAS[n];
          return (
            <ReferenceArea
              key={n}
              x1={a.x1}
              x2={a.x2}
              y1={a.y1}
              y2={a.y2}
              className={`quadrant quadrant-${n}`}
              fill={a.fill}
              fillOpacity={1}
              stroke="none"
              ifOverflow="visible"
            />
          );
        })}
        <CartesianGrid strokeDasharray="3 3" />
        <ReferenceLine x={0.5} className="quadrant-divider" />
        <ReferenceLine y={0.5} className="quadrant-divider" />
        <XAxis
          type="number"
          dataKey="x"
          domain={[0, 1]}
          ticks={TICKS}
          allowDataOverflow
          label={{ value: x, position: 'bottom', offset: 18, className: 'axis-title' }}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[0, 1]}
          ticks={TICKS}
          allowDataOverflow
          width={40}
          label={{ value: y, angle: -90, position: 'insideLeft', offset: -26, className: 'axis-title', style: { textAnchor: 'middle' } }}
        />
        {/* Keeps recharts' axes fed; the points themselves are drawn by PointsLayer. */}
        <Scatter data={AXIS_DATA} isAnimationActive={false} shape={() => <g />} legendType="none" tooltipType="none" />
        {/* Above the quadrant areas (recharts draws those at z-index 100), so points get the pointer. */}
        <ZIndexLayer zIndex={1000}>
          <PointsLayer />
        </ZIndexLayer>
      </ScatterChart>
    </ResponsiveContainer>
  );
});
