/**
 * Whether the lead of a ranking changed between two rankings, and the sentence that says so
 * ("Leader changed: Serverless → Modular Monolith"). The leader is every option sharing rank 1, so
 * a tie at the top is a leader of its own ("Serverless and SOA (tied)"); a ranking with no weight,
 * or no rated option, has no leader.
 */
import type { Ranking } from './rank';

export interface LeaderChange {
  /** Options leading before and after, in ranking order (several when tied; none when nothing ranks). */
  from: string[];
  to: string[];
  message: string;
}

/** The options sharing rank 1, in ranking order; none when nothing can be ranked. */
export function leadersOf(ranking: Ranking): string[] {
  if (ranking.noWeight) return [];
  return ranking.ranked.filter((r) => r.rank === 1).map((r) => r.option);
}

function leadersText(leaders: readonly string[], optionName: (id: string) => string): string {
  if (leaders.length === 0) return 'no leader';
  const names = leaders.map(optionName);
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} (tied)`;
}

/**
 * The change of lead from `previous` to `next`, or null when the same options lead (in any order).
 * A change in scores or in the order below the top is not a change of leader.
 */
export function leaderChange(previous: Ranking, next: Ranking, optionName: (id: string) => string): LeaderChange | null {
  const from = leadersOf(previous);
  const to = leadersOf(next);
  const same = from.length === to.length && from.every((o) => to.includes(o));
  if (same) return null;
  return { from, to, message: `Leader changed: ${leadersText(from, optionName)} → ${leadersText(to, optionName)}` };
}
