/**
 * The team's weights from the participants' weights, criterion by criterion.
 *
 * - geometric (default, as in AHP group decisions): the *shifted* geometric mean
 *   exp(mean(ln(1 + w))) − 1. Weights here are 0–10 slider marks where 0 means "does not matter",
 *   not AHP's positive ratios; a plain geometric mean would let one 0 veto the criterion for the
 *   whole room (0 × anything = 0), and a mean of (w + ε) would let a 0 pull a criterion to near
 *   nothing for a tiny ε. Shifting by one slider step keeps a 0 a real, strong vote down without a
 *   veto: {0, 10} → 2.32 (mean 5), {2, 8} → 4.20 (plain geometric 4), all 0 → 0. Like the
 *   geometric mean it damps a lone high mark more than the mean does.
 * - median: the middle mark (the mean of the two middle marks for an even count); one outlier
 *   cannot move it beyond the others' range.
 * - mean: the arithmetic mean.
 *
 * Every method gives v when all marks are v, stays within [lowest, highest] of the marks, and does
 * not depend on the participants' order (marks are sorted before summing, so even floating-point
 * rounding is the same). A participant with no mark for a criterion is left out of that
 * criterion. A facilitator's override replaces a criterion's aggregate and is reported as such.
 */
import { type AggregationMethod, type Group, WEIGHT_MAX, WEIGHT_MIN, entries, keyed, ownValue } from './core';

export const GEOMETRIC_SHIFT = 1;

/** The method in words, as the screen and the decision record state it. */
export const METHOD_LABELS: Readonly<Record<AggregationMethod, string>> = {
  geometric: 'geometric mean',
  median: 'median',
  mean: 'mean',
};

export const METHOD_DESCRIPTIONS: Readonly<Record<AggregationMethod, string>> = {
  geometric: `the geometric mean of the participants' weights (of weight + ${GEOMETRIC_SHIFT}, less ${GEOMETRIC_SHIFT} again, so that one 0 does not veto a criterion)`,
  median: "the median of the participants' weights (one outlier cannot move it)",
  mean: "the mean of the participants' weights",
};

/** A mark a participant can make: a number on the 0–10 slider. */
export const isMark = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= WEIGHT_MIN && v <= WEIGHT_MAX;

/** One criterion's aggregate of the marks, or null for no marks. Ignores anything not a 0–10 number. */
export function aggregateValues(values: readonly number[], method: AggregationMethod): number | null {
  const sorted = values.filter(isMark).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;
  const lo = sorted[0]!;
  const hi = sorted[n - 1]!;
  if (lo === hi) return lo;
  let value: number;
  if (method === 'median') {
    value = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  } else if (method === 'mean') {
    value = sorted.reduce((s, v) => s + v, 0) / n;
  } else {
    value = Math.exp(sorted.reduce((s, v) => s + Math.log(v + GEOMETRIC_SHIFT), 0) / n) - GEOMETRIC_SHIFT;
  }
  // Rounding must not carry the result past the marks (e.g. exp(log(x)) a hair above x).
  return Math.min(hi, Math.max(lo, value));
}

export interface CriterionAggregate {
  criterion: string;
  /** The weight the team ranks with: the override when there is one, else `computed`. */
  value: number | null;
  /** The participants' aggregate, or null when nobody marked this criterion. */
  computed: number | null;
  overridden: boolean;
  /** How many participants marked this criterion. */
  count: number;
}

export interface GroupAggregate {
  method: AggregationMethod;
  /** Weight per criterion, for the criteria that have one (null-prototype record). */
  weights: Record<string, number>;
  criteria: CriterionAggregate[];
  /** Participants with at least one mark. */
  participants: number;
}

export type AggregateInput = Pick<Group, 'participants' | 'inputs' | 'method' | 'overrides'>;

/** Each participant's marks for one criterion, in the group's order. */
export function marksFor(group: Pick<Group, 'participants' | 'inputs'>, criterion: string): { participant: string; value: number }[] {
  const out: { participant: string; value: number }[] = [];
  for (const { participant, input } of entries(group)) {
    const v = ownValue(input.weights, criterion);
    if (isMark(v)) out.push({ participant: participant.id, value: v });
  }
  return out;
}

/**
 * The team's weights for the given criteria (the sliders'), or null when no participant has
 * marked anything: the caller then ranks with the team's own sliders.
 */
export function aggregateGroup(group: AggregateInput, criteria: readonly string[]): GroupAggregate | null {
  const marked = entries(group).filter(({ input }) => criteria.some((c) => isMark(ownValue(input.weights, c))));
  if (marked.length === 0) return null;
  const rows: CriterionAggregate[] = criteria.map((criterion) => {
    const marks = marksFor(group, criterion).map((m) => m.value);
    const computed = aggregateValues(marks, group.method);
    const override = ownValue(group.overrides, criterion);
    const overridden = isMark(override);
    return { criterion, value: overridden ? override : computed, computed, overridden, count: marks.length };
  });
  const weights = keyed(rows.flatMap((r) => (r.value === null ? [] : [[r.criterion, r.value] as const])));
  return { method: group.method, weights, criteria: rows, participants: marked.length };
}

/**
 * The sliders the team ranks with: the aggregate where there is one, the team's own slider for a
 * criterion nobody marked, the team's sliders alone when there is no aggregate.
 */
export function teamSliders(aggregate: GroupAggregate | null, own: Readonly<Record<string, number>>): Record<string, number> {
  const out = keyed(Object.entries(own));
  if (aggregate) for (const [c, v] of Object.entries(aggregate.weights)) out[c] = v;
  return out;
}
