/** The leader's explanation in words, from the ranking's contributions. */
import type { Ranking } from './rank';
import { own } from '../own';

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "Modular Monolith leads because of Operational Overhead, Team Size and PHP Fit; Microservices
 * is ahead on Scalability." Compares the leader with the runner-up criterion by criterion.
 */
export function explainLeader(ranking: Ranking, optionName: (id: string) => string, criterionName: (id: string) => string): string | null {
  const [leader, runnerUp] = ranking.ranked;
  if (!leader || ranking.noWeight) return null;
  const name = optionName(leader.option);
  if (!runnerUp) return `${name} is the only rated option.`;
  if (leader.tied) {
    const tiedWith = ranking.ranked.filter((r) => r.rank === leader.rank && r !== leader).map((r) => optionName(r.option));
    return `${name} ties with ${list(tiedWith)}: no criterion separates them at these weights.`;
  }
  const diffs = Object.keys(leader.contributions)
    .map((c) => ({ c, d: (own(leader.contributions, c) ?? 0) - (own(runnerUp.contributions, c) ?? 0) }))
    .filter((x) => Math.abs(x.d) > 1e-9);
  const ahead = diffs
    .filter((x) => x.d > 0)
    .sort((a, b) => b.d - a.d)
    .slice(0, 3)
    .map((x) => criterionName(x.c));
  const behind = diffs
    .filter((x) => x.d < 0)
    .sort((a, b) => a.d - b.d)
    .slice(0, 2)
    .map((x) => criterionName(x.c));
  const other = optionName(runnerUp.option);
  let text = `${name} leads ${other} because of ${list(ahead)}`;
  text += behind.length > 0 ? `; ${other} is ahead on ${list(behind)}.` : '.';
  return text;
}
