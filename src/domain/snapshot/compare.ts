/**
 * Comparing two decisions: what each one amounts to (`decisionFacts`: weights, team answers, rating
 * overrides, ranking and leader, quadrant positions, migration path, record), then what changed
 * from one to the other (`diffDecisions`), and that as Markdown (`diffMarkdown`). Plain data in and
 * out; the diff is symmetric: B against A is A against B with before and after swapped.
 */
import { aggregateGroup, METHOD_LABELS, teamSliders } from '../group/aggregate';
import { participantLabels } from '../group/anonymity';
import { formatWeight, type Group } from '../group/core';
import { graphFromDataset, nodeForPattern, type MigrationGraph } from '../graph/graph';
import { findPaths } from '../graph/paths';
import type { Dataset } from '../model/dataset';
import { plotPoints, type Position } from '../quadrant/positions';
import { buildDecision, cellRating, decisionOptions, optionLabels, type DecisionContext, type RatingOverrides } from '../scoring/decision';
import { rank } from '../scoring/rank';
import type { DecisionRecord, Snapshot } from './snapshot';

/** A decision as the team left it: what `decisionFacts` reads. */
export interface DecisionInput {
  dataset: Dataset;
  record: DecisionRecord;
  /** Slider values the team set (the dataset's defaults fill the rest). */
  weights: Readonly<Record<string, number>>;
  context: DecisionContext;
  overrides: RatingOverrides;
  positions: Readonly<Record<string, Position>>;
  graph: MigrationGraph | null;
  current: string | null;
  target: string | null;
  /** Group input: after Reveal the ranking uses the room's weights. */
  group: Group;
}

export interface PathFacts {
  current: string | null;
  target: string | null;
  /** Node labels from current to target along the first cheapest path, or null when there is none. */
  nodes: string[] | null;
}

export interface DecisionFacts {
  dataset: string;
  record: Record<'title' | 'status' | 'date' | 'participants' | 'rationale' | 'chosen', string>;
  /** The weights the ranking uses: the room's after Reveal, else the team's sliders. */
  weights: Record<string, { name: string; value: number }>;
  /** Group input: who took part, the method, whether the room's weights rank, the overrides. */
  group: Record<string, { name: string; value: string }>;
  context: Record<string, { name: string; value: string }>;
  /** Overridden cells, by `option|criterion`, with the source's rating of that cell. */
  ratings: Record<string, { option: string; criterion: string; value: string; source: string }>;
  ranking: Record<string, { name: string; rank: number; score: number }>;
  leader: string | null;
  positions: Record<string, { name: string } & Position>;
  path: PathFacts;
}

/** A snapshot's decision; `builtin` is the dataset a snapshot of the built-in one refers to. */
export function snapshotInput(s: Snapshot, builtin: Dataset): DecisionInput {
  return {
    dataset: s.dataset.kind === 'embedded' ? s.dataset.dataset : builtin,
    record: s.decision,
    weights: s.weights,
    context: { ...s.context, answers: Object.fromEntries(Object.entries(s.context.answers).map(([k, v]) => [Number(k), v])) },
    overrides: s.overrides,
    positions: s.quadrant.positions,
    graph: s.migration.graph,
    current: s.migration.current,
    target: s.migration.target,
    group: s.group,
  };
}

const NOT_ANSWERED = 'not answered';
const NOT_RATED = 'not rated';
const LANGUAGE = { php: 'PHP', go: 'Go' } as const;

