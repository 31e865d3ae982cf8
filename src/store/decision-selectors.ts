/**
 * Derived decision data: computed from the store by domain functions, never stored. One cached
 * result per input identity, so every component reading it during a slider move shares one
 * computation and gets a stable object.
 */
import { aggregateGroup, teamSliders, type GroupAggregate } from '../domain/group/aggregate';
import type { Group } from '../domain/group/core';
import { criterionSpreads, consensus, discussThese, type Consensus, type CriterionSpread } from '../domain/group/disagreement';
import { toGroup, unusedInput, type UnusedInput } from '../domain/group/entries';
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
  /**
   * Slider value per slider criterion: the room's aggregate when its entries are revealed (with the
   * facilitator's overrides), else the team's own sliders or the dataset default.
   */
  sliders: Record<string, number>;
  /** The team's own slider values (what the sliders hold when no room's weights are in use). */
  ownSliders: Record<string, number>;
  /** The room's weights when they are in use (revealed, and someone has entered weights), else null. */
  room: GroupAggregate | null;
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
  const room = selectRoomWeights(s);
  return memoized(s.memo, 'decisionView', [dataset, s.weights, s.context, s.overrides, room], () => {
    const ownSliders = selectOwnSliders(dataset, s.weights);
    const sliders = room ? teamSliders(room, ownSliders) : ownSliders;
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
    // The flip points and the leader's explanation are worked out when a view first reads them, once
    // per change: the quadrant and the Priorities slide do not show them (at 1,000 options × 20
    // criteria the flip points cost about a millisecond of every slider step there).
    let flips: Sensitivity | undefined;
    let explained: { text: string | null } | undefined;
    return {
      dataset,
      sliders,
      ownSliders,
      room,
      decision,
      ranking,
      get sensitivity() {
        flips ??= sensitivity(decision.matrix, decision.weights, ranking, { factors: decision.factors });
        return flips;
      },
      get explanation() {
        explained ??= { text: explainLeader(ranking, optionName, criterionName) };
        return explained.text;
      },
      optionName,
      criterionName,
    };
  });
}

/** The team's own sliders: its weights, or the dataset's default for a criterion it has not set. */
function selectOwnSliders(dataset: Dataset, weights: Record<string, number>): Record<string, number> {
  const defaults = dataset.scoring?.defaultWeights;
  const sliders = keyedRecord<number>();
  for (const scale of dataset.scoring?.scales ?? []) {
    sliders[scale.criterionId] = own(weights, scale.criterionId) ?? own(defaults, scale.criterionId) ?? 0;
  }
  return sliders;
}

/** The criteria participants weigh: the dataset's sliders. */
const sliderIds = (dataset: Dataset) => (dataset.scoring?.scales ?? []).map((s) => s.criterionId);

/** The room as the domain reads it (ordered participants, inputs by id, settings). */
export function selectGroup(s: AppState): Group {
  return memoized(s.memo, 'group', [s.participants, s.group], () => toGroup(s.participants, s.group));
}

/** The participants' aggregate (with overrides) for the dataset's criteria, whether or not it is in use. */
export function selectRoomAggregate(s: AppState): GroupAggregate | null {
  const dataset = selectDataset(s);
  const group = selectGroup(s);
  return memoized(s.memo, 'roomAggregate', [dataset, group], () => aggregateGroup(group, sliderIds(dataset)));
}

/** The room's weights when the ranking uses them: after Reveal, once someone has entered weights. */
export function selectRoomWeights(s: AppState): GroupAggregate | null {
  return s.group.revealed ? selectRoomAggregate(s) : null;
}

/** What participants' entries hold that this decision cannot use (named on the Group page, never ranked). */
export function selectUnusedInput(s: AppState): UnusedInput[] {
  const { dataset, decision } = selectDecisionView(s);
  return memoized(s.memo, 'unusedInput', [dataset, decision, s.participants], () =>
    unusedInput(s.participants, sliderIds(dataset), decision.matrix.options),
  );
}

export interface GroupView {
  group: Group;
  /** The participants' aggregate, computed whether or not it is revealed (null: no weights entered). */
  aggregate: GroupAggregate | null;
  spreads: CriterionSpread[];
  discuss: CriterionSpread[];
  consensus: Consensus;
}

/** Where the room stands: the aggregate, the spreads, what to discuss, each participant's leader. */
export function selectGroupView(s: AppState): GroupView {
  const view = selectDecisionView(s);
  const group = selectGroup(s);
  const aggregate = selectRoomAggregate(s);
  return memoized(s.memo, 'groupView', [view, group, aggregate], () => {
    const spreads = criterionSpreads(group, sliderIds(view.dataset));
    // The team's sliders as they would be with the room's weights, revealed or not.
    const team = aggregate ? teamSliders(aggregate, view.ownSliders) : view.ownSliders;
    return {
      group,
      aggregate,
      spreads,
      discuss: discussThese(spreads),
      consensus: consensus({ ds: view.dataset, decision: view.decision, group, teamSliders: team }),
    };
  });
}
