import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateGroup, aggregateValues, teamSliders } from './aggregate';
import { AGGREGATION_METHODS, type AggregationMethod, type Group, emptyGroup, keyed } from './core';

const mark = fc.double({ min: 0, max: 10, noNaN: true });
const method = fc.constantFrom(...AGGREGATION_METHODS);

/** A group whose participant i has the weights rows[i] (a missing criterion is left unmarked). */
function groupOf(rows: Record<string, number>[], m: AggregationMethod = 'geometric', overrides: Record<string, number> = {}): Group {
  return {
    ...emptyGroup(),
    method: m,
    participants: rows.map((_, i) => ({ id: `p${i}`, name: null })),
    inputs: keyed(rows.map((w, i) => [`p${i}`, { weights: keyed(Object.entries(w)), pick: null }] as const)),
    overrides: keyed(Object.entries(overrides)),
  };
}

describe('aggregateValues', () => {
  it('computes each method', () => {
    expect(aggregateValues([1, 9], 'mean')).toBe(5);
    expect(aggregateValues([1, 2, 9], 'median')).toBe(2);
    expect(aggregateValues([1, 3, 7, 9], 'median')).toBe(5);
    expect(aggregateValues([2, 8], 'geometric')).toBeCloseTo(Math.sqrt(3 * 9) - 1, 12);
  });

  it('treats 0 as a strong vote down, not a veto (geometric)', () => {
    expect(aggregateValues([0, 10], 'geometric')).toBeCloseTo(Math.sqrt(11) - 1, 12);
    expect(aggregateValues([0, 0, 0], 'geometric')).toBe(0);
    const withZero = aggregateValues([0, 8, 8], 'geometric')!;
    expect(withZero).toBeGreaterThan(0);
    expect(withZero).toBeLessThan(aggregateValues([0, 8, 8], 'mean')!);
  });

  it('is null for no marks and ignores what is not a 0–10 number', () => {
    expect(aggregateValues([], 'mean')).toBeNull();
    expect(aggregateValues([Number.NaN, 1e9, -1, Number.POSITIVE_INFINITY], 'geometric')).toBeNull();
    expect(aggregateValues([4, Number.NaN, 1e9], 'mean')).toBe(4);
  });

  it('gives v for identical marks v, for every method (property)', () => {
    fc.assert(
      fc.property(mark, fc.integer({ min: 1, max: 30 }), method, (v, n, m) => {
        expect(aggregateValues(Array(n).fill(v), m)).toBe(v);
      }),
    );
  });

  it('does not depend on the order of the marks (property)', () => {
    fc.assert(
      fc.property(
        fc
          .array(mark, { minLength: 1, maxLength: 20 })
          .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }))),
        method,
        ([xs, shuffled], m) => {
          expect(aggregateValues(shuffled, m)).toBe(aggregateValues(xs, m));
        },
      ),
    );
  });

  it('stays within [lowest, highest] of the marks, for every method (property)', () => {
    fc.assert(
      fc.property(fc.array(mark, { minLength: 1, maxLength: 20 }), method, (xs, m) => {
        const v = aggregateValues(xs, m)!;
        expect(v).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(v).toBeLessThanOrEqual(Math.max(...xs));
      }),
    );
  });

  it("median resists one outlier: it stays within the others' range, and a shared mark stays exact (property)", () => {
    fc.assert(
      fc.property(fc.array(mark, { minLength: 2, maxLength: 15 }), fc.constantFrom(0, 10), mark, (others, outlier, v) => {
        const med = aggregateValues([...others, outlier], 'median')!;
        expect(med).toBeGreaterThanOrEqual(Math.min(...others));
        expect(med).toBeLessThanOrEqual(Math.max(...others));
        expect(aggregateValues([v, v, outlier], 'median')).toBe(v);
      }),
    );
    // The mean does not: the check above can fail.
    expect(aggregateValues([2, 2, 2, 10], 'mean')).toBe(4);
  });
});

describe('aggregateGroup', () => {
  it('aggregates per criterion, skipping participants with no mark there', () => {
    const a = aggregateGroup(groupOf([{ a: 2, b: 6 }, { a: 4 }, { b: 8 }], 'mean'), ['a', 'b', 'c'])!;
    expect(a.participants).toBe(3);
    expect(a.criteria).toEqual([
      { criterion: 'a', value: 3, computed: 3, overridden: false, count: 2 },
      { criterion: 'b', value: 7, computed: 7, overridden: false, count: 2 },
      { criterion: 'c', value: null, computed: null, overridden: false, count: 0 },
    ]);
    expect({ ...a.weights }).toEqual({ a: 3, b: 7 });
  });

  it('is null with no participants or no marks (the team keeps its own sliders)', () => {
    expect(aggregateGroup(emptyGroup(), ['a'])).toBeNull();
    expect(aggregateGroup(groupOf([{}, { z: 3 }]), ['a'])).toBeNull();
    expect(teamSliders(null, { a: 5 })).toEqual({ a: 5 });
  });

  it("reports the facilitator's override as overridden, with the room's aggregate beside it", () => {
    const a = aggregateGroup(groupOf([{ a: 2 }, { a: 8 }], 'mean', { a: 9, zzz: 1 }), ['a', 'b'])!;
    expect(a.criteria[0]).toEqual({ criterion: 'a', value: 9, computed: 5, overridden: true, count: 2 });
    expect({ ...a.weights }).toEqual({ a: 9 });
    expect(teamSliders(a, { a: 1, b: 4 })).toEqual({ a: 9, b: 4 });
  });

  it('reads criterion and participant ids named like Object.prototype members as data', () => {
    const g = groupOf([{ constructor: 4, toString: 2 }]);
    const ids = g.participants.map((p) => p.id);
    expect(ids).toEqual(['p0']);
    const a = aggregateGroup(g, ['constructor', 'toString', 'valueOf'])!;
    expect({ ...a.weights }).toEqual({ constructor: 4, toString: 2 });
    const plain: Group = { ...emptyGroup(), participants: [{ id: 'constructor', name: null }], inputs: {} as Group['inputs'] };
    expect(aggregateGroup(plain, ['a'])).toBeNull();
  });

  it('identical inputs aggregate to that input; participant order changes nothing (property)', () => {
    const row = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'constructor'), mark);
    fc.assert(
      fc.property(row, fc.integer({ min: 1, max: 8 }), method, (w, n, m) => {
        const a = aggregateGroup(groupOf(Array(n).fill(w), m), ['a', 'b', 'c', 'constructor']);
        if (Object.keys(w).length === 0) expect(a).toBeNull();
        else expect({ ...a!.weights }).toEqual(w);
      }),
    );
    const rowsAndOrder = fc
      .array(row, { minLength: 1, maxLength: 8 })
      .chain((rows) =>
        fc.tuple(fc.constant(rows), fc.shuffledSubarray([...rows.keys()], { minLength: rows.length, maxLength: rows.length })),
      );
    fc.assert(
      fc.property(rowsAndOrder, method, ([rows, order], m) => {
        const g = groupOf(rows, m);
        const shuffled = { ...g, participants: order.map((i) => g.participants[i]!) };
        const criteria = ['a', 'b', 'c', 'constructor'];
        expect(JSON.stringify(aggregateGroup(shuffled, criteria))).toBe(JSON.stringify(aggregateGroup(g, criteria)));
      }),
    );
  });
});
