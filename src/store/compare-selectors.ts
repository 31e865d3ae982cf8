/** The decision in use as the comparison of decisions reads it (src/domain/snapshot/compare.ts). */
import type { DecisionInput } from '../domain/snapshot/compare';
import { selectGroup } from './decision-selectors';
import { datasetKeyOf } from './graph-selectors';
import { selectDataset, type AppState } from './store';

export function selectDecisionInput(s: AppState): DecisionInput {
  const key = datasetKeyOf(s);
  return {
    dataset: selectDataset(s),
    record: s.record,
    weights: s.weights,
    context: s.context,
    overrides: s.overrides,
    positions: s.positions,
    graph: Object.hasOwn(s.graphEdits, key) ? (s.graphEdits[key] ?? null) : null,
    current: s.migrationCurrent,
    target: s.migrationTarget,
    group: selectGroup(s),
  };
}
