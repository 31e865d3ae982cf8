/**
 * The quadrant's points with their current scores, derived from the decision: computed once per
 * state and shared by every part of the view (chart, points, details, pickers), not once per
 * component on each slider step.
 */
import { type Axes, type PlotResult, plotPoints } from '../domain/quadrant/positions';
import { decisionOptions } from '../domain/scoring/decision';
import { type DecisionView, selectDecisionView } from './decision-selectors';
import { memoized } from './memo';
import type { AppState } from './store';

export interface QuadrantData extends PlotResult {
  view: DecisionView;
  axes: Axes;
  /** Score (0–1) per ranked option; unrated options have none. */
  scores: Map<string, number>;
}

export function selectQuadrant(s: AppState): QuadrantData {
  const view = selectDecisionView(s);
  const { dataset, decision, ranking, criterionName } = view;
  // Where the points are does not depend on the weights (the fits do not): a slider step keeps them.
  // The criteria's names, for the reasons a point is missing, are the matrix's, so they stay too.
  const plot = memoized(s.memo, 'quadrantPlot', [dataset, decision.matrix, s.positions, s.axes], () =>
    plotPoints(dataset, decisionOptions(dataset), decision.matrix, s.positions, s.axes, criterionName),
  );
  return memoized(s.memo, 'quadrant', [view, plot], () => {
    const scores = new Map(ranking.ranked.map((r) => [r.option, r.score]));
    return { ...plot, view, axes: s.axes, scores };
  });
}
