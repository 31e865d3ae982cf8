import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rank, type FitMatrix } from './rank';
import { sensitivity } from './sensitivity';
import { own } from '../own';

const matrix: FitMatrix = {
  criteria: ['a', 'b'],
  options: ['X', 'Y'],
  fit: { X: { a: 1, b: 0.2 }, Y: { a: 0.4, b: 1 } },
};

describe('sensitivity (hand-worked)', () => {
  // Weights a=5, b=5: X = (5·1 + 5·0.2)/10 = 0.6, Y = (5·0.4 + 5·1)/10 = 0.7. Y leads.
  // Raising a by δ: X − Y numerators 6 + δ vs 7 + 0.4δ → flip at δ = 1/0.6, a = 6.667.
  // Lowering b by δ: 6 − 0.2δ vs 7 − δ → flip at δ = 1.25, b = 3.75.
  const weights = { a: 5, b: 5 };
  const s = sensitivity(matrix, weights, rank(matrix, weights));

  it('finds the leader and each flip point with the option that takes over', () => {
    expect(s.leader).toBe('Y');
    const a = s.criteria.find((c) => c.criterion === 'a')!;
    expect(a.up.weight).toBeCloseTo(5 + 1 / 0.6, 10);
    expect(a.up.taker).toBe('X');
    expect(a.down).toEqual({ weight: null, taker: null });
    const b = s.criteria.find((c) => c.criterion === 'b')!;
    expect(b.down.weight).toBeCloseTo(3.75, 10);
    expect(b.down.taker).toBe('X');
    expect(b.up).toEqual({ weight: null, taker: null });
  });

  it('reads the margin: 1.25 weight units is robust at the default threshold, fragile at 1.5', () => {
    expect(s.margin).toBeCloseTo(1.25, 10);
    expect(s.reading).toBe('robust');
    expect(sensitivity(matrix, weights, rank(matrix, weights), { fragileWithin: 1.5 }).reading).toBe('fragile');
  });

  it('says no flip when the leader holds over the whole slider range', () => {
    const m: FitMatrix = { criteria: ['a', 'b'], options: ['X', 'Y'], fit: { X: { a: 1, b: 1 }, Y: { a: 0, b: 0.5 } } };
    const w = { a: 5, b: 5 };
    const r = sensitivity(m, w, rank(m, w));
    expect(r.criteria.every((c) => c.up.weight === null && c.down.weight === null)).toBe(true);
    expect(r.margin).toBeNull();
    expect(r.reading).toBe('robust');
  });

  it('reads a tie for first place as tied', () => {
    const w = { a: 1, b: 1 };
    const m: FitMatrix = { criteria: ['a', 'b'], options: ['X', 'Y'], fit: { X: { a: 1, b: 0 }, Y: { a: 0, b: 1 } } };
    expect(sensitivity(m, w, rank(m, w)).reading).toBe('tied');
  });

  it('has nothing to say without weights', () => {
    const w = { a: 0, b: 0 };
    expect(sensitivity(matrix, w, rank(matrix, w))).toEqual({ leader: null, criteria: [], margin: null, reading: 'none' });
  });
});

describe('flip points are where the leader really changes', () => {
  it('just before the flip the leader holds; just after, the named option leads', () => {
    const arb = fc.record({
      fits: fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }), {
        minLength: 3,
        maxLength: 3,
      }),
      ws: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 3, maxLength: 3 }),
    });
    fc.assert(
      fc.property(arb, ({ fits, ws }) => {
        const criteria = ['c0', 'c1', 'c2'];
        const m: FitMatrix = {
          criteria,
          options: ['o0', 'o1', 'o2'],
          fit: Object.fromEntries(fits.map((row, i) => [`o${i}`, Object.fromEntries(row.map((f, j) => [criteria[j]!, f]))])),
        };
        const w = Object.fromEntries(ws.map((x, j) => [criteria[j]!, x]));
        const r = rank(m, w);
        if (r.ranked[0]!.tied) return;
        const s = sensitivity(m, w, r);
        const score = (weights: Record<string, number>, o: string) =>
          criteria.reduce((sum, c) => sum + weights[c]! * m.fit[o]![c]!, 0) / criteria.reduce((sum, c) => sum + weights[c]!, 0);
        for (const c of s.criteria) {
          for (const flip of [c.up, c.down]) {
            if (flip.weight === null || flip.taker === null) continue;
            const dir = flip === c.up ? 1 : -1;
            const nudge = 1e-3;
            const before = { ...w, [c.criterion]: Math.max(0, flip.weight - dir * nudge) };
            const after = { ...w, [c.criterion]: Math.max(0, flip.weight + dir * nudge) };
            // Before the flip point the leader is still ahead of the taker; after it, the taker is ahead
            // of the leader and no other option is ahead of the taker.
            expect(score(before, s.leader!)).toBeGreaterThanOrEqual(score(before, flip.taker) - 1e-9);
            if (flip.weight + dir * nudge >= 0) {
              expect(score(after, flip.taker)).toBeGreaterThan(score(after, s.leader!));
              for (const o of m.options) expect(score(after, flip.taker)).toBeGreaterThanOrEqual(score(after, o) - 1e-3);
            }
          }
        }
      }),
    );
  });
});

