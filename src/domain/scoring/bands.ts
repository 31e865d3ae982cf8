/**
 * The tornado chart's data: for each weight, the band of slider values over which the leader stays
 * first, narrowest (most sensitive) first. Weights that can move over the whole slider range without
 * changing the leader are listed apart: drawn as equal full bars they tell a room nothing.
 */
import type { Sensitivity } from './sensitivity';

export interface LeaderBand {
  criterion: string;
  /** The slider value now. */
  weight: number;
  /** The leader stays first for slider values in [lo, hi]. */
  lo: number;
  hi: number;
  /** Who leads below lo / above hi (null: nobody takes over within the range). */
  belowTaker: string | null;
  aboveTaker: string | null;
}

export interface LeaderBands {
  /** Weights whose change within the range can change the leader, narrowest band first. */
  sensitive: LeaderBand[];
  /** Weights that can move anywhere in the range without changing the leader. */
  free: string[];
}

export function leaderBands(s: Sensitivity, { min = 0, max = 10 }: { min?: number; max?: number } = {}): LeaderBands {
  const sensitive: LeaderBand[] = [];
  const free: string[] = [];
  for (const c of s.criteria) {
    if (c.up.weight === null && c.down.weight === null) {
      free.push(c.criterion);
      continue;
    }
    sensitive.push({
      criterion: c.criterion,
      weight: c.weight,
      lo: c.down.weight ?? min,
      hi: c.up.weight ?? max,
      belowTaker: c.down.taker,
      aboveTaker: c.up.taker,
    });
  }
  // Stable: equal bands keep the criteria's order.
  sensitive.sort((a, b) => a.hi - a.lo - (b.hi - b.lo));
  return { sensitive, free };
}
