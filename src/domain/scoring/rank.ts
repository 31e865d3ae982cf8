/**
 * Weighted scoring and ranking over a fit matrix. Plain data in, plain data out.
 *
 * A fit is a number in [0, 1] (1 = fits the team perfectly on that criterion) or null when the
 * option has no rating for the criterion. Weights are ≥ 0. The score of an option is the weighted
 * mean of its fits, Σ wᵢ·fitᵢ / Σ wᵢ, in [0, 1]; the contribution of a criterion is its term
 * wᵢ·fitᵢ / Σ wᵢ, so the contributions add up to the score.
 *
 * An option with no fit for a criterion that carries weight is not scored (never as zero): it is
 * listed as unrated with the criteria it lacks.
 */
import { keyedRecord, own } from '../own';

export interface FitMatrix {
  criteria: readonly string[];
  options: readonly string[];
  /** fit[option][criterion]: a number in [0, 1], or null when unrated. */
  fit: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
}

export type Weights = Readonly<Record<string, number>>;

export interface ScoredOption {
  option: string;
  score: number;
  /** Contribution per criterion; sums to `score`. (Read-only: a ranked option works it out when first read.) */
  readonly contributions: Record<string, number>;
  /** 1-based; options with equal scores share a rank (1, 2, 2, 4). */
  rank: number;
  tied: boolean;
}

export interface UnratedOption {
  option: string;
  missing: string[];
}

export interface Ranking {
  ranked: ScoredOption[];
  unrated: UnratedOption[];
  /** True when every weight is zero: nothing to rank by. */
  noWeight: boolean;
}

/** Scores closer than this are a tie (floating-point noise, not a real difference). */
export const TIE_EPSILON = 1e-9;

export function totalWeight(criteria: readonly string[], weights: Weights): number {
  return criteria.reduce((sum, c) => sum + Math.max(0, own(weights, c) ?? 0), 0);
}

export function scoreOption(
  matrix: FitMatrix,
  option: string,
  weights: Weights,
): { score: number; contributions: Record<string, number> } | { missing: string[] } {
  return scoreRow(
    matrix.criteria,
    fitRowsOf(matrix).get(option) ?? rowOf(matrix, option),
    criterionWeights(matrix.criteria, weights),
    totalWeight(matrix.criteria, weights),
  );
}

export type FitRow = readonly (number | null | undefined)[];

const fitRowCache = new WeakMap<FitMatrix, Map<string, FitRow>>();

function rowOf(matrix: FitMatrix, option: string): FitRow {
  const row = own(matrix.fit, option);
  return matrix.criteria.map((c) => own(row, c));
}

/**
 * Each option's fits as an array in the criteria's order (undefined: no entry), made once per
 * matrix: a slider step keeps the matrix (only the weights change), so ranking and flip points read
 * arrays instead of looking up 20,000 keys in records on every step. A matrix is never changed
 * after it is made (plain data in, plain data out).
 */
export function fitRowsOf(matrix: FitMatrix): Map<string, FitRow> {
  let rows = fitRowCache.get(matrix);
  if (!rows) {
    rows = new Map();
    for (const option of matrix.options) rows.set(option, rowOf(matrix, option));
    fitRowCache.set(matrix, rows);
  }
  return rows;
}

/** Each criterion's weight (≥ 0), in the criteria's order: read once per ranking, not once per option. */
function criterionWeights(criteria: readonly string[], weights: Weights): number[] {
  return criteria.map((c) => Math.max(0, own(weights, c) ?? 0));
}

function scoreRow(
  criteria: readonly string[],
  fits: FitRow | undefined,
  ws: readonly number[],
  total: number,
): { score: number; contributions: Record<string, number> } | { missing: string[] } {
  const score = scoreOf(criteria, fits, ws, total);
  return typeof score === 'number' ? { score, contributions: contributionsOf(criteria, fits, ws, total) } : { missing: score };
}

