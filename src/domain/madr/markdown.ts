/**
 * An Architecture Decision Record in the MADR template's structure (title, status, context and
 * problem statement, decision drivers, considered options, decision outcome with consequences,
 * pros and cons of the options), with the ranking, the weights, and the quadrant and the
 * migration path as Mermaid blocks that GitHub renders.
 */
import type { MigrationGraph } from '../graph/graph';
import type { DecisionRecord } from '../snapshot/snapshot';
import { flowchart, quadrantChart, type QuadrantText } from '../mermaid/export';

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
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
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
  out.push(`# ${a.record.title || 'Architecture decision'}`, '');
  out.push(`* Status: ${STATUS[a.record.status]}`);
  if (a.record.participants.length) out.push(`* Deciders: ${a.record.participants.join(', ')}`);
  out.push(`* Date: ${a.record.date}`, '');

  out.push('## Context and Problem Statement', '');
  out.push(
    `How should we structure our backend? A team of ${a.teamSize} engineer${a.teamSize === 1 ? '' : 's'}` +
      `${a.languages.length ? ` working in ${a.languages.join(' and ')}` : ''} weighed the options of “${a.datasetTitle}”.`,
  );
  if (a.answers.length) {
    out.push('', 'Answers to the decision checklist:', '');
    out.push(list(a.answers.map((q) => `**${q.title}** — ${q.prompt} ${q.answer}. ${q.effect}`)));
  }
  out.push('');

  out.push('## Decision Drivers', '');
  out.push(list(a.drivers.map((d) => `${d.name}: weight ${d.weight}/10${d.note ? ` (${d.note})` : ''}`)), '');

  out.push('## Considered Options', '');
  out.push(
    list([...a.ranking.map((r) => r.name), ...a.unrated.map((u) => `${u.name} (not ranked: no rating for ${u.missing.join(', ')})`)]),
    '',
  );

  out.push('## Decision Outcome', '');
  if (leader) {
    out.push(`Chosen option: “${leader.name}”.${a.explanation ? ` ${a.explanation}` : ''}`);
  } else {
    out.push('No option is ranked yet.');
  }
  if (a.record.rationale.trim()) out.push('', a.record.rationale.trim());
  if (a.robustness) out.push('', `Robustness: ${a.robustness}`);
  out.push('', '### Consequences', '');
  if (a.path) {
    out.push(`* Migration path: ${a.path.description}.`);
    for (const s of a.path.steps) {
      out.push(`* ${s.title}${s.steps.length ? ':' : ''}`);
      for (const step of s.steps) out.push(`  * ${step}`);
    }
  } else {
    out.push(`* ${a.pathNote ?? 'No migration path chosen.'}`);
  }
  out.push('');

  out.push('### Ranking', '');
  out.push('| Rank | Option | Score (of 100) |', '| --- | --- | --- |');
  for (const r of a.ranking) out.push(`| ${r.tied ? '=' : ''}${r.rank} | ${cell(r.name)} | ${(r.score * 100).toFixed(1)} |`);
  out.push('');

  out.push('### Architecture Forces', '', '```mermaid', quadrantChart(a.quadrant), '```', '');
  out.push('### Migration path', '', '```mermaid', flowchart(a.graph, a.path?.edges ?? []), '```', '');

  out.push('## Pros and Cons of the Options', '');
  for (const o of a.options) {
    out.push(`### ${o.name}`, '');
    const lines = [...o.good.map((g) => `Good, because ${g}`), ...o.bad.map((b) => `Bad, because ${b}`)];
    out.push(lines.length ? list(lines) : '* No pros or cons recorded.', '');
    if (o.considerations) out.push(`#### ${o.considerations.heading} (from the source)`, '', list(o.considerations.items), '');
    else out.push('#### Considerations', '', 'Not in the source.', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
