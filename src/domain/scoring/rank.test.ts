import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rank, type FitMatrix } from './rank';

const matrix: FitMatrix = {
  criteria: ['a', 'b'],
  options: ['X', 'Y', 'Z', 'U'],
  fit: {
    X: { a: 1, b: 0 },
    Y: { a: 0, b: 1 },
    Z: { a: 0.5, b: 0.5 },
    U: { a: null, b: 0.9 },
  },
};

describe('rank', () => {
  it('scores the weighted mean of fits, with contributions adding up to the score', () => {
    const r = rank(matrix, { a: 3, b: 1 });
    expect(r.ranked.map((s) => [s.option, s.score, s.rank])).toEqual([
      ['X', 0.75, 1],
      ['Z', 0.5, 2],
      ['Y', 0.25, 3],
    ]);
    expect(r.ranked[0]!.contributions).toEqual({ a: 0.75, b: 0 });
    expect(r.ranked[1]!.contributions).toEqual({ a: 0.375, b: 0.125 });
  });

  it('keeps contributions in a ranking written as JSON (a snapshot or a copy for another window)', () => {
    const r = rank(matrix, { a: 3, b: 1 });
    expect(JSON.parse(JSON.stringify(r.ranked[1]))).toEqual({
      option: 'Z',
      score: 0.5,
      contributions: { a: 0.375, b: 0.125 },
      rank: 2,
      tied: false,
    });
  });

  it('never scores an unrated option as zero: it is listed with what it lacks', () => {
    const r = rank(matrix, { a: 3, b: 1 });
    expect(r.unrated).toEqual([{ option: 'U', missing: ['a'] }]);
  });

  it('scores an option whose only missing rating carries no weight', () => {
    const r = rank(matrix, { a: 0, b: 1 });
    expect(r.ranked.map((s) => s.option)).toEqual(['Y', 'U', 'Z', 'X']);
    expect(r.unrated).toEqual([]);
  });

  it('marks ties among ten thousand options in one pass: pairs of equal scores tie, the rest do not', () => {
    const options = Array.from({ length: 10_000 }, (_, i) => `o${i}`);
    // Options 2k and 2k+1 share a fit; every fit is distinct from the others.
    const fit = Object.fromEntries(options.map((o, i) => [o, { a: Math.floor(i / 2) / 5000 }]));
    const r = rank({ criteria: ['a'], options, fit }, { a: 1 });
    expect(r.ranked).toHaveLength(10_000);
    expect(r.ranked.every((s) => s.tied)).toBe(true);
    expect(r.ranked.slice(0, 4).map((s) => s.rank)).toEqual([1, 1, 3, 3]);
    const alone = rank({ criteria: ['a'], options, fit: { ...fit, o0: { a: 0.99999 } } }, { a: 1 });
    expect(alone.ranked.find((s) => s.option === 'o1')?.tied).toBe(false);
  });

  it('shows equal scores as ties sharing a rank', () => {
    const r = rank(matrix, { a: 1, b: 1 });
    expect(r.ranked.map((s) => [s.option, s.rank, s.tied])).toEqual([
      ['X', 1, true],
      ['Y', 1, true],
      ['Z', 1, true],
    ]);
    const r2 = rank({ ...matrix, fit: { ...matrix.fit, Z: { a: 0.2, b: 0.2 } } }, { a: 1, b: 1 });
    expect(r2.ranked.map((s) => [s.option, s.rank, s.tied])).toEqual([
      ['X', 1, true],
      ['Y', 1, true],
      ['Z', 3, false],
    ]);
  });

  it('says when all weights are zero', () => {
    const r = rank(matrix, { a: 0, b: 0 });
    expect(r.noWeight).toBe(true);
    expect(r.ranked.every((s) => s.score === 0 && s.rank === 1)).toBe(true);
  });
});

// Random fit matrices: 2–5 options × 1–6 criteria, all rated.
const fitMatrix = fc
  .record({ nOptions: fc.integer({ min: 2, max: 5 }), nCriteria: fc.integer({ min: 1, max: 6 }) })
  .chain(({ nOptions, nCriteria }) => {
    const criteria = Array.from({ length: nCriteria }, (_, i) => `c${i}`);
    const options = Array.from({ length: nOptions }, (_, i) => `o${i}`);
    return fc
      .array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: nCriteria, maxLength: nCriteria }), {
        minLength: nOptions,
        maxLength: nOptions,
      })
      .chain((rows) =>
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: nCriteria, maxLength: nCriteria }).map((ws) => ({
          matrix: {
            criteria,
            options,
            fit: Object.fromEntries(options.map((o, i) => [o, Object.fromEntries(criteria.map((c, j) => [c, rows[i]![j]!]))])),
          } satisfies FitMatrix,
          weights: Object.fromEntries(criteria.map((c, j) => [c, ws[j]!])),
        })),
      );
  });

const scoreOf = (matrix: FitMatrix, weights: Record<string, number>, option: string) =>
  rank(matrix, weights).ranked.find((s) => s.option === option)!.score;

