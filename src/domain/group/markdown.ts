/**
 * What the group adds to the Markdown decision record: who took part (or how many, when
 * anonymous), how the team's weights were aggregated, the aggregate per criterion with the room's
 * range and any override, the criteria the room disagreed on, and the consensus reading.
 * Returned as lines for the MADR writer (src/domain/snapshot/markdown.ts) to place; no trailing
 * blank line.
 */
import { METHOD_DESCRIPTIONS, METHOD_LABELS, type GroupAggregate } from './aggregate';
import { participantLabels } from './anonymity';
import { DISCUSS_THRESHOLD, discussThese, type Consensus, type CriterionSpread } from './disagreement';
import { type Group, entries, formatWeight } from './core';
import { markdownText } from '../text/markdown-text';

export { formatWeight };

export interface GroupRecordInput {
  group: Group;
  /** null when nobody has weighed in yet. */
  aggregate: GroupAggregate | null;
  spreads: readonly CriterionSpread[];
  consensus?: Consensus | null;
  criterionName: (id: string) => string;
  optionName: (id: string) => string;
  /** Spreads at least this wide are listed as disagreements. */
  threshold?: number;
  heading?: string;
}

/** Names from people and datasets, escaped for Markdown (one line, no HTML, no links). */
const oneLine = (s: string) => markdownText(s);
/** A table cell of text already escaped. */
const cell = (s: string) => s.replace(/\|/g, '\\|');

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function participantsLine(group: Group, weighed: number): string {
  const n = group.participants.length;
  const counted = `${n} participant${n === 1 ? '' : 's'}`;
  const entered = weighed < n ? `; ${weighed} entered weights` : '';
  if (group.anonymous) return `* Participants: ${counted}, anonymous${entered}.`;
  const names = [...participantLabels(group).values()].map(oneLine);
  return `* Participants (${n}): ${names.join(', ')}${entered}.`;
}

function consensusLines(c: Consensus, group: Group, optionName: (id: string) => string): string[] {
  if (c.participants.length === 0) return [];
  const team = list(c.teamLeaders.map(optionName)) || 'no option';
  if (c.unanimous) return [`* Consensus: every participant's own weights lead to the team's choice, ${team}.`];
  const total = c.participants.length;
  const line = `* Consensus: ${c.wouldChange} of ${total} participant${total === 1 ? '' : 's'} would lead with another option than the team's (${team}) at their own weights`;
  if (group.anonymous) return [`${line}.`];
  const labels = participantLabels(group);
  const who = c.participants
    .filter((p) => !p.agrees)
    .map((p) => `${oneLine(labels.get(p.participant) ?? p.participant)}: ${list(p.leaders.map(optionName)) || 'no option'}`);
  return [`${line} (${who.join('; ')}).`];
}

/** How many participants picked each option, most picked first (ties in order of first pick). */
export function pickTally(group: Pick<Group, 'participants' | 'inputs'>): [string, number][] {
  const counts = new Map<string, number>();
  for (const { input } of entries(group)) if (input.pick !== null) counts.set(input.pick, (counts.get(input.pick) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

export function groupRecordLines(input: GroupRecordInput): string[] {
  const { group, aggregate, spreads } = input;
  const criterionName = (id: string) => oneLine(input.criterionName(id));
  const optionName = (id: string) => oneLine(input.optionName(id));
  const threshold = input.threshold ?? DISCUSS_THRESHOLD;
  const out: string[] = [input.heading ?? '### Group input', ''];
  out.push(participantsLine(group, aggregate?.participants ?? 0));
  if (!aggregate) {
    out.push("* Nobody has entered weights yet: the team's own weights are used.");
    return out;
  }
  out.push(`* Team weights: ${METHOD_DESCRIPTIONS[aggregate.method]}.`);
  const overridden = aggregate.criteria.filter((c) => c.overridden);
  if (overridden.length) {
    out.push(
      `* Set by the facilitator in place of the room's ${METHOD_LABELS[aggregate.method]}: ${list(overridden.map((c) => criterionName(c.criterion)))}.`,
    );
  }
  out.push(
    '',
    `| Criterion | Team weight | Room's ${METHOD_LABELS[aggregate.method]} | Lowest | Highest | Marks |`,
    '| --- | --- | --- | --- | --- | --- |',
  );
  const byCriterion = new Map(spreads.map((s) => [s.criterion, s]));
  for (const c of aggregate.criteria) {
    const s = byCriterion.get(c.criterion);
    const team = c.value === null ? "team's own" : `${formatWeight(c.value)}${c.overridden ? ' (facilitator)' : ''}`;
    const room = c.computed === null ? '–' : formatWeight(c.computed);
    const range = s ? [formatWeight(s.lowest), formatWeight(s.highest)] : ['–', '–'];
    out.push(`| ${cell(criterionName(c.criterion))} | ${team} | ${room} | ${range[0]} | ${range[1]} | ${c.count} |`);
  }
  out.push('');
  const disputed = discussThese(spreads, threshold);
  out.push(
    disputed.length
      ? `* The room disagreed on: ${disputed.map((s) => `${criterionName(s.criterion)} (${formatWeight(s.lowest)}–${formatWeight(s.highest)})`).join(', ')}.`
      : `* The room broadly agreed: no criterion's weights were ${formatWeight(threshold)} or more apart.`,
  );
  if (input.consensus) out.push(...consensusLines(input.consensus, group, optionName));
  const picks = pickTally(group);
  if (picks.length) out.push(`* Picks: ${picks.map(([o, n]) => `${optionName(o)} (${n})`).join(', ')}.`);
  return out;
}
