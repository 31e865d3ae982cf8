import { BUILTIN_DATASET as ds } from '../src/domain/model/builtin-dataset';
import { quadrantChart } from '../src/domain/mermaid/export';

/** The source's "Architecture Forces" chart as our export writes it, from the built-in dataset. */
export const sourceQuadrant = (): string =>
  quadrantChart({
    title: ds.quadrant.title,
    xLow: ds.quadrant.xAxis.low,
    xHigh: ds.quadrant.xAxis.high,
    yLow: ds.quadrant.yAxis.low,
    yHigh: ds.quadrant.yAxis.high,
    quadrants: ds.quadrant.quadrants.map((q) => q.name) as [string, string, string, string],
    points: ds.quadrant.points.map((p) => ({ name: p.label, x: p.x, y: p.y })),
  });