export function decisionFacts(d: DecisionInput): DecisionFacts {
  const ds = d.dataset;
  const own = { ...ds.scoring?.defaultWeights, ...d.weights };
  const sliderIds = (ds.scoring?.scales ?? []).map((x) => x.criterionId);
  const room = d.group.revealed ? aggregateGroup(d.group, sliderIds) : null;
  const sliders: Record<string, number> = teamSliders(room, own);
  const decision = buildDecision(ds, sliders, d.context, d.overrides);
  const ranking = rank(decision.matrix, decision.weights);
  const labels = optionLabels(ds);
  const optionName = (id: string) => labels.get(id) ?? id;
  const criterionName = new Map(decision.criteria.map((c) => [c.id, c.name]));
  const frameworkName = new Map(ds.decisionFramework.criteria.map((c) => [c.id, c.name]));

  const weights: DecisionFacts['weights'] = {};
  for (const c of decision.criteria.filter((x) => !x.derived)) weights[c.id] = { name: c.name, value: sliders[c.id] ?? 0 };

  const group: DecisionFacts['group'] = {};
  const people = [...participantLabels(d.group).values()];
  group.participants = {
    name: 'Participants',
    value: people.length === 0 ? 'none' : d.group.anonymous ? `${people.length}, anonymous` : people.join(', '),
  };
  if (people.length > 0) {
    group.method = { name: 'Aggregation', value: METHOD_LABELS[d.group.method] };
    group.ranksWith = { name: 'The ranking uses', value: room ? "the room's weights" : "the team's sliders (not revealed)" };
  }
  for (const [criterion, value] of Object.entries(d.group.overrides))
    group[`override:${criterion}`] = {
      name: `Facilitator's override: ${criterionName.get(criterion) ?? criterion}`,
      value: formatWeight(value),
    };

  const context: DecisionFacts['context'] = {
    teamSize: { name: 'Team size', value: String(d.context.teamSize) },
    languages: { name: 'Languages', value: d.context.languages.map((l) => LANGUAGE[l]).join(', ') || 'none' },
  };
  const checklist = new Map(ds.decisionFramework.checklist.map((c) => [c.number, c.title]));
  for (const q of ds.scoring?.questions ?? []) {
    const answer = q.answers.find((a) => a.id === d.context.answers[q.checklistNumber]);
    context[`q${q.checklistNumber}`] = { name: checklist.get(q.checklistNumber) ?? q.prompt, value: answer?.label ?? NOT_ANSWERED };
  }

  const ratings: DecisionFacts['ratings'] = {};
  for (const [option, cells] of Object.entries(d.overrides)) {
    for (const [criterion, value] of Object.entries(cells)) {
      ratings[`${option}|${criterion}`] = {
        option: optionName(option),
        criterion: frameworkName.get(criterion) ?? criterion,
        value,
        source: cellRating(ds, {}, option, criterion).rating ?? NOT_RATED,
      };
    }
  }

  const ranked: DecisionFacts['ranking'] = {};
  for (const r of ranking.ranked) ranked[r.option] = { name: optionName(r.option), rank: r.rank, score: r.score };
  const leaderId = ranking.ranked[0]?.option ?? null;

  const plot = plotPoints(
    ds,
    decisionOptions(ds),
    decision.matrix,
    d.positions,
    { x: 'forces', y: 'forces' },
    (id) => criterionName.get(id) ?? id,
  );
  const positions: DecisionFacts['positions'] = {};
  for (const p of plot.points) positions[p.id] = { name: optionName(p.id), x: p.x, y: p.y };

  const graph = d.graph ?? graphFromDataset(ds);
  const has = (id: string | null) => id !== null && graph.nodes.some((n) => n.id === id);
  const current = has(d.current) ? d.current : null;
  const target = has(d.target) ? d.target : leaderId ? (nodeForPattern(graph, leaderId)?.id ?? null) : null;
  const label = (id: string | null) => (id === null ? null : (graph.nodes.find((n) => n.id === id)?.label ?? id));
  const found = current && target ? findPaths(graph, current, target, 'steps') : null;
  const nodes =
    found?.kind === 'found' ? found.paths[0]!.nodes.map((n) => label(n) ?? n) : found?.kind === 'same' ? [label(current)!] : null;

  const r = d.record;
  return {
    dataset: ds.title,
    record: {
      title: r.title,
      status: r.status,
      date: r.date,
      participants: r.participants.join(', '),
      rationale: r.rationale.trim(),
      chosen:
        r.chosen.kind === 'leader'
          ? "the ranking's leader"
          : r.chosen.kind === 'undecided'
            ? 'not decided yet'
            : optionName(r.chosen.option),
    },
    weights,
    group,
    context,
    ratings,
    ranking: ranked,
    leader: leaderId ? optionName(leaderId) : null,
    positions,
    path: { current: label(current), target: label(target), nodes },
  };
}

export interface ValueChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