/** The weighted mean of an option's fits, or the criteria with weight that it has no fit for. */
function scoreOf(criteria: readonly string[], fits: FitRow | undefined, ws: readonly number[], total: number): number | string[] {
  let missing: string[] | null = null;
  let score = 0;
  for (let i = 0; i < criteria.length; i++) {
    const w = ws[i] as number;
    const f = fits?.[i];
    if (f === null || f === undefined) {
      if (w > 0) {
        missing ??= [];
        missing.push(criteria[i] as string);
      }
      continue;
    }
    score += total > 0 ? (w * f) / total : 0;
  }
  return missing ?? score;
}

/** Each criterion's term of the score (0 where there is no fit): they add up to the score. */
function contributionsOf(
  criteria: readonly string[],
  fits: FitRow | undefined,
  ws: readonly number[],
  total: number,
): Record<string, number> {
  const contributions = keyedRecord<number>();
  for (let i = 0; i < criteria.length; i++) {
    const f = fits?.[i];
    contributions[criteria[i] as string] = f === null || f === undefined || !(total > 0) ? 0 : ((ws[i] as number) * f) / total;
  }
  return contributions;
}

/** What an option's contributions are worked out from: shared by every option of one ranking. */
interface Terms {
  criteria: readonly string[];
  ws: readonly number[];
  total: number;
}

/**
 * A ranked option whose contributions are worked out when first read: the ranking's bars read those
 * of the options they show, the quadrant reads none (1,000 options × 20 criteria: 20,000 entries a
 * step). A class, not an object literal with its own getter: a literal with a getter is a new shape
 * per option (V8 keeps each in dictionary mode), about 450 bytes an option on every slider step.
 * The getter is on the prototype, so a spread copy leaves contributions out; JSON keeps them.
 */
class RankedOption implements ScoredOption {
  readonly #terms: Terms;
  readonly #fits: FitRow | undefined;
  #contributions: Record<string, number> | undefined;
  tied = false;

  constructor(
    readonly option: string,
    readonly score: number,
    public rank: number,
    terms: Terms,
    fits: FitRow | undefined,
  ) {
    this.#terms = terms;
    this.#fits = fits;
  }

  get contributions(): Record<string, number> {
    this.#contributions ??= contributionsOf(this.#terms.criteria, this.#fits, this.#terms.ws, this.#terms.total);
    return this.#contributions;
  }

  toJSON(): ScoredOption {
    return { option: this.option, score: this.score, contributions: this.contributions, rank: this.rank, tied: this.tied };
  }
}

export function rank(matrix: FitMatrix, weights: Weights): Ranking {
  const total = totalWeight(matrix.criteria, weights);
  const noWeight = total === 0;
  const ws = criterionWeights(matrix.criteria, weights);
  const rows = fitRowsOf(matrix);
  const scored: { option: string; score: number; fits: FitRow | undefined; i: number }[] = [];
  const unrated: UnratedOption[] = [];
  for (const option of matrix.options) {
    const fits = rows.get(option);
    const result = scoreOf(matrix.criteria, fits, ws, total);
    if (typeof result !== 'number') unrated.push({ option, missing: result });
    else scored.push({ option, score: result, fits, i: scored.length });
  }
  // Stable: equal scores keep dataset order.
  scored.sort((a, b) => (Math.abs(b.score - a.score) <= TIE_EPSILON ? a.i - b.i : b.score - a.score));
  const ranked: ScoredOption[] = [];
  const terms: Terms = { criteria: matrix.criteria, ws, total };
  scored.forEach(({ option, score, fits }, i) => {
    const prev = ranked[i - 1];
    const sameAsPrev = prev !== undefined && Math.abs(prev.score - score) <= TIE_EPSILON;
    ranked.push(new RankedOption(option, score, sameAsPrev ? prev.rank : i + 1, terms, fits));
  });
  // Tied: another option shares the rank (counted once, not by searching the list per option).
  const perRank = new Map<number, number>();
  for (const r of ranked) perRank.set(r.rank, (perRank.get(r.rank) ?? 0) + 1);
  for (const r of ranked) r.tied = (perRank.get(r.rank) ?? 0) > 1;
  return { ranked, unrated, noWeight };
}
