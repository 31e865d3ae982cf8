import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DATASET } from '../model/builtin-dataset';
import { buildDecision, DEFAULT_CONTEXT, type Decision } from '../scoring/decision';
import { aggregateGroup, aggregateValues, teamSliders } from './aggregate';
import { generateDataset } from '../bench/generate-dataset';
import { rank } from '../scoring/rank';
import { withSliders } from '../scoring/decision';
import { DISCUSS_THRESHOLD, consensus, criterionSpreads, discussThese, leadersAt, leadersOf, sliderCriteria } from './disagreement';
import { AGGREGATION_METHODS, type Group, emptyGroup, keyed } from './core';

const ds = BUILTIN_DATASET;
const decision = buildDecision(ds, {}, DEFAULT_CONTEXT, {});
const CRITERIA = sliderCriteria(decision);
const DEFAULTS = ds.scoring!.defaultWeights;

function groupOf(rows: Record<string, number>[], picks: (string | null)[] = []): Group {
  return {
    ...emptyGroup(),
    participants: rows.map((_, i) => ({ id: `p${i}`, name: null })),
    inputs: keyed(rows.map((w, i) => [`p${i}`, { weights: keyed(Object.entries(w)), pick: picks[i] ?? null }] as const)),
  };
}

describe('criterionSpreads and discussThese', () => {
  const g = groupOf([
    { a: 1, b: 5, c: 2 },
    { a: 9, b: 6 },
    { a: 4, b: 5, d: 7 },
  ]);

  it('gives lowest, highest and every mark per marked criterion', () => {
    expect(criterionSpreads(g, ['a', 'b', 'c', 'd', 'e'])).toEqual([
      {
        criterion: 'a',
        lowest: 1,
        highest: 9,
        spread: 8,
        marks: [
          { participant: 'p0', value: 1 },
          { participant: 'p1', value: 9 },
          { participant: 'p2', value: 4 },
        ],
      },
      {
        criterion: 'b',
        lowest: 5,
        highest: 6,
        spread: 1,
        marks: [
          { participant: 'p0', value: 5 },
          { participant: 'p1', value: 6 },
          { participant: 'p2', value: 5 },
        ],
      },
      { criterion: 'c', lowest: 2, highest: 2, spread: 0, marks: [{ participant: 'p0', value: 2 }] },
      { criterion: 'd', lowest: 7, highest: 7, spread: 0, marks: [{ participant: 'p2', value: 7 }] },
    ]);
  });

  it('lists the widest spreads first, above the threshold, needing two marks', () => {
    const spreads = criterionSpreads(g, ['b', 'a', 'c']);
    expect(discussThese(spreads).map((s) => s.criterion)).toEqual(['a']);
    expect(discussThese(spreads, 1).map((s) => s.criterion)).toEqual(['a', 'b']);
    expect(discussThese(spreads, 0).map((s) => s.criterion)).toEqual(['a', 'b']);
    expect(discussThese(spreads, 9)).toEqual([]);
  });

  it('keeps only and all criteria at or over the threshold, widest first (property)', () => {
    const row = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 0, max: 10 }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), fc.integer({ min: 0, max: 10 }), (rows, threshold) => {
        const spreads = criterionSpreads(groupOf(rows), ['a', 'b', 'c', 'd']);
        const listed = discussThese(spreads, threshold);
        for (const s of spreads) {
          for (const m of s.marks) expect(m.value >= s.lowest && m.value <= s.highest).toBe(true);
          expect(listed.includes(s)).toBe(s.marks.length >= 2 && s.spread >= threshold);
          for (const method of AGGREGATION_METHODS) {
            const v = aggregateValues(
              s.marks.map((m) => m.value),
              method,
            )!;
            expect(v >= s.lowest && v <= s.highest).toBe(true);
          }
        }
        for (let i = 1; i < listed.length; i++) expect(listed[i - 1]!.spread).toBeGreaterThanOrEqual(listed[i]!.spread);
      }),
    );
    expect(DISCUSS_THRESHOLD).toBe(3);
  });
});