export interface SnapshotDiff {
  dataset: { before: string; after: string } | null;
  /** Slider weights (0–10); null where one side has no such criterion. */
  weights: { key: string; label: string; before: number | null; after: number | null; delta: number }[];
  group: ValueChange[];
  context: ValueChange[];
  ratings: { key: string; option: string; criterion: string; before: string; after: string }[];
  leader: { before: string | null; after: string | null } | null;
  /** Options whose rank or score (to 0.1 of 100) changed; null where not ranked. */
  ranking: { key: string; label: string; before: { rank: number; score: number } | null; after: { rank: number; score: number } | null }[];
  positions: { key: string; label: string; before: Position | null; after: Position | null }[];
  path: { before: PathFacts; after: PathFacts } | null;
  record: ValueChange[];
}

const keysOf = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
const RECORD_LABELS = {
  title: 'Title',
  status: 'Status',
  date: 'Date',
  participants: 'Participants',
  chosen: 'Decision',
  rationale: 'Rationale',
} as const;
/** Scores are shown to 0.1 of 100: closer than that is no change. */
const sameScore = (a: number, b: number) => Math.round(a * 1000) === Math.round(b * 1000);
const samePosition = (a: Position, b: Position) =>
  Math.round(a.x * 1000) === Math.round(b.x * 1000) && Math.round(a.y * 1000) === Math.round(b.y * 1000);

/** What changed from `a` (before) to `b` (after). Empty lists and nulls where nothing did. */
export function diffDecisions(a: DecisionFacts, b: DecisionFacts): SnapshotDiff {
  const weights = keysOf(a.weights, b.weights).flatMap((key) => {
    const x = a.weights[key];
    const y = b.weights[key];
    if (x && y && x.value === y.value) return [];
    const before = x?.value ?? null;
    const after = y?.value ?? null;
    return [{ key, label: (y ?? x)!.name, before, after, delta: (after ?? 0) - (before ?? 0) }];
  });
  const values = (xa: Record<string, { name: string; value: string }>, xb: typeof xa, missing: string) =>
    keysOf(xa, xb).flatMap((key) => {
      const before = xa[key]?.value ?? missing;
      const after = xb[key]?.value ?? missing;
      return before === after ? [] : [{ key, label: (xb[key] ?? xa[key])!.name, before, after }];
    });
  const ratings = keysOf(a.ratings, b.ratings).flatMap((key) => {
    const x = a.ratings[key];
    const y = b.ratings[key];
    const cell = (y ?? x)!;
    const before = x?.value ?? y!.source;
    const after = y?.value ?? x!.source;
    return before === after ? [] : [{ key, option: cell.option, criterion: cell.criterion, before, after }];
  });
  const ranking = keysOf(a.ranking, b.ranking).flatMap((key) => {
    const x = a.ranking[key];
    const y = b.ranking[key];
    if (x && y && x.rank === y.rank && sameScore(x.score, y.score)) return [];
    const pick = (r: typeof x) => (r ? { rank: r.rank, score: r.score } : null);
    return [{ key, label: (y ?? x)!.name, before: pick(x), after: pick(y) }];
  });
  const positions = keysOf(a.positions, b.positions).flatMap((key) => {
    const x = a.positions[key];
    const y = b.positions[key];
    if (x && y && samePosition(x, y)) return [];
    const pick = (p: typeof x) => (p ? { x: p.x, y: p.y } : null);
    return [{ key, label: (y ?? x)!.name, before: pick(x), after: pick(y) }];
  });
  const samePath =
    a.path.current === b.path.current &&
    a.path.target === b.path.target &&
    (a.path.nodes ?? []).join('\n') === (b.path.nodes ?? []).join('\n') &&
    (a.path.nodes === null) === (b.path.nodes === null);
  const record = (Object.keys(RECORD_LABELS) as (keyof typeof RECORD_LABELS)[]).flatMap((key) =>
    a.record[key] === b.record[key] ? [] : [{ key, label: RECORD_LABELS[key], before: a.record[key], after: b.record[key] }],
  );
  return {
    dataset: a.dataset === b.dataset ? null : { before: a.dataset, after: b.dataset },
    weights,
    group: values(a.group, b.group, 'none'),
    context: values(a.context, b.context, NOT_ANSWERED),
    ratings,
    leader: a.leader === b.leader ? null : { before: a.leader, after: b.leader },
    ranking,
    positions,
    path: samePath ? null : { before: a.path, after: b.path },
    record,
  };
}

