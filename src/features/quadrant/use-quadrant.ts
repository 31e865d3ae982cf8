import { useMemo } from 'react';
import { decisionOptions } from '../../domain/scoring/decision';
import { plotPoints, type Axes, type PlotResult } from '../../domain/quadrant/positions';
import { selectDecisionView, type DecisionView } from '../../store/decision-selectors';
import { useAppStore } from '../../store/store';
import { axisLabel, type AxisLabel } from '../../ui/format';

export interface QuadrantView extends PlotResult {
  view: DecisionView;
  axes: Axes;
  /** Score (0–1) per ranked option; unrated options have none. */
  scores: Map<string, number>;
  axisName: (axis: string, dim: 'x' | 'y') => AxisLabel;
}

/** Points on the chart with their current scores, derived from the store. */
export function useQuadrant(): QuadrantView {
  const view = useAppStore(selectDecisionView);
  const positions = useAppStore((s) => s.positions);
  const axes = useAppStore((s) => s.axes);
  return useMemo(() => {
    const { dataset, decision, ranking, criterionName } = view;
    const plot = plotPoints(dataset, decisionOptions(dataset), decision.matrix, positions, axes, criterionName);
    const scores = new Map(ranking.ranked.map((r) => [r.option, r.score]));
    const axisName = (axis: string, dim: 'x' | 'y') => axisLabel(dataset.quadrant, axis, dim, criterionName);
    return { ...plot, view, axes, scores, axisName };
  }, [view, positions, axes]);
}

/** Colour for a score in [0, 1]: light to dark teal, so a better fit reads as stronger ink. */
export function scoreColor(score: number): string {
  const t = Math.min(1, Math.max(0, score));
  const lightness = 78 - t * 50;
  return `hsl(186 60% ${lightness}%)`;
}

export function scoreRadius(score: number | undefined): number {
  return score === undefined ? 9 : 8 + 14 * Math.min(1, Math.max(0, score));
}
