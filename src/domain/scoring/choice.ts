/**
 * The team's choice against the ranking. The record's choice is the ranking's leader by default (it
 * follows the ranking as weights change), one option the team named, or "not decided yet"; here it is
 * resolved to an option and compared with the leader, so every place that states the decision (the
 * Markdown record, the report, the Outcome slide, the Record page) says the same thing.
 */
import type { Choice } from '../snapshot/snapshot';
import type { Ranking, ScoredOption } from './rank';

export interface ResolvedChoice {
  kind: Choice['kind'];
  /** The chosen option's id; null when not decided yet, or the leader is wanted and nothing is ranked. */
  option: string | null;
  /** The ranking's first option, or null when nothing is ranked (every weight zero). */
  leader: ScoredOption | null;
  /** The chosen option as ranked, or null when it is not ranked (unrated, or not in this dataset). */
  ranked: ScoredOption | null;
  /** The team chose another option than the leader (an option tied with the leader is not "over" it). */
  overLeader: boolean;
}

export function resolveChoice(choice: Choice, ranking: Ranking): ResolvedChoice {
  const leader = ranking.noWeight ? null : (ranking.ranked[0] ?? null);
  const find = (id: string | null) => (id === null || ranking.noWeight ? null : (ranking.ranked.find((r) => r.option === id) ?? null));
  if (choice.kind === 'undecided') return { kind: 'undecided', option: null, leader, ranked: null, overLeader: false };
  const option = choice.kind === 'option' ? choice.option : (leader?.option ?? null);
  const ranked = find(option);
  const overLeader = option !== null && leader !== null && option !== leader.option && ranked?.rank !== leader.rank;
  return { kind: choice.kind, option, leader, ranked, overLeader };
}

/** A score as the record shows it: out of 100, one decimal. */
const score = (s: number) => (s * 100).toFixed(1);

/**
 * The decision in one sentence, after MADR's `Chosen option: "…"`, with names given by `name`
 * (escaped by the caller where the output needs it). When the team chose another option than the
 * leader, the sentence says so and where the reason is: `hasReason` tells whether the team wrote one.
 */
export function choiceSentence(c: ResolvedChoice, name: (id: string) => string, hasReason: boolean): string {
  if (c.kind === 'undecided') {
    return c.leader
      ? `Not decided yet. The ranking's leader is “${name(c.leader.option)}” (${score(c.leader.score)}).`
      : 'Not decided yet. No option is ranked yet.';
  }
  if (c.option === null) return 'No option is ranked yet.';
  if (!c.overLeader || !c.leader) return `Chosen option: “${name(c.option)}”.`;
  const place = c.ranked ? ` (ranked ${c.ranked.rank}, ${score(c.ranked.score)})` : ' (not ranked)';
  return (
    `Chosen option: “${name(c.option)}”${place}, chosen over the ranking's leader “${name(c.leader.option)}” (${score(c.leader.score)})` +
    (hasReason ? ', for the reasons below.' : '. The reason is not written yet.')
  );
}