/** How many things changed (0: the two decisions are the same). */
export function changeCount(d: SnapshotDiff): number {
  return (
    Number(d.dataset !== null) +
    d.weights.length +
    d.group.length +
    d.context.length +
    d.ratings.length +
    Number(d.leader !== null) +
    d.ranking.length +
    d.positions.length +
    Number(d.path !== null) +
    d.record.length
  );
}

/** The same changes seen the other way round: after becomes before. */
export function invertDiff(d: SnapshotDiff): SnapshotDiff {
  const swap = <T extends { before: unknown; after: unknown }>(x: T): T => ({ ...x, before: x.after, after: x.before });
  return {
    dataset: d.dataset && swap(d.dataset),
    weights: d.weights.map((w) => ({ ...swap(w), delta: -w.delta })),
    group: d.group.map(swap),
    context: d.context.map(swap),
    ratings: d.ratings.map(swap),
    leader: d.leader && swap(d.leader),
    ranking: d.ranking.map(swap),
    positions: d.positions.map(swap),
    path: d.path && swap(d.path),
    record: d.record.map(swap),
  };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const score = (s: number) => (s * 100).toFixed(1);
/** A weight change in words: to 0.1, as weights are shown (the room's weights have decimals). */
export const signedWeight = (n: number) => (n > 0 ? `+${formatWeight(n)}` : n < 0 ? `−${formatWeight(-n)}` : '0');
const pos = (p: Position | null) => (p ? `${p.x.toFixed(2)}, ${p.y.toFixed(2)}` : 'not plotted');
/** A path in words: its nodes, or why there is none (always naming the target). */
export function pathText(p: PathFacts): string {
  if (p.nodes) return p.nodes.join(' → ');
  if (!p.current) return `current architecture not set; target ${p.target ?? 'none'}`;
  return `no path from ${p.current} to ${p.target ?? 'no target'}`;
}

/** The comparison as a Markdown document: one table per kind of change. */
export function diffMarkdown(d: SnapshotDiff, names: { before: string; after: string }): string {
  const out: string[] = [`# What changed: ${names.before} → ${names.after}`, ''];
  const table = (title: string, head: string[], rows: string[][]) => {
    if (rows.length === 0) return;
    out.push(`## ${title}`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
    for (const r of rows) out.push(`| ${r.map(cell).join(' | ')} |`);
    out.push('');
  };
  if (changeCount(d) === 0) out.push('The two decisions are the same.', '');
  if (d.dataset) out.push(`Dataset: ${d.dataset.before} → ${d.dataset.after}.`, '');
  if (d.leader) out.push(`Leader: ${d.leader.before ?? 'none'} → ${d.leader.after ?? 'none'}.`, '');
  table(
    'Weights',
    ['Criterion', names.before, names.after, 'Change'],
    d.weights.map((w) => [
      w.label,
      w.before === null ? 'not a criterion' : formatWeight(w.before),
      w.after === null ? 'not a criterion' : formatWeight(w.after),
      signedWeight(w.delta),
    ]),
  );
  table(
    'Group input',
    ['', names.before, names.after],
    d.group.map((g) => [g.label, g.before, g.after]),
  );
  table(
    'Team answers',
    ['Question', names.before, names.after],
    d.context.map((c) => [c.label, c.before, c.after]),
  );
  table(
    'Rating overrides',
    ['Option', 'Criterion', names.before, names.after],
    d.ratings.map((r) => [r.option, r.criterion, r.before, r.after]),
  );
  table(
    'Ranking',
    ['Option', names.before, names.after],
    d.ranking.map((r) => [
      r.label,
      r.before ? `#${r.before.rank} (${score(r.before.score)})` : 'not ranked',
      r.after ? `#${r.after.rank} (${score(r.after.score)})` : 'not ranked',
    ]),
  );
  table(
    'Quadrant positions (x, y)',
    ['Option', names.before, names.after],
    d.positions.map((p) => [p.label, pos(p.before), pos(p.after)]),
  );
  if (d.path) table('Migration path', ['', names.before, names.after], [['Path', pathText(d.path.before), pathText(d.path.after)]]);
  table(
    'Record',
    ['Field', names.before, names.after],
    d.record.map((r) => [r.label, r.before || '(empty)', r.after || '(empty)']),
  );
  return `${out.join('\n').trimEnd()}\n`;
}
