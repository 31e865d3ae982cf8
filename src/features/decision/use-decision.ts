import { selectDecisionView, type DecisionView } from '../../store/decision-selectors';
import { useAppStore } from '../../store/store';

/** The current decision, ranking and sensitivity, computed once per change and shared. */
export function useDecision(): DecisionView {
  return useAppStore(selectDecisionView);
}
