import { describe, expect, it } from 'vitest';
import { leaderBands } from './bands';
import type { CriterionSensitivity, Sensitivity } from './sensitivity';

const none = { weight: null, taker: null };
const crit = (criterion: string, weight: number, down: number | null, up: number | null): CriterionSensitivity => ({
  criterion,
  weight,
  down: down === null ? none : { weight: down, taker: `below-${criterion}` },
  up: up === null ? none : { weight: up, taker: `above-${criterion}` },
});
const sens = (criteria: CriterionSensitivity[]): Sensitivity => ({ leader: 'a', criteria, margin: null, reading: 'robust' });

describe('leaderBands', () => {
  it('lists weights that never change the leader apart, and the others narrowest first', () => {
    const bands = leaderBands(sens([crit('wide', 5, 1, null), crit('free', 5, null, null), crit('narrow', 5, 4, 6.5)]));
    expect(bands.free).toEqual(['free']);
    expect(bands.sensitive.map((b) => [b.criterion, b.lo, b.hi])).toEqual([
      ['narrow', 4, 6.5],
      ['wide', 1, 10],
    ]);
    expect(bands.sensitive[0]).toMatchObject({ belowTaker: 'below-narrow', aboveTaker: 'above-narrow', weight: 5 });
  });

  it('a lead no single weight can change has no sensitive band', () => {
    expect(leaderBands(sens([crit('x', 3, null, null), crit('y', 7, null, null)]))).toEqual({ sensitive: [], free: ['x', 'y'] });
  });

  it('uses the range given for an open side', () => {
    expect(leaderBands(sens([crit('x', 3, null, 4)]), { min: 1, max: 5 }).sensitive[0]).toMatchObject({ lo: 1, hi: 4 });
  });
});
