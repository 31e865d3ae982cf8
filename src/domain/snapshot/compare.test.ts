import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DATASET as ds } from '../model/builtin-dataset';
import { DEFAULT_CONTEXT, ratingChoices } from '../scoring/decision';
import { keyed, emptyGroup, type Group } from '../group/core';
import { changeCount, decisionFacts, diffDecisions, diffMarkdown, invertDiff, type DecisionInput } from './compare';

const base: DecisionInput = {
  dataset: ds,
  record: {
    title: 'Orders backend',
    status: 'proposed',
    date: '2026-09-01',
    participants: ['Ana'],
    rationale: '',
    chosen: { kind: 'leader' },
    supersededBy: null,
  },
  weights: {},
  context: DEFAULT_CONTEXT,
  overrides: {},
  positions: {},
  graph: null,
  current: null,
  target: null,
  group: emptyGroup(),
};

/** A room of named participants with these Scalability weights. */
const room = (scalability: number[], settings: Partial<Group> = {}): Group => ({
  ...emptyGroup(),
  participants: scalability.map((_, i) => ({ id: `p${i + 1}`, name: ['Ana', 'Ben', 'Cleo', 'Dev'][i] ?? null })),
  inputs: keyed(scalability.map((w, i) => [`p${i + 1}`, { weights: keyed([['scalability', w]]), pick: null }])),
  ...settings,
});

const sliderIds = Object.keys(ds.scoring!.defaultWeights);
const nodes = ds.migrationNodes.map((n) => n.id);
const options = ['monolith', 'modular-monolith', 'soa', 'microservices', 'serverless'];
const ordinal = ['deployment-frequency', 'operational-overhead', 'scalability'];

/** Any decision on the built-in dataset: weights, answers, rating overrides, positions, where the team is, record fields. */
const decision: fc.Arbitrary<DecisionInput> = fc
  .record({
    weights: fc.dictionary(fc.constantFrom(...sliderIds), fc.integer({ min: 0, max: 10 })),
    answers: fc.dictionary(fc.constantFrom('1', '3', '4'), fc.constantFrom('yes', 'no')),
    overrides: fc.array(fc.tuple(fc.constantFrom(...options), fc.constantFrom(...ordinal), fc.nat()), { maxLength: 3 }),
    positions: fc.dictionary(
      fc.constantFrom(...options),
      fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) }),
    ),
    current: fc.option(fc.constantFrom(...nodes)),
    status: fc.constantFrom('proposed', 'accepted'),
    title: fc.constantFrom('Orders backend', 'Orders backend, revisited'),
    room: fc.option(
      fc.record({
        marks: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 4 }),
        method: fc.constantFrom('geometric', 'median', 'mean'),
        revealed: fc.boolean(),
        anonymous: fc.boolean(),
      }),
    ),
  })
  .map((c) => {
    const overrides: Record<string, Record<string, string>> = {};
    for (const [o, crit, i] of c.overrides) {
      const choices = ratingChoices(ds, crit)!;
      overrides[o] = { ...overrides[o], [crit]: choices[i % choices.length]! };
    }
    return {
      ...base,
      weights: c.weights,
      context: { ...DEFAULT_CONTEXT, answers: Object.fromEntries(Object.entries(c.answers).map(([k, v]) => [Number(k), v])) },
      overrides,
      positions: c.positions,
      current: c.current,
      record: { ...base.record, status: c.status as 'proposed' | 'accepted', title: c.title },
      group: c.room
        ? room(c.room.marks, { method: c.room.method as Group['method'], revealed: c.room.revealed, anonymous: c.room.anonymous })
        : emptyGroup(),
    };
  });