describe('ranking invariants a user relies on', () => {
  it('scaling every weight by the same factor leaves the ranking unchanged', () => {
    fc.assert(
      fc.property(fitMatrix, fc.double({ min: 0.1, max: 10, noNaN: true }), ({ matrix, weights }, k) => {
        const scaled = Object.fromEntries(Object.entries(weights).map(([c, w]) => [c, w * k]));
        const before = rank(matrix, weights).ranked.map((s) => [s.option, s.rank]);
        const after = rank(matrix, scaled).ranked.map((s) => [s.option, s.rank]);
        for (const [o, r] of before) expect(after.find(([x]) => x === o)?.[1]).toBe(r);
      }),
    );
  });

  it('raising the weight of a criterion on which A beats B never lets B overtake A', () => {
    fc.assert(
      fc.property(fitMatrix, fc.double({ min: 0.01, max: 10, noNaN: true }), ({ matrix, weights }, raise) => {
        for (const c of matrix.criteria) {
          for (const a of matrix.options) {
            for (const b of matrix.options) {
              if (matrix.fit[a]![c]! <= matrix.fit[b]![c]!) continue;
              if (scoreOf(matrix, weights, a) < scoreOf(matrix, weights, b)) continue;
              const raised = { ...weights, [c]: weights[c]! + raise };
              expect(scoreOf(matrix, raised, a)).toBeGreaterThanOrEqual(scoreOf(matrix, raised, b) - 1e-12);
            }
          }
        }
      }),
    );
  });

  it('a criterion with zero weight has no effect, whatever its ratings', () => {
    fc.assert(
      fc.property(fitMatrix, fc.double({ min: 0, max: 1, noNaN: true }), ({ matrix, weights }, newFit) => {
        const c = matrix.criteria[0]!;
        const zeroed = { ...weights, [c]: 0 };
        const changed: FitMatrix = {
          ...matrix,
          fit: Object.fromEntries(matrix.options.map((o) => [o, { ...matrix.fit[o], [c]: newFit }])),
        };
        const before = rank(matrix, zeroed).ranked.map((s) => [s.option, s.score]);
        const after = rank(changed, zeroed).ranked.map((s) => [s.option, s.score]);
        expect(after).toEqual(before);
      }),
    );
  });
});

/** The straightforward ranking (per-option weight sums, ties by searching the list): what `rank` must equal. */
function plainRank(matrix: FitMatrix, weights: Record<string, number>) {
  const w = (c: string) => Math.max(0, weights[c] ?? 0);
  const total = matrix.criteria.reduce((s, c) => s + w(c), 0);
  const scored: { option: string; score: number; contributions: Record<string, number> }[] = [];
  const unrated: { option: string; missing: string[] }[] = [];
  for (const option of matrix.options) {
    const missing: string[] = [];
    const contributions: Record<string, number> = {};
    let score = 0;
    for (const c of matrix.criteria) {
      const f = matrix.fit[option]?.[c];
      if (f === null || f === undefined) {
        if (w(c) > 0) missing.push(c);
        contributions[c] = 0;
        continue;
      }
      const term = total > 0 ? (w(c) * f) / total : 0;
      contributions[c] = term;
      score += term;
    }
    if (missing.length > 0) unrated.push({ option, missing });
    else scored.push({ option, score, contributions });
  }
  const order = scored
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (Math.abs(b.s.score - a.s.score) <= 1e-9 ? a.i - b.i : b.s.score - a.s.score))
    .map((x) => x.s);
  const out: { option: string; score: number; contributions: Record<string, number>; rank: number; tied: boolean }[] = [];
  order.forEach((s, i) => {
    const prev = out[i - 1];
    const same = prev !== undefined && Math.abs(prev.score - s.score) <= 1e-9;
    out.push({ ...s, rank: same ? prev.rank : i + 1, tied: false });
  });
  for (const r of out) r.tied = out.some((o) => o !== r && o.rank === r.rank);
  return { ranked: out, unrated, noWeight: total === 0 };
}

describe('rank, as fast as a slider step needs', () => {
  // Fits from a few values (many ties), some unrated, up to 40 options × 8 criteria.
  const tiedMatrix = fc
    .record({ nOptions: fc.integer({ min: 0, max: 40 }), nCriteria: fc.integer({ min: 1, max: 8 }) })
    .chain(({ nOptions, nCriteria }) => {
      const criteria = Array.from({ length: nCriteria }, (_, i) => `c${i}`);
      const options = Array.from({ length: nOptions }, (_, i) => `o${i}`);
      const fit = fc.oneof(fc.constantFrom(0, 0.25, 0.5, 1, null), fc.double({ min: 0, max: 1, noNaN: true }));
      return fc
        .record({
          rows: fc.array(fc.array(fit, { minLength: nCriteria, maxLength: nCriteria }), { minLength: nOptions, maxLength: nOptions }),
          ws: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: nCriteria, maxLength: nCriteria }),
        })
        .map(({ rows, ws }) => ({
          matrix: {
            criteria,
            options,
            fit: Object.fromEntries(options.map((o, i) => [o, Object.fromEntries(criteria.map((c, j) => [c, rows[i]![j]!]))])),
          } satisfies FitMatrix,
          weights: Object.fromEntries(criteria.map((c, j) => [c, ws[j]!])),
        }));
    });

  it('gives exactly the straightforward ranking: scores, contributions, ranks, ties and unrated', () => {
    fc.assert(
      fc.property(tiedMatrix, ({ matrix, weights }) => {
        const fast = rank(matrix, weights);
        const plain = plainRank(matrix, weights);
        expect(fast.noWeight).toBe(plain.noWeight);
        expect(fast.unrated).toEqual(plain.unrated);
        expect(fast.ranked.map((r) => ({ ...r, contributions: { ...r.contributions } }))).toEqual(plain.ranked);
      }),
      { numRuns: 300 },
    );
  });
});
