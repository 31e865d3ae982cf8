import { describe, expect, it } from 'vitest';
import { leaderChange, leadersOf } from './leader-change';
import { rank, type FitMatrix, type Ranking } from './rank';

const names: Record<string, string> = { sl: 'Serverless', mm: 'Modular Monolith', soa: 'SOA' };
const name = (id: string) => names[id] ?? id;

const matrix: FitMatrix = {
  criteria: ['scale', 'ops'],
  options: ['sl', 'mm', 'soa'],
  fit: {
    sl: { scale: 1, ops: 0.2 },
    mm: { scale: 0.4, ops: 1 },
    soa: { scale: 0.7, ops: 0.6 },
  },
};

const ranked = (weights: Record<string, number>): Ranking => rank(matrix, weights);

describe('leaderChange', () => {
  it('says which option took the lead from which', () => {
    const change = leaderChange(ranked({ scale: 10, ops: 1 }), ranked({ scale: 1, ops: 10 }), name);
    expect(change).toEqual({ from: ['sl'], to: ['mm'], message: 'Leader changed: Serverless → Modular Monolith' });
  });

  it('is null when the same option still leads, even if scores and lower places moved', () => {
    const before = ranked({ scale: 10, ops: 1 });
    const after = ranked({ scale: 10, ops: 3 });
    expect(after.ranked[0]!.score).not.toBe(before.ranked[0]!.score);
    expect(leaderChange(before, after, name)).toBeNull();
  });

  it('treats a tie at the top as its own leader, named in ranking order', () => {
    // Equal weights: sl = (1 + 0.2) / 2 = 0.6 and mm = (0.2 + 1) / 2 = 0.6, an exact tie; soa trails.
    const tie: FitMatrix = { ...matrix, fit: { sl: { scale: 1, ops: 0.2 }, mm: { scale: 0.2, ops: 1 }, soa: { scale: 0.1, ops: 0.1 } } };
    const tied = rank(tie, { scale: 1, ops: 1 });
    expect(leadersOf(tied)).toEqual(['sl', 'mm']);
    const alone = rank(tie, { scale: 2, ops: 1 });
    expect(leaderChange(alone, tied, name)?.message).toBe('Leader changed: Serverless → Serverless and Modular Monolith (tied)');
    expect(leaderChange(tied, alone, name)?.message).toBe('Leader changed: Serverless and Modular Monolith (tied) → Serverless');
  });

  it('does not count a reordered tie as a change', () => {
    const a: Ranking = {
      ranked: [
        { option: 'sl', score: 0.5, contributions: {}, rank: 1, tied: true },
        { option: 'mm', score: 0.5, contributions: {}, rank: 1, tied: true },
      ],
      unrated: [],
      noWeight: false,
    };
    const b: Ranking = { ...a, ranked: [a.ranked[1]!, a.ranked[0]!] };
    expect(leaderChange(a, b, name)).toBeNull();
  });

  it('says when there is no leader any more (all weights zero) and when one comes back', () => {
    const none = ranked({ scale: 0, ops: 0 });
    expect(leadersOf(none)).toEqual([]);
    expect(leaderChange(ranked({ scale: 10, ops: 1 }), none, name)?.message).toBe('Leader changed: Serverless → no leader');
    expect(leaderChange(none, ranked({ scale: 1, ops: 10 }), name)?.message).toBe('Leader changed: no leader → Modular Monolith');
    expect(leaderChange(none, none, name)).toBeNull();
  });
});
