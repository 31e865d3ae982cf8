import { describe, expect, it } from 'vitest';
import { choiceSentence, resolveChoice } from './choice';
import type { Ranking } from './rank';

const ranking: Ranking = {
  ranked: [
    { option: 'serverless', score: 0.865, contributions: {}, rank: 1, tied: false },
    { option: 'modular-monolith', score: 0.82, contributions: {}, rank: 2, tied: false },
    { option: 'monolith', score: 0.82, contributions: {}, rank: 2, tied: false },
  ],
  unrated: [{ option: 'space-based', missing: ['scalability'] }],
  noWeight: false,
} as unknown as Ranking;
const names: Record<string, string> = { serverless: 'Serverless', 'modular-monolith': 'Modular Monolith', 'space-based': 'Space-Based' };
const name = (id: string) => names[id] ?? id;

describe("the team's choice", () => {
  it('follows the leader by default', () => {
    const c = resolveChoice({ kind: 'leader' }, ranking);
    expect(c).toMatchObject({ option: 'serverless', overLeader: false });
    expect(choiceSentence(c, name, false)).toBe('Chosen option: “Serverless”.');
  });

  it('says when the team chose another option than the leader, and asks for the reason', () => {
    const c = resolveChoice({ kind: 'option', option: 'modular-monolith' }, ranking);
    expect(c.overLeader).toBe(true);
    expect(choiceSentence(c, name, false)).toBe(
      "Chosen option: “Modular Monolith” (ranked 2, 82.0), chosen over the ranking's leader “Serverless” (86.5). The reason is not written yet.",
    );
    expect(choiceSentence(c, name, true)).toMatch(/, for the reasons below\.$/);
  });

  it('an option tied with the leader is not chosen over it', () => {
    const tied = { ...ranking, ranked: ranking.ranked.map((r) => ({ ...r, rank: 1, tied: true })) } as Ranking;
    expect(resolveChoice({ kind: 'option', option: 'monolith' }, tied).overLeader).toBe(false);
  });

  it('an unranked choice says so; not decided names the leader', () => {
    expect(choiceSentence(resolveChoice({ kind: 'option', option: 'space-based' }, ranking), name, true)).toContain(
      '“Space-Based” (not ranked)',
    );
    expect(choiceSentence(resolveChoice({ kind: 'undecided' }, ranking), name, false)).toBe(
      "Not decided yet. The ranking's leader is “Serverless” (86.5).",
    );
    const none = { ...ranking, noWeight: true } as Ranking;
    expect(choiceSentence(resolveChoice({ kind: 'leader' }, none), name, false)).toBe('No option is ranked yet.');
  });
});