// Flip points as first written (fits looked up in the records): the faster version must equal it.
const PLAIN_EPS = 1e-12;

function plainSensitivity(
  matrix: FitMatrix,
  weights: Readonly<Record<string, number>>,
  ranking: ReturnType<typeof rank>,
  {
    min = 0,
    max = 10,
    fragileWithin = 1,
    factors,
  }: { min?: number; max?: number; fragileWithin?: number; factors?: Readonly<Record<string, number>> } = {},
): ReturnType<typeof sensitivity> {
  const leaderEntry = ranking.ranked[0];
  if (!leaderEntry || ranking.noWeight) return { leader: null, criteria: [], margin: null, reading: 'none' };
  const leader = leaderEntry.option;
  const rivals = ranking.ranked.slice(1).map((r) => r.option);
  const fitOf = (o: string, c: string) => own(own(matrix.fit, o), c) ?? 0;
  const numeratorOf = (o: string) => matrix.criteria.reduce((s, c) => s + Math.max(0, own(weights, c) ?? 0) * fitOf(o, c), 0);
  // Once per option, not once per option and criterion (1,000 options × 20 criteria: 20× less work).
  const numerators = new Map([leader, ...rivals].map((o) => [o, numeratorOf(o)]));
  const numerator = (o: string) => numerators.get(o) as number;
  const nLeader = numerator(leader);

  const reported = matrix.criteria.filter((c) => !factors || (own(factors, c) ?? 0) > 0);
  const criteria = reported.map((c) => {
    const k = factors ? (own(factors, c) as number) : 1;
    const w = Math.max(0, own(weights, c) ?? 0);
    const slider = w / k;
    let up: { weight: number | null; taker: string | null } = { weight: null, taker: null };
    let down: { weight: number | null; taker: string | null } = { weight: null, taker: null };
    for (const o of rivals) {
      const slope = fitOf(o, c) - fitOf(leader, c);
      if (Math.abs(slope) < PLAIN_EPS) continue;
      // Flip in effective units at w + delta, i.e. at slider (w + delta) / k.
      const at = slider + (nLeader - numerator(o)) / slope / k;
      if (slope > 0 && at >= slider && at <= max + PLAIN_EPS && (up.weight === null || at < up.weight)) {
        up = { weight: at, taker: o };
      }
      if (slope < 0 && at <= slider && at >= min - PLAIN_EPS && (down.weight === null || at > down.weight)) {
        down = { weight: at, taker: o };
      }
    }
    return { criterion: c, weight: slider, up, down };
  });

  const distances = criteria.flatMap((s) =>
    [s.up.weight, s.down.weight].filter((x): x is number => x !== null).map((x) => Math.abs(x - s.weight)),
  );
  const margin = distances.length > 0 ? Math.min(...distances) : null;
  const reading: ReturnType<typeof sensitivity>['reading'] = leaderEntry.tied
    ? 'tied'
    : margin !== null && margin <= fragileWithin
      ? 'fragile'
      : 'robust';
  return { leader, criteria, margin, reading };
}

describe('sensitivity, as fast as a slider step needs', () => {
  it('gives exactly the flip points of the straightforward version', () => {
    const case_ = fc
      .record({ nOptions: fc.integer({ min: 1, max: 30 }), nCriteria: fc.integer({ min: 1, max: 7 }) })
      .chain(({ nOptions, nCriteria }) => {
        const criteria = Array.from({ length: nCriteria }, (_, i) => `c${i}`);
        const options = Array.from({ length: nOptions }, (_, i) => `o${i}`);
        const fit = fc.oneof(fc.constantFrom(0, 0.5, 1, null), fc.double({ min: 0, max: 1, noNaN: true }));
        return fc
          .record({
            rows: fc.array(fc.array(fit, { minLength: nCriteria, maxLength: nCriteria }), { minLength: nOptions, maxLength: nOptions }),
            ws: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: nCriteria, maxLength: nCriteria }),
            ks: fc.array(fc.constantFrom(0, 0.5, 1, 2), { minLength: nCriteria, maxLength: nCriteria }),
            withFactors: fc.boolean(),
          })
          .map(({ rows, ws, ks, withFactors }) => ({
            matrix: {
              criteria,
              options,
              fit: Object.fromEntries(options.map((o, i) => [o, Object.fromEntries(criteria.map((c, j) => [c, rows[i]![j]!]))])),
            } satisfies FitMatrix,
            weights: Object.fromEntries(criteria.map((c, j) => [c, ws[j]! * ks[j]!])),
            factors: withFactors ? Object.fromEntries(criteria.map((c, j) => [c, ks[j]!])) : undefined,
          }));
      });
    fc.assert(
      fc.property(case_, ({ matrix, weights, factors }) => {
        const ranking = rank(matrix, weights);
        expect(sensitivity(matrix, weights, ranking, { factors })).toEqual(plainSensitivity(matrix, weights, ranking, { factors }));
      }),
      { numRuns: 300 },
    );
  });
});
