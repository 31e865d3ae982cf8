import { useMemo } from 'react';
import { type QuadrantData, selectQuadrant } from '../../store/quadrant-selectors';
import { useAppStore } from '../../store/store';
import { axisLabel, type AxisLabel } from '../../ui/format';

export interface QuadrantView extends QuadrantData {
  axisName: (axis: string, dim: 'x' | 'y') => AxisLabel;
}

/** Points on the chart with their current scores, derived from the store (once per state, shared). */
export function useQuadrant(): QuadrantView {
  const data = useAppStore(selectQuadrant);
  return useMemo(() => {
    const { dataset, criterionName } = data.view;
    const axisName = (axis: string, dim: 'x' | 'y') => axisLabel(dataset.quadrant, axis, dim, criterionName);
    return { ...data, axisName };
  }, [data]);
}

/**
 * Colour for a score in [0, 1]: light to dark teal, so a better fit reads as stronger ink. In whole
 * steps of lightness (51 shades, each too close to the next to tell apart): a slider step, which moves
 * a score by a fraction of a point, then repaints only the points whose shade really changes.
 */
export function scoreColor(score: number): string {
  const t = Math.min(1, Math.max(0, score));
  const lightness = Math.round(78 - t * 50);
  return `hsl(186 60% ${lightness}%)`;
}

/** Radius for a score, in half pixels (as with the colour: a slider step redraws only the points it visibly grows or shrinks). */
export function scoreRadius(score: number | undefined): number {
  return score === undefined ? 9 : Math.round(2 * (8 + 14 * Math.min(1, Math.max(0, score)))) / 2;
}
