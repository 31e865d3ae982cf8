/**
 * Where each option sits on the quadrant: the source's "Architecture Forces" coordinates (or the
 * team's own placement), or — on other axes — the option's fit on a chosen criterion.
 */
import type { Dataset } from '../model/dataset';
import type { FitMatrix } from '../scoring/rank';
import { own } from '../own';

/** An axis: the source's force for that direction, or a criterion id (the option's fit, 0–1). */
export type AxisId = 'forces' | (string & {});

export interface Axes {
  x: AxisId;
  y: AxisId;
}

export const SOURCE_AXES: Axes = { x: 'forces', y: 'forces' };

export interface Position {
  x: number;
  y: number;
}

export interface PlotPoint {
  id: string;
  x: number;
  y: number;
  /** The source's position, when the team moved the point away from it (forces axes only). */
  source: Position | null;
}

export interface PlotResult {
  points: PlotPoint[];
  /** Options that have no value on one of the axes, with the reason. */
  missing: { id: string; reason: string }[];
  /** Points can be dragged only on the source's forces axes (elsewhere a position is a rating). */
  draggable: boolean;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
const round = (v: number) => Math.round(v * 1000) / 1000;

export function plotPoints(
  ds: Dataset,
  options: readonly string[],
  matrix: FitMatrix,
  positions: Readonly<Record<string, Position>>,
  axes: Axes,
  criterionName: (id: string) => string = (id) => id,
): PlotResult {
  const sourcePos = new Map(ds.quadrant.points.map((p) => [p.patternId, { x: p.x, y: p.y }]));
  const ids = [...new Set([...options, ...ds.quadrant.points.map((p) => p.patternId)])];
  const points: PlotPoint[] = [];
  const missing: PlotResult['missing'] = [];
  for (const id of ids) {
    const src = sourcePos.get(id) ?? null;
    const placed = own(positions, id);
    const value = (axis: AxisId, dim: 'x' | 'y'): number | string => {
      if (axis === 'forces') {
        const p = placed ?? src;
        return p ? p[dim] : `no position on ${ds.quadrant.title}`;
      }
      const f = own(own(matrix.fit, id), axis);
      return f === null || f === undefined ? `no rating for ${criterionName(axis)}` : f;
    };
    const x = value(axes.x, 'x');
    const y = value(axes.y, 'y');
    if (typeof x === 'string' || typeof y === 'string') {
      missing.push({ id, reason: [x, y].filter((v): v is string => typeof v === 'string').join('; ') });
      continue;
    }
    const moved = axes.x === 'forces' && axes.y === 'forces' && placed !== undefined && src !== null;
    points.push({ id, x: clamp01(x), y: clamp01(y), source: moved && (placed.x !== src.x || placed.y !== src.y) ? src : null });
  }
  return { points, missing, draggable: axes.x === 'forces' && axes.y === 'forces' };
}

/** Mermaid numbering: 1 top right, 2 top left, 3 bottom left, 4 bottom right (0.5 belongs to the upper/right half). */
export function quadrantOf(p: Position): 1 | 2 | 3 | 4 {
  const right = p.x >= 0.5;
  const top = p.y >= 0.5;
  return top ? (right ? 1 : 2) : right ? 4 : 3;
}

/** A keyboard nudge or a drag result, kept inside the chart and rounded to 0.001. */
export function movedPosition(p: Position, dx: number, dy: number): Position {
  return { x: round(clamp01(p.x + dx)), y: round(clamp01(p.y + dy)) };
}
