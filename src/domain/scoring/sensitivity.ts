/**
 * Sensitivity of the leader to each weight: how far a weight can move, holding the others, before
 * another option overtakes the leader (the flip point), and which option takes over.
 *
 * All rated options share the denominator Σw, so option o beats the leader L exactly when its
 * numerator Nₒ = Σ wᵢ·fₒᵢ exceeds N_L. Moving weight c by δ changes Nₒ by δ·fₒ꜀, hence the
 * flip is at δ = (N_L − Nₒ) / (fₒ꜀ − f_L꜀): exact, no search.
 */
import { type FitMatrix, type FitRow, fitRowsOf, type Ranking, type Weights } from './rank';
import { own } from '../own';

export interface FlipPoint {
  /** Weight at which the leader changes, or null when no weight in [min, max] changes it. */
  weight: number | null;
  /** The option that takes the lead there. */
  taker: string | null;
}

export interface CriterionSensitivity {
  criterion: string;
  weight: number;
  /** Raising this weight: where the leader changes. */
  up: FlipPoint;
  /** Lowering this weight: where the leader changes. */
  down: FlipPoint;
}

export type Reading = 'robust' | 'fragile' | 'tied' | 'none';

export interface Sensitivity {
  leader: string | null;
  criteria: CriterionSensitivity[];
  /** The smallest weight change, over all criteria, that changes the leader (null: none does). */
  margin: number | null;
  reading: Reading;
}

export interface SensitivityOptions {
  /** Slider range, in slider units. */
  min?: number;
  max?: number;
  /**
   * Effective weight = slider × factor (context answers scale weights). Criteria listed here are
   * reported in slider units; criteria not listed (derived from context) are not reported.
   * Without it every criterion is reported with factor 1.
   */
  factors?: Readonly<Record<string, number>>;
  /** A leader that flips within this many weight units of the current weights is fragile. */
  fragileWithin?: number;
}

const EPS = 1e-12;

export function sensitivity(
  matrix: FitMatrix,
  weights: Weights,
  ranking: Ranking,
  { min = 0, max = 10, fragileWithin = 1, factors }: SensitivityOptions = {},
): Sensitivity {
  const leaderEntry = ranking.ranked[0];
  if (!leaderEntry || ranking.noWeight) return { leader: null, criteria: [], margin: null, reading: 'none' };
  const leader = leaderEntry.option;
  const rivals = ranking.ranked.slice(1).map((r) => r.option);
  // Fits read from the matrix's rows by criterion index (made once per matrix, see fitRowsOf).
  const rows = fitRowsOf(matrix);
  const index = new Map(matrix.criteria.map((c, i) => [c, i]));
  const ws = matrix.criteria.map((c) => Math.max(0, own(weights, c) ?? 0));
  const rowFor = (o: string) => rows.get(o) ?? matrix.criteria.map((c) => own(own(matrix.fit, o), c));
  // Each option's row and numerator looked up once, then read by position: the loop below runs for
  // every criterion and rival (20 × 999 at 1,000 options), on every slider step.
  const numeratorOf = (row: readonly (number | null | undefined)[]) => ws.reduce((s, w, i) => s + w * (row[i] ?? 0), 0);
  const leaderRow = rowFor(leader);
  const rivalRows = rivals.map(rowFor);
  const rivalNumerators = rivalRows.map(numeratorOf);
  const nLeader = numeratorOf(leaderRow);

  const reported = matrix.criteria.filter((c) => !factors || (own(factors, c) ?? 0) > 0);
  const criteria = reported.map((c): CriterionSensitivity => {
    const k = factors ? (own(factors, c) as number) : 1;
    const w = Math.max(0, own(weights, c) ?? 0);
    const slider = w / k;
    let up: FlipPoint = { weight: null, taker: null };
    let down: FlipPoint = { weight: null, taker: null };
    const i = index.get(c) as number;
    const leaderFit = leaderRow[i] ?? 0;
    for (let r = 0; r < rivals.length; r++) {
      const slope = ((rivalRows[r] as FitRow)[i] ?? 0) - leaderFit;
      if (Math.abs(slope) < EPS) continue;
      // Flip in effective units at w + delta, i.e. at slider (w + delta) / k.
      const at = slider + (nLeader - (rivalNumerators[r] as number)) / slope / k;
      if (slope > 0 && at >= slider && at <= max + EPS && (up.weight === null || at < up.weight)) {
        up = { weight: at, taker: rivals[r] as string };
      }
      if (slope < 0 && at <= slider && at >= min - EPS && (down.weight === null || at > down.weight)) {
        down = { weight: at, taker: rivals[r] as string };
      }
    }
    return { criterion: c, weight: slider, up, down };
  });

  const distances = criteria.flatMap((s) =>
    [s.up.weight, s.down.weight].filter((x): x is number => x !== null).map((x) => Math.abs(x - s.weight)),
  );
  const margin = distances.length > 0 ? Math.min(...distances) : null;
  const reading: Reading = leaderEntry.tied ? 'tied' : margin !== null && margin <= fragileWithin ? 'fragile' : 'robust';
  return { leader, criteria, margin, reading };
}
