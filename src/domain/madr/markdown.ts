/**
 * An Architecture Decision Record in the MADR template's structure (title, status, context and
 * problem statement, decision drivers, considered options, decision outcome with consequences,
 * pros and cons of the options), with the ranking, the weights, and the quadrant and the
 * migration path as Mermaid blocks that GitHub renders.
 */
import type { MigrationGraph } from '../graph/graph';
import type { DecisionRecord } from '../snapshot/snapshot';
import { flowchart, quadrantChart, type QuadrantText } from '../mermaid/export';
import { markdownCell, markdownText as t } from '../text/markdown-text';

export interface AdrInput {
  record: DecisionRecord;
  datasetTitle: string;
  teamSize: number;
  languages: string[];
  answers: { title: string; prompt: string; answer: string; effect: string }[];
  drivers: { name: string; weight: number; note?: string }[];
  ranking: { name: string; score: number; rank: number; tied: boolean }[];
  unrated: { name: string; missing: string[] }[];
  explanation: string | null;
  robustness: string | null;
  /** `considerations`: the source's own list of downsides with its heading, or null where it gives none. */
  options: { name: string; good: string[]; bad: string[]; considerations: { heading: string; items: string[] } | null }[];
  quadrant: QuadrantText;
  graph: MigrationGraph;
  path: { edges: string[]; description: string; steps: { title: string; steps: string[] }[] } | null;
  pathNote: string | null;
  /** The team's choice in one sentence (choiceSentence), the chosen option's name, and how it stands to the ranking. */
  choice: { sentence: string; name: string | null; overLeader: boolean; undecided: boolean };
  /** Group input: the record's lines (groupRecordLines), and a summary for the printable report. */
  group: { lines: string[]; participants: string; method: string; disagreed: string[] } | null;
}

/** A bulleted list of items already escaped. */
const list = (items: string[]) => items.map((i) => `* ${i}`).join('\n');
const STATUS: Record<DecisionRecord['status'], string> = {
  proposed: 'proposed',
  accepted: 'accepted',
  rejected: 'rejected',
  deprecated: 'deprecated',
  superseded: 'superseded',
};

export function decisionMarkdown(a: AdrInput): string {
  const leader = a.ranking[0];
  const out: string[] = [];
  out.push(`# ${t(a.record.title) || 'Architecture decision'}`, '');
  out.push(
    `* Status: ${STATUS[a.record.status]}${a.record.status === 'superseded' && a.record.supersededBy ? ` by “${t(a.record.supersededBy)}”` : ''}`,
  );
  if (a.record.participants.length) out.push(`* Deciders: ${a.record.participants.map((p) => t(p)).join(', ')}`);
  out.push(`* Date: ${t(a.record.date)}`, '');

  out.push('## Context and Problem Statement', '');
  out.push(
    `How should we structure our backend? A team of ${a.teamSize} engineer${a.teamSize === 1 ? '' : 's'}` +
      `${a.languages.length ? ` working in ${a.languages.map((l) => t(l)).join(' and ')}` : ''} weighed the options of “${t(a.datasetTitle)}”.`,
  );
  if (a.answers.length) {
    out.push('', 'Answers to the decision checklist:', '');
    out.push(list(a.answers.map((q) => `**${t(q.title)}** — ${t(q.prompt)} ${t(q.answer)}. ${t(q.effect)}`)));
  }
  out.push('');

  out.push('## Decision Drivers', '');
  out.push(list(a.drivers.map((d) => `${t(d.name)}: weight ${d.weight}/10${d.note ? ` (${t(d.note)})` : ''}`)), '');
  // Group lines escape their own names and numbers (groupRecordLines).
  if (a.group) out.push(...a.group.lines, '');

  out.push('## Considered Options', '');
  out.push(
    list([
      ...a.ranking.map((r) => t(r.name)),
      ...a.unrated.map((u) => `${t(u.name)} (not ranked: no rating for ${u.missing.map((m) => t(m)).join(', ')})`),
    ]),
    '',
  );

  out.push('## Decision Outcome', '');
  out.push(`${t(a.choice.sentence)}${leader && a.explanation ? ` ${t(a.explanation)}` : ''}`);
  if (a.record.rationale.trim()) out.push('', t(a.record.rationale.trim(), { multiline: true }));
  if (a.robustness) out.push('', `Robustness: ${t(a.robustness)}`);
  out.push('', '### Consequences', '');
  if (a.path) {
    out.push(`* Migration path: ${t(a.path.description)}.`);
    for (const s of a.path.steps) {
      out.push(`* ${t(s.title)}${s.steps.length ? ':' : ''}`);
      for (const step of s.steps) out.push(`  * ${t(step)}`);
    }
  } else {
    out.push(`* ${a.pathNote ? t(a.pathNote) : 'No migration path chosen.'}`);
  }
  out.push('');

  out.push('### Ranking', '');
  out.push('| Rank | Option | Score (of 100) |', '| --- | --- | --- |');
  for (const r of a.ranking) out.push(`| ${r.tied ? '=' : ''}${r.rank} | ${markdownCell(r.name)} | ${(r.score * 100).toFixed(1)} |`);
  out.push('');

  out.push('### Architecture Forces', '', '```mermaid', quadrantChart(a.quadrant), '```', '');
  out.push('### Migration path', '', '```mermaid', flowchart(a.graph, a.path?.edges ?? []), '```', '');

  out.push('## Pros and Cons of the Options', '');
  for (const o of a.options) {
    out.push(`### ${t(o.name)}`, '');
    const lines = [...o.good.map((g) => `Good, because ${t(g)}`), ...o.bad.map((b) => `Bad, because ${t(b)}`)];
    out.push(lines.length ? list(lines) : '* No pros or cons recorded.', '');
    if (o.considerations) {
      out.push(`#### ${t(o.considerations.heading)} (from the source)`, '', list(o.considerations.items.map((i) => t(i))), '');
    } else out.push('#### Considerations', '', 'Not in the source.', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
