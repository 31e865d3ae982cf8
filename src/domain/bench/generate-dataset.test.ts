import { describe, expect, it } from 'vitest';
import { validateDataset } from '../model/parse-dataset';
import { buildDecision, DEFAULT_CONTEXT } from '../scoring/decision';
import { rank } from '../scoring/rank';
import { BENCH_SIZES, generateDataset, seededRandom } from './generate-dataset';

describe('generateDataset', () => {
  const ds = generateDataset({ seed: 7, ...BENCH_SIZES });

  it('passes the app’s own schema', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(ds)));
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
  });

  it('has the sizes asked for: 1,000 options × 20 criteria on the quadrant, a 500-node / 1,000-edge graph', () => {
    expect(ds.patterns).toHaveLength(1000);
    expect(ds.decisionFramework.options).toHaveLength(1000);
    expect(ds.decisionFramework.criteria).toHaveLength(20);
    expect(ds.scoring?.scales).toHaveLength(20);
    expect(ds.quadrant.points).toHaveLength(1000);
    expect(ds.migrationNodes).toHaveLength(500);
    expect(ds.migrations).toHaveLength(1000);
    expect(new Set(ds.migrations.map((m) => `${m.from}>${m.to}`)).size).toBe(1000);
  });

  it('ranks every option (no unrated ones)', () => {
    const sliders = ds.scoring?.defaultWeights ?? {};
    const decision = buildDecision(ds, sliders, DEFAULT_CONTEXT, {});
    const ranking = rank(decision.matrix, decision.weights);
    expect(ranking.unrated).toEqual([]);
    expect(ranking.ranked).toHaveLength(1000);
  });

  it('is deterministic: the same seed gives the same dataset, another seed another one', () => {
    expect(generateDataset({ seed: 7, ...BENCH_SIZES })).toEqual(ds);
    expect(generateDataset({ seed: 8, ...BENCH_SIZES }).quadrant.points).not.toEqual(ds.quadrant.points);
  });

  it('seededRandom repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});
