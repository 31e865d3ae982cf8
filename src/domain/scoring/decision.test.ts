import { describe, expect, it } from 'vitest';
import { BUILTIN_DATASET as ds } from '../model/builtin-dataset';
import {
  buildDecision,
  cellRating,
  decisionOptions,
  DEFAULT_CONTEXT,
  fitOf,
  optionsWithUnratedCells,
  parseRange,
  rangeFit,
  ratingChoices,
  type DecisionContext,
  type RatingOverrides,
} from './decision';
import { explainLeader } from './explain';
import { rank } from './rank';

const neutral = ds.scoring!.defaultWeights;
const run = (sliders = neutral, context: DecisionContext = DEFAULT_CONTEXT, overrides: RatingOverrides = {}) => {
  const decision = buildDecision(ds, sliders, context, overrides);
  return { decision, ranking: rank(decision.matrix, decision.weights) };
};
const scores = (r: ReturnType<typeof run>) => Object.fromEntries(r.ranking.ranked.map((s) => [s.option, s.score]));
const order = (r: ReturnType<typeof run>) => r.ranking.ranked.map((s) => s.option);

describe('rating scales', () => {
  it('parses the source’s team-size ranges and the “<30” of its prose', () => {
    expect(parseRange('1-15')).toEqual([1, 15]);
    expect(parseRange('20-500')).toEqual([20, 500]);
    expect(parseRange('<30')).toEqual([1, 29]);
    expect(parseRange('50+')).toEqual([50, Number.POSITIVE_INFINITY]);
    expect(parseRange('many')).toBeNull();
    expect(parseRange('40-10')).toBeNull();
  });

  it('fits a team size of 1 inside the range and falls off smoothly outside', () => {
    expect(rangeFit([10, 40], 25, 1)).toBe(1);
    expect(rangeFit([10, 40], 80, 1)).toBeCloseTo(Math.exp(-0.5), 10); // twice the upper bound
    expect(rangeFit([10, 40], 5, 1)).toBeCloseTo(Math.exp(-0.5), 10); // half the lower bound
    expect(rangeFit([10, 40], 160, 1)).toBeCloseTo(Math.exp(-2), 10);
    expect(rangeFit([10, 40], 41, 1)).toBeGreaterThan(rangeFit([10, 40], 60, 1));
  });

  it('maps rating words in the direction that is better for a team', () => {
    const scale = (id: string) => ds.scoring!.scales.find((s) => s.criterionId === id)!;
    expect(fitOf(scale('operational-overhead'), 'Low', DEFAULT_CONTEXT)).toBe(1);
    expect(fitOf(scale('operational-overhead'), 'Very High', DEFAULT_CONTEXT)).toBe(0);
    expect(fitOf(scale('deployment-frequency'), 'Very High', DEFAULT_CONTEXT)).toBe(1);
    expect(fitOf(scale('scalability'), 'Automatic', DEFAULT_CONTEXT)).toBe(1);
    expect(fitOf(scale('scalability'), 'Vertical', DEFAULT_CONTEXT)).toBe(0.25);
    expect(fitOf(scale('php-fit'), 'Good for BFFs', DEFAULT_CONTEXT)).toBe(0.55);
    expect(fitOf(scale('scalability'), 'Sideways', DEFAULT_CONTEXT)).toBeNull();
    expect(fitOf(scale('scalability'), null, DEFAULT_CONTEXT)).toBeNull();
  });

  it('has a scale level for every rating the source gives', () => {
    for (const c of ds.decisionFramework.criteria) {
      const scale = ds.scoring!.scales.find((s) => s.criterionId === c.id)!;
      for (const rating of Object.values(c.ratings)) expect(fitOf(scale, rating, DEFAULT_CONTEXT), `${c.id}: ${rating}`).not.toBeNull();
    }
  });
});

