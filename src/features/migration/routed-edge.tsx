import { BaseEdge, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import type { EdgeRoute } from '../../domain/graph/layout';

export type RoutedEdgeType = Edge<{ route?: EdgeRoute }, 'routed'>;

type P = { x: number; y: number };
const mid = (a: P, b: P): P => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** A curve through the points: straight to the first midpoint, then a quadratic bend at each point. */
function curveThrough(points: P[]): string {
  const [first, ...rest] = points as [P, ...P[]];
  if (rest.length === 0) return `M${first.x},${first.y}`;
  let d = `M${first.x},${first.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const m = mid(points[i] as P, points[i + 1] as P);
    const start = i === 1 ? mid(first, points[1] as P) : null;
    if (start) d += ` L${start.x},${start.y}`;
    d += ` Q${(points[i] as P).x},${(points[i] as P).y} ${m.x},${m.y}`;
  }
  const last = points[points.length - 1] as P;
  return `${d} L${last.x},${last.y}`;
}

/**
 * An edge along dagre's route (around the nodes between its ends, with its label where dagre kept
 * room for it); a smooth step while one of its nodes is dragged or was placed by hand.
 */
export function RoutedEdge(props: EdgeProps<RoutedEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, label, markerEnd, style, interactionWidth } = props;
  const route = data?.route;
  let path: string;
  let labelX: number;
  let labelY: number;
  if (route) {
    path = curveThrough([{ x: sourceX, y: sourceY }, ...route.points, { x: targetX, y: targetY }]);
    labelX = route.label.x;
    labelY = route.label.y;
  } else {
    [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  }
  return (
    <BaseEdge
      path={path}
      label={label}
      labelX={labelX}
      labelY={labelY}
      labelBgPadding={props.labelBgPadding}
      labelBgBorderRadius={props.labelBgBorderRadius}
      markerEnd={markerEnd}
      style={style}
      interactionWidth={interactionWidth}
    />
  );
}
