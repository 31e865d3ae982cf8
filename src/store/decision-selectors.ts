/**
 * Derived decision data: computed from the store by domain functions, never stored. One cached
 * result per input identity, so every component reading it during a slider move shares one
 * computation and gets a stable object.
 */
import { buildDecision, optionLabels, withSliders, type Decision } from '../domain/scoring/decision';
import { explainLeader } from '../domain/scoring/explain';
import { rank, type Ranking } from '../domain/scoring/rank';
import { sensitivity, type Sensitivity } from '../domain/scoring/sensitivity';
import type { Dataset } from '../domain/model/dataset';
import { memoized, lastValue } from './memo';
import { selectDataset, type AppState } from './store';
import { keyedRecord, own } from '../domain/own';

export interface DecisionView {
  dataset: Dataset;
  /** Slider value per slider criterion (team's or the dataset default). */
  sliders: Record<string, number>;
  decision: Decision;
  ranking: Ranking;
  sensitivity: Sensitivity;
  explanation: string | null;
  optionName: (id: string) => string;
  criterionName: (id: string) => string;
}

const labelCache = new WeakMap<Dataset, (id: string) => string>();

/** The option's label, from a table built once per dataset (1,000 options: no search per row). */
export function optionNamesOf(dataset: Dataset): (id: string) => string {
  let name = labelCache.get(dataset);
  if (!name) {
    const labels = optionLabels(dataset);
    name = (id: string) => labels.get(id) ?? id;
    labelCache.set(dataset, name);
  }
  return name;
}

export function selectDecisionView(s: AppState): DecisionView {
  const dataset = selectDataset(s);
  return memoized(s.memo, 'decisionView', [dataset, s.weights, s.context, s.overrides], () => {
    const defaults = dataset.scoring?.defaultWeights;
    const sliders = keyedRecord<number>();
    for (const scale of dataset.scoring?.scales ?? []) {
      sliders[scale.criterionId] = own(s.weights, scale.criterionId) ?? own(defaults, scale.criterionId) ?? 0;
    }
    // The fit matrix depends on the dataset, context and overrides, not on the sliders: reused for a weight change.
    const fitInputs = [dataset, s.context, s.overrides];
    const lastFits = lastValue<Decision>(s.memo, 'fits');
    const decision = lastFits?.inputs.every((x, i) => x === fitInputs[i])
      ? withSliders(lastFits.value, dataset, sliders)
      : buildDecision(dataset, sliders, s.context, s.overrides);
    s.memo.last.set('fits', { inputs: fitInputs, value: decision });
    const ranking = rank(decision.matrix, decision.weights);
    const names = new Map(decision.criteria.map((c) => [c.id, c.name]));
    const optionName = optionNamesOf(dataset);
    const criterionName = (id: string) => names.get(id) ?? id;
    return {
      dataset,
      sliders,
      decision,
      ranking,
      sensitivity: sensitivity(decision.matrix, decision.weights, ranking, { factors: decision.factors }),
      explanation: explainLeader(ranking, optionName, criterionName),
      optionName,
      criterionName,
    };
  });
}