describe('leadersAt', () => {
  it("gives exactly rank()'s leaders, ties included (property)", () => {
    const generated = generateDataset({ seed: 5, patterns: 60, criteria: 5, nodes: 10, edges: 12 });
    let ties = 0;
    for (const d of [ds, generated]) {
      const built = buildDecision(d, {}, DEFAULT_CONTEXT, {});
      const ids = sliderCriteria(built);
      const weight = fc.oneof(fc.constantFrom(0, 5, 10), fc.integer({ min: 0, max: 10 }));
      fc.assert(
        fc.property(fc.array(weight, { minLength: ids.length, maxLength: ids.length }), (ws) => {
          const weights = withSliders(built, d, Object.fromEntries(ids.map((c, i) => [c, ws[i]!]))).weights;
          const leaders = leadersAt(built.matrix, weights);
          expect(leaders).toEqual(leadersOf(rank(built.matrix, weights)));
          if (leaders.length > 1) ties++;
        }),
        { numRuns: 60 },
      );
    }
    expect(ties).toBeGreaterThan(0);
  });
});

describe('consensus', () => {
  it("finds each participant's own leader with the scoring functions, against the team's", () => {
    // At the default weights Serverless leads; putting all weight on operational overhead, Monolith does.
    const g = groupOf(
      [{ ...DEFAULTS }, { 'operational-overhead': 10, scalability: 0 }, { scalability: 10, 'deployment-frequency': 10 }],
      ['serverless', 'monolith', null],
    );
    const c = consensus({ ds, decision, group: g, teamSliders: { ...DEFAULTS } });
    expect(c.teamLeaders).toEqual(['serverless']);
    expect(c.participants.map((p) => [p.participant, p.leaders, p.agrees])).toEqual([
      ['p0', ['serverless'], true],
      ['p1', ['monolith'], false],
      ['p2', ['serverless'], true],
    ]);
    expect(c.wouldChange).toBe(1);
    expect(c.unanimous).toBe(false);
    expect([c.picksForTeamLeader, c.picks]).toEqual([1, 2]);
  });

  it('is unanimous when everyone leads with the team, and not with nobody', () => {
    const g = groupOf([{ ...DEFAULTS }, { scalability: 10 }]);
    expect(consensus({ ds, decision, group: g, teamSliders: { ...DEFAULTS } }).unanimous).toBe(true);
    const none = consensus({ ds, decision, group: groupOf([{}]), teamSliders: { ...DEFAULTS } });
    expect([none.unanimous, none.participants.length, none.teamLeaders]).toEqual([false, 0, ['serverless']]);
  });

  it('compares tied leaders as a set', () => {
    const tiny: Decision = {
      criteria: [
        { id: 'a', name: 'A', derived: false },
        { id: 'b', name: 'B', derived: false },
      ],
      matrix: { criteria: ['a', 'b'], options: ['X', 'Y'], fit: { X: { a: 1, b: 0 }, Y: { a: 0, b: 1 } } },
      weights: {},
      factors: { a: 1, b: 1 },
      notes: [],
    };
    const g = groupOf([
      { a: 4, b: 4 },
      { a: 7, b: 1 },
      { a: 0, b: 0 },
    ]);
    const c = consensus({ ds, decision: tiny, group: g, teamSliders: { a: 2, b: 2 } });
    expect(c.teamLeaders).toEqual(['X', 'Y']);
    expect(c.participants.map((p) => [p.leaders, p.agrees])).toEqual([
      [['X', 'Y'], true],
      [['X'], false],
      [[], false],
    ]);
  });

  it("with identical entries, everyone's leader is the aggregate's leader; order changes nothing (property)", () => {
    const weight = fc.integer({ min: 0, max: 10 });
    const row = fc.record(Object.fromEntries(CRITERIA.map((c) => [c, weight])) as Record<string, fc.Arbitrary<number>>);
    fc.assert(
      fc.property(row, fc.integer({ min: 1, max: 5 }), fc.constantFrom(...AGGREGATION_METHODS), (w, n, method) => {
        const g = { ...groupOf(Array(n).fill(w)), method };
        const sliders = teamSliders(aggregateGroup(g, CRITERIA), DEFAULTS);
        const c = consensus({ ds, decision, group: g, teamSliders: sliders });
        expect(c.wouldChange).toBe(0);
        expect(c.unanimous).toBe(c.teamLeaders.length > 0);
      }),
      { numRuns: 50 },
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        const g = groupOf(rows);
        const reversed = { ...g, participants: [...g.participants].reverse() };
        const a = consensus({ ds, decision, group: g, teamSliders: DEFAULTS });
        const b = consensus({ ds, decision, group: reversed, teamSliders: DEFAULTS });
        expect([b.wouldChange, b.unanimous, b.teamLeaders]).toEqual([a.wouldChange, a.unanimous, a.teamLeaders]);
        expect([...b.participants].reverse()).toEqual(a.participants);
      }),
      { numRuns: 50 },
    );
  });
});
