/**
 * Where the room disagrees: the spread of the marks per criterion, the criteria to discuss first,
 * each participant's own leader, and a consensus reading against the team's leader.
 *
 * A participant's own leader is the ranking's leader at *their* weights, through the same scoring
 * functions as the team's (withSliders → rank on the decision's fit matrix): context factors and
 * checklist criteria apply to everyone alike. A criterion the participant left unmarked takes the
 * team's weight, so their leader differs from the team's only through what they said.
 */
import type { Dataset } from '../model/dataset';
import { withSliders, type Decision } from '../scoring/decision';
import { scoreOption, TIE_EPSILON, totalWeight, type FitMatrix, type Ranking, type Weights } from '../scoring/rank';
import { isMark, marksFor } from './aggregate';
import { type Group, entries, keyed, ownValue } from './core';

export interface Mark {
  participant: string;
  value: number;
}

export interface CriterionSpread {
  criterion: string;
  lowest: number;
  highest: number;
  /** highest − lowest, 0–10. */
  spread: number;
  /** Each participant's mark, in the group's order. */
  marks: Mark[];
}

/** Spreads this wide (on the 0–10 sliders) or wider are worth discussing. */
export const DISCUSS_THRESHOLD = 3;

/** Per criterion (in the given order) that someone marked: lowest, highest, every mark. */
export function criterionSpreads(group: Pick<Group, 'participants' | 'inputs'>, criteria: readonly string[]): CriterionSpread[] {
  const out: CriterionSpread[] = [];
  for (const criterion of criteria) {
    const marks = marksFor(group, criterion);
    if (marks.length === 0) continue;
    const values = marks.map((m) => m.value);
    const lowest = Math.min(...values);
    const highest = Math.max(...values);
    out.push({ criterion, lowest, highest, spread: highest - lowest, marks });
  }
  return out;
}

/**
 * "Discuss these": criteria marked by two or more participants whose spread is at least
 * `threshold`, widest first (equal spreads keep the criteria's order).
 */
export function discussThese(spreads: readonly CriterionSpread[], threshold = DISCUSS_THRESHOLD): CriterionSpread[] {
  return spreads
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.marks.length >= 2 && s.spread >= threshold)
    .sort((a, b) => b.s.spread - a.s.spread || a.i - b.i)
    .map(({ s }) => s);
}

/** The criteria participants weigh: the decision's sliders (not the checklist's derived ones). */
export function sliderCriteria(decision: Decision): string[] {
  return decision.criteria.filter((c) => !c.derived).map((c) => c.id);
}

/** The options ranked first (more than one when they tie); none when no weight is set. */
export function leadersOf(ranking: Ranking): string[] {
  if (ranking.noWeight) return [];
  const top = ranking.ranked[0];
  return top ? ranking.ranked.filter((r) => r.rank === top.rank).map((r) => r.option) : [];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export interface ParticipantLeader {
  participant: string;
  /** Their leader(s) at their own weights; empty when all their weights are 0 (they then do not agree). */
  leaders: string[];
  /** The option they marked as their pick, or null. */
  pick: string | null;
  /** Their leader is the team's (the same option, or the same tied options). */
  agrees: boolean;
}

export interface Consensus {
  /** The team's leader(s) at the team's weights. */
  teamLeaders: string[];
  participants: ParticipantLeader[];
  /** Participants whose own leader differs from the team's: they would change their leader with the team's weights. */
  wouldChange: number;
  /** Every participant with an entry has the team's leader as their own (false with nobody). */
  unanimous: boolean;
  /** Participants (weighing or not) whose pick is one of the team's leaders, and how many picked anything. */
  picksForTeamLeader: number;
  picks: number;
}

export interface ConsensusInput {
  ds: Dataset;
  /** The built decision (fit matrix, context factors); its weights are not read. */
  decision: Decision;
  group: Pick<Group, 'participants' | 'inputs'>;
  /** The sliders the team ranks with (see `teamSliders`: the aggregate over the team's own). */
  teamSliders: Readonly<Record<string, number>>;
}

/**
 * The same leaders as `leadersOf(rank(matrix, weights))`, without ranking everything: scores by
 * `scoreOption`, then the best and those tied with it by rank's own rule (each within TIE_EPSILON
 * of the one before). rank() marks ties pairwise, which costs ~200 ms on the benchmark's 1,000
 * options; this is one pass, and consensus runs it once per participant.
 */
export function leadersAt(matrix: FitMatrix, weights: Weights): string[] {
  if (totalWeight(matrix.criteria, weights) === 0) return [];
  const scores: number[] = [];
  const options: string[] = [];
  for (const option of matrix.options) {
    const r = scoreOption(matrix, option, weights);
    if ('score' in r) {
      scores.push(r.score);
      options.push(option);
    }
  }
  const order = scores
    .map((_, i) => i)
    .sort((a, b) => (Math.abs(scores[b]! - scores[a]!) <= TIE_EPSILON ? a - b : scores[b]! - scores[a]!));
  const out: string[] = [];
  for (let k = 0; k < order.length; k++) {
    if (k > 0 && Math.abs(scores[order[k - 1]!]! - scores[order[k]!]!) > TIE_EPSILON) break;
    out.push(options[order[k]!]!);
  }
  return out;
}

const leadersWith = (ds: Dataset, decision: Decision, sliders: Readonly<Record<string, number>>) =>
  leadersAt(decision.matrix, withSliders(decision, ds, sliders).weights);

export function consensus({ ds, decision, group, teamSliders }: ConsensusInput): Consensus {
  const teamLeaders = leadersWith(ds, decision, teamSliders);
  const criteria = sliderCriteria(decision);
  const participants: ParticipantLeader[] = [];
  const all = entries(group);
  for (const { participant, input } of all) {
    const own = criteria.filter((c) => isMark(ownValue(input.weights, c)));
    if (own.length === 0) continue;
    const sliders = keyed([...Object.entries(teamSliders), ...own.map((c) => [c, input.weights[c] as number] as const)]);
    const leaders = leadersWith(ds, decision, sliders);
    participants.push({ participant: participant.id, leaders, pick: input.pick, agrees: sameSet(leaders, teamLeaders) });
  }
  const wouldChange = participants.filter((p) => !p.agrees).length;
  const picked = all.map((e) => e.input.pick).filter((p): p is string => p !== null);
  return {
    teamLeaders,
    participants,
    wouldChange,
    unanimous: participants.length > 0 && wouldChange === 0,
    picksForTeamLeader: picked.filter((p) => teamLeaders.includes(p)).length,
    picks: picked.length,
  };
}