describe('diffDecisions', () => {
  it('finds no change between a decision and itself (property)', () => {
    fc.assert(
      fc.property(decision, (d) => {
        const diff = diffDecisions(decisionFacts(d), decisionFacts(d));
        expect(changeCount(diff)).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it('lists B against A as the inverse of A against B (property)', () => {
    fc.assert(
      fc.property(decision, decision, (a, b) => {
        const fa = decisionFacts(a);
        const fb = decisionFacts(b);
        expect(diffDecisions(fb, fa)).toEqual(invertDiff(diffDecisions(fa, fb)));
      }),
      { numRuns: 40 },
    );
  });

  it('lists exactly what changed between two decisions', () => {
    const after: DecisionInput = {
      ...base,
      weights: { 'compliance-security': 10 },
      context: { ...DEFAULT_CONTEXT, answers: { 3: 'no' } },
      overrides: { serverless: { scalability: 'Horizontal' } },
      positions: { soa: { x: 0.55, y: 0.5 } },
      current: 'monolith',
      record: { ...base.record, status: 'accepted', participants: ['Ana', 'Ben'] },
    };
    const diff = diffDecisions(decisionFacts(base), decisionFacts(after));
    expect(diff.weights).toEqual([{ key: 'compliance-security', label: 'Compliance/Security', before: 5, after: 10, delta: 5 }]);
    expect(diff.context.map((c) => [c.key, c.before, c.after])).toEqual([['q3', 'not answered', 'No']]);
    expect(diff.ratings).toEqual([
      { key: 'serverless|scalability', option: 'Serverless', criterion: 'Scalability', before: 'Automatic', after: 'Horizontal' },
    ]);
    expect(diff.positions).toEqual([{ key: 'soa', label: 'SOA', before: { x: 0.6, y: 0.5 }, after: { x: 0.55, y: 0.5 } }]);
    expect(diff.record.map((r) => [r.label, r.before, r.after])).toEqual([
      ['Status', 'proposed', 'accepted'],
      ['Participants', 'Ana', 'Ana, Ben'],
    ]);
    expect(diff.path?.before).toEqual({ current: null, target: 'Serverless', nodes: null });
    expect(diff.path?.after.current).toBe('Monolith');
    expect(diff.path?.after.nodes?.[0]).toBe('Monolith');
    expect(diff.dataset).toBeNull();
    // Every option's score moved with the weights, answers and the rating; each is listed once.
    expect(new Set(diff.ranking.map((r) => r.key)).size).toBe(diff.ranking.length);
    expect(diff.ranking.length).toBeGreaterThan(0);
  });

  it('writes the changes as Markdown tables', () => {
    const after: DecisionInput = { ...base, weights: { scalability: 9 }, record: { ...base.record, title: 'Orders backend, Q3' } };
    const md = diffMarkdown(diffDecisions(decisionFacts(base), decisionFacts(after)), { before: 'Q2', after: 'Q3' });
    expect(md).toContain('# What changed: Q2 → Q3');
    expect(md).toContain('| Criterion | Q2 | Q3 | Change |');
    expect(md).toContain('| Scalability | 5 | 9 | +4 |');
    expect(md).toContain('| Title | Orders backend | Orders backend, Q3 |');
    expect(diffMarkdown(diffDecisions(decisionFacts(base), decisionFacts(base)), { before: 'A', after: 'B' })).toContain(
      'The two decisions are the same.',
    );
  });

  it("ranks with the room's weights after Reveal, as the team saw it, and lists the group's changes", () => {
    const hidden: DecisionInput = { ...base, group: room([10, 4, 1]) };
    const revealed: DecisionInput = { ...base, group: room([10, 4, 1], { revealed: true }) };
    // Before Reveal the ranking is the team's own sliders: only the group's facts differ from no room.
    const quiet = diffDecisions(decisionFacts(base), decisionFacts(hidden));
    expect(quiet.weights).toEqual([]);
    expect(quiet.ranking).toEqual([]);
    expect(quiet.group.map((g) => [g.label, g.before, g.after])).toEqual([
      ['Aggregation', 'none', 'geometric mean'],
      ['Participants', 'none', 'Ana, Ben, Cleo'],
      ['The ranking uses', 'none', "the team's sliders (not revealed)"],
    ]);
    // After Reveal: Scalability is the room's geometric mean (of w + 1, less 1): ∛(11 · 5 · 2) − 1 = 3.8.
    const diff = diffDecisions(decisionFacts(hidden), decisionFacts(revealed));
    expect(diff.weights.map((w) => [w.label, w.before, Number(w.after?.toFixed(1))])).toEqual([['Scalability', 5, 3.8]]);
    expect(diff.ranking.length).toBeGreaterThan(0);
    expect(diff.group.map((g) => [g.label, g.before, g.after])).toEqual([
      ['The ranking uses', "the team's sliders (not revealed)", "the room's weights"],
    ]);
    // Anonymous: a count, no names; an override is named as the facilitator's.
    const anon = decisionFacts({
      ...base,
      group: room([10, 4], { anonymous: true, revealed: true, overrides: keyed([['scalability', 7]]) }),
    });
    expect(anon.group.participants?.value).toBe('2, anonymous');
    expect(JSON.stringify(anon.group)).not.toMatch(/Ana|Ben/);
    expect(anon.group['override:scalability']).toEqual({ name: "Facilitator's override: Scalability", value: '7' });
    expect(anon.weights.scalability?.value).toBe(7);
    const md = diffMarkdown(diff, { before: 'Hidden', after: 'Revealed' });
    expect(md).toContain('## Group input');
    expect(md).toContain("| The ranking uses | the team's sliders (not revealed) | the room's weights |");
    expect(md).toMatch(/\| Scalability \| 5 \| 3\.8 \| −1\.2 \|/);
  });
});
