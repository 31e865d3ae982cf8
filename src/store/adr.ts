/** The store's side of the decision record: its facts, for `adrInput` (src/domain/madr/adr-input.ts). */
import type { AdrFacts } from '../domain/madr/adr-input';
import { selectDecisionView, selectGroupView } from './decision-selectors';
import { selectMigrationPlan } from './graph-selectors';
import type { AppState } from './store';

export function selectAdrFacts(s: AppState): AdrFacts {
  const { dataset, sliders, decision, ranking, sensitivity, explanation } = selectDecisionView(s);
  const { graph, current, target, result } = selectMigrationPlan(s, 'steps');
  const { record, context, overrides, positions, axes } = s;
  return {
    dataset,
    record,
    context,
    overrides,
    positions,
    axes,
    sliders,
    decision,
    ranking,
    sensitivity,
    explanation,
    migration: { graph, current, target, result },
    // The room is in the record once its entries are revealed (and the ranking uses them).
    group: s.group.revealed && Object.keys(s.participants).length > 0 ? selectGroupView(s) : null,
  };
}