describe('ranking the source’s options', () => {
  it('with neutral weights, 12 people, PHP and Go: Serverless (6.1 / 7) leads', () => {
    const r = run();
    expect(order(r)).toEqual(['serverless', 'modular-monolith', 'monolith', 'soa', 'microservices']);
    expect(scores(r).serverless).toBeCloseTo(6.1 / 7, 10);
  });

  it('Space-Based, which the source does not rate, is listed as unrated, not scored as zero', () => {
    const r = run();
    expect(r.ranking.unrated.map((u) => u.option)).toEqual(['space-based']);
    expect(order(r)).not.toContain('space-based');
  });

  it('raising Compliance/Security to 10 puts the centralized options first, as the table implies', () => {
    // Weights 5 ×6 and 10: Modular Monolith (5·4.72 + 10)/40 = 0.84 > Monolith 0.8375 > Serverless 0.825.
    const r = run({ ...neutral, 'compliance-security': 10 });
    expect(order(r).slice(0, 3)).toEqual(['modular-monolith', 'monolith', 'serverless']);
    expect(scores(r)['modular-monolith']).toBeCloseTo(0.84, 10);
  });

  it('a team of 300 moves Microservices (20-500) up and Monolith (1-15) down', () => {
    const small = run();
    const large = run(neutral, { ...DEFAULT_CONTEXT, teamSize: 300 });
    expect(scores(large).microservices!).toBeGreaterThan(scores(small).microservices!);
    expect(scores(large).monolith!).toBeLessThan(scores(small).monolith!);
  });

  it('a PHP-only team: Go Fit has no effect, whatever its slider says', () => {
    const phpOnly = { ...DEFAULT_CONTEXT, languages: ['php' as const] };
    const a = run({ ...neutral, 'go-fit': 0 }, phpOnly);
    const b = run({ ...neutral, 'go-fit': 10 }, phpOnly);
    expect(scores(a)).toEqual(scores(b));
    expect(a.decision.notes).toContainEqual({ criterion: 'go-fit', factor: 0, reason: 'your team does not use Go' });
  });

  it('overriding one rating cell changes that option’s score by exactly its share, and no other score', () => {
    const before = scores(run());
    const after = scores(run(neutral, DEFAULT_CONTEXT, { serverless: { 'compliance-security': 'Centralized' } }));
    expect(after.serverless! - before.serverless!).toBeCloseTo((5 * (1 - 0.5)) / 35, 10);
    for (const o of ['monolith', 'modular-monolith', 'soa', 'microservices']) expect(after[o]).toBe(before[o]);
  });

  it('rating every cell of Space-Based ranks it', () => {
    const rateAll = Object.fromEntries(ds.scoring!.scales.map((s) => [s.criterionId, s.kind === 'range' ? '20-200' : s.levels[0]!.rating]));
    const r = run(neutral, DEFAULT_CONTEXT, { 'space-based': rateAll });
    expect(r.ranking.unrated).toEqual([]);
    expect(order(r)).toContain('space-based');
  });

  it('knows which cells the team changed', () => {
    expect(cellRating(ds, { soa: { scalability: 'Automatic' } }, 'soa', 'scalability')).toEqual({
      rating: 'Automatic',
      sourceRating: 'Horizontal',
      overridden: true,
    });
    expect(cellRating(ds, {}, 'space-based', 'scalability')).toEqual({ rating: null, sourceRating: null, overridden: false });
  });
});

describe('checklist answers', () => {
  it('no DevOps in place doubles the weight of Operational Overhead', () => {
    const r = run(neutral, { ...DEFAULT_CONTEXT, answers: { 3: 'no' } });
    expect(r.decision.weights['operational-overhead']).toBe(10);
    expect(r.decision.notes.map((n) => n.reason)).toContain('Do you have observability, CI/CD and DevOps in place? No');
  });

  it('aggregates spanning modules add a Domain cohesion criterion favouring Monolith and Modular Monolith', () => {
    const r = run(neutral, { ...DEFAULT_CONTEXT, answers: { 1: 'yes' } });
    const derived = r.decision.criteria.filter((c) => c.derived);
    expect(derived).toEqual([{ id: 'checklist-1-0', name: 'Domain cohesion', derived: true }]);
    expect(r.decision.matrix.fit.monolith!['checklist-1-0']).toBe(1);
    expect(r.decision.matrix.fit.serverless!['checklist-1-0']).toBe(0);
    expect(order(r)[0]).toBe('modular-monolith');
  });

  it('an unanswered question changes nothing', () => {
    expect(scores(run(neutral, { ...DEFAULT_CONTEXT, answers: {} }))).toEqual(scores(run()));
  });
});

describe('explainLeader', () => {
  it('names what puts the leader ahead of the runner-up, and where it trails', () => {
    const r = run();
    const name = (id: string) => ds.decisionFramework.criteria.find((c) => c.id === id)?.name ?? id;
    const option = (id: string) => ds.decisionFramework.options.find((o) => o.patternId === id)?.label ?? id;
    expect(explainLeader(r.ranking, option, name)).toBe(
      'Serverless leads Modular Monolith because of Scalability, Operational Overhead and Go Fit; Modular Monolith is ahead on Compliance/Security and PHP Fit.',
    );
  });
});

describe('optionsWithUnratedCells', () => {
  it('names the options with a cell to rate, as cellRating reads each cell, and an override fills the gap', () => {
    const options = decisionOptions(ds);
    const criteria = ds.scoring!.scales.map((s) => s.criterionId);
    const expected = (overrides: RatingOverrides) =>
      new Set(options.filter((o) => criteria.some((c) => cellRating(ds, overrides, o, c).rating === null)));
    // The source leaves Space-Based unrated.
    expect(optionsWithUnratedCells(ds, {}, options, criteria)).toEqual(new Set(['space-based']));
    expect(optionsWithUnratedCells(ds, {}, options, criteria)).toEqual(expected({}));
    // Rating every Space-Based cell takes it off the list; rating some of them does not.
    const value = (c: string) => ratingChoices(ds, c)?.[0] ?? '1-15';
    const all = { 'space-based': Object.fromEntries(criteria.map((c) => [c, value(c)])) };
    expect(optionsWithUnratedCells(ds, all, options, criteria)).toEqual(new Set());
    const some = { 'space-based': { [criteria[0]!]: value(criteria[0]!) } };
    expect(optionsWithUnratedCells(ds, some, options, criteria)).toEqual(expected(some));
    expect(optionsWithUnratedCells(ds, some, options, criteria).has('space-based')).toBe(true);
  });
});
