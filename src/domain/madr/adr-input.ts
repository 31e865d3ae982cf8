/**
 * What the decision record says, in sentences, from the decision's facts: the checklist answers,
 * the drivers and their notes, pros and cons per option, the quadrant's axes and points, the
 * migration path and why there is none. Plain data in, plain data out (`decisionMarkdown` in
 * markdown.ts and the printable report then lay it out).
 */
import { edgeName, type MigrationGraph } from '../graph/graph';
import { METHOD_DESCRIPTIONS, type GroupAggregate } from '../group/aggregate';
import { participantLabels } from '../group/anonymity';
import type { Group } from '../group/core';
import { discussThese, type Consensus, type CriterionSpread } from '../group/disagreement';
import { formatWeight, groupRecordLines } from '../group/markdown';
import type { PathResult } from '../graph/paths';
import type { Dataset } from '../model/dataset';
import { plotPoints, type Axes, type Position } from '../quadrant/positions';
import {
  cellRating,
  decisionOptions,
  fitOf,
  optionLabels,
  type Decision,
  type DecisionContext,
  type RatingOverrides,
} from '../scoring/decision';
import { choiceSentence, resolveChoice } from '../scoring/choice';
import type { Ranking } from '../scoring/rank';
import type { Sensitivity } from '../scoring/sensitivity';
import type { DecisionRecord } from '../snapshot/snapshot';
import type { AdrInput } from './markdown';
import { own } from '../own';

/** The decision as the record needs it: what the team chose and what was worked out from it. */
export interface AdrFacts {
  dataset: Dataset;
  record: DecisionRecord;
  context: DecisionContext;
  overrides: RatingOverrides;
  /** The team's own quadrant positions by option, and the axes shown. */
  positions: Readonly<Record<string, Position>>;
  axes: Axes;
  /** Slider value per slider criterion (the team's or the dataset's default). */
  sliders: Readonly<Record<string, number>>;
  decision: Decision;
  ranking: Ranking;
  sensitivity: Sensitivity;
  /** The leader explained in words (`explainLeader`), or null. */
  explanation: string | null;
  /** The graph in use, where the team is and wants to go, and the paths found (by fewest steps). */
  migration: { graph: MigrationGraph; current: string | null; target: string | null; result: PathResult | null };
  /** Group input, when the decision has participants. */
  group: { group: Group; aggregate: GroupAggregate | null; spreads: CriterionSpread[]; consensus: Consensus } | null;
}

const LANGUAGE = { php: 'PHP', go: 'Go' } as const;

/** A rating this good (fit ≥ 0.75) is a pro of the option, this poor (≤ 0.4) a con. */
const GOOD_FIT = 0.75;
const POOR_FIT = 0.4;

export function adrInput(f: AdrFacts): AdrInput {
  const { dataset, decision, ranking, context } = f;
  const labels = optionLabels(dataset);
  const optionName = (id: string) => labels.get(id) ?? id;
  const criterionNames = new Map(decision.criteria.map((c) => [c.id, c.name]));
  const criterionName = (id: string) => criterionNames.get(id) ?? id;
  const checklist = new Map(dataset.decisionFramework.checklist.map((c) => [c.number, c]));

  const answers = (dataset.scoring?.questions ?? []).flatMap((q) => {
    const a = q.answers.find((x) => x.id === own(context.answers, q.checklistNumber));
    return a
      ? [
          {
            title: checklist.get(q.checklistNumber)?.title ?? `Question ${q.checklistNumber}`,
            prompt: q.prompt,
            answer: a.label,
            effect: a.explanation,
          },
        ]
      : [];
  });

  const drivers = decision.criteria
    .filter((c) => !c.derived)
    .map((c) => {
      const notes = decision.notes
        .filter((n) => n.criterion === c.id)
        .map((n) => (n.factor === 0 ? `no effect: ${n.reason}` : `counts ×${n.factor}: ${n.reason}`));
      // The room's aggregate can be fractional: one decimal, as on screen.
      return { name: c.name, weight: Number(formatWeight(own(f.sliders, c.id) ?? 0)), ...(notes.length ? { note: notes.join('; ') } : {}) };
    });
  for (const c of decision.criteria.filter((x) => x.derived))
    drivers.push({ name: c.name, weight: own(decision.weights, c.id) ?? 0, note: 'added by a checklist answer' });

  const options = decisionOptions(dataset).map((id) => {
    const good: string[] = [];
    const bad: string[] = [];
    for (const scale of dataset.scoring?.scales ?? []) {
      const rating = cellRating(dataset, f.overrides, id, scale.criterionId).rating;
      const fit = fitOf(scale, rating, context);
      if (fit === null || (own(decision.weights, scale.criterionId) ?? 0) === 0) continue;
      const text = `${criterionName(scale.criterionId)}: ${rating}`;
      if (fit >= GOOD_FIT) good.push(text);
      else if (fit <= POOR_FIT) bad.push(text);
    }
    const p = dataset.patterns.find((x) => x.id === id);
    return {
      name: optionName(id),
      good: [...good, ...(p?.benefits ?? [])],
      bad: [...bad, ...(p?.tradeOffs ?? [])],
      considerations: p?.considerations ? { heading: p.considerations.heading, items: [...p.considerations.items] } : null,
    };
  });

  const plot = plotPoints(dataset, decisionOptions(dataset), decision.matrix, f.positions, f.axes, criterionName);
  const axis = (a: string, dim: 'x' | 'y') => {
    if (a === 'forces') return dim === 'x' ? dataset.quadrant.xAxis : dataset.quadrant.yAxis;
    return { low: `${criterionName(a)} fit poor`, high: 'good' };
  };
  const forces = f.axes.x === 'forces' && f.axes.y === 'forces';

  const { graph, current, target, result } = f.migration;
  const path = result?.kind === 'found' ? result.paths[0] : undefined;
  const nodeLabel = (id: string | null) => graph.nodes.find((n) => n.id === id)?.label ?? id ?? '';
  let pathNote: string | null = null;
  if (!current) pathNote = 'The current architecture is not set, so no migration path was worked out.';
  else if (result?.kind === 'same') pathNote = `Already at ${nodeLabel(current)}: nothing to migrate.`;
  else if (result?.kind === 'none') pathNote = `No migration path from ${nodeLabel(current)} to ${nodeLabel(target)} in the graph.`;

  const { reading, margin } = f.sensitivity;
  const choice = resolveChoice(f.record.chosen, ranking);
  return {
    choice: {
      sentence: choiceSentence(choice, optionName, f.record.rationale.trim() !== ''),
      name: choice.option === null ? null : optionName(choice.option),
      overLeader: choice.overLeader,
      undecided: choice.kind === 'undecided',
    },
    group: f.group ? groupSection(f.group, criterionName, optionName) : null,
    record: f.record,
    datasetTitle: dataset.title,
    teamSize: context.teamSize,
    languages: context.languages.map((l) => LANGUAGE[l]),
    answers,
    drivers,
    ranking: ranking.ranked.map((r) => ({ name: optionName(r.option), score: r.score, rank: r.rank, tied: r.tied })),
    unrated: ranking.unrated.map((u) => ({ name: optionName(u.option), missing: u.missing.map(criterionName) })),
    explanation: f.explanation,
    robustness:
      reading === 'none'
        ? null
        : `${reading}${margin !== null ? ` (the smallest weight change that changes the leader is ${margin.toFixed(1)} of 10)` : ''}.`,
    options,
    quadrant: {
      title: dataset.quadrant.title,
      xLow: axis(f.axes.x, 'x').low,
      xHigh: axis(f.axes.x, 'x').high,
      yLow: axis(f.axes.y, 'y').low,
      yHigh: axis(f.axes.y, 'y').high,
      ...(forces ? { quadrants: dataset.quadrant.quadrants.map((q) => q.name) as [string, string, string, string] } : {}),
      points: plot.points.map((p) => ({ name: optionName(p.id), x: p.x, y: p.y })),
    },
    graph,
    path: path
      ? {
          edges: path.edges,
          description: path.nodes.map(nodeLabel).join(' → '),
          steps: path.edges.flatMap((id) => {
            const e = graph.edges.find((x) => x.id === id);
            return e ? [{ title: edgeName(graph, e), steps: e.steps }] : [];
          }),
        }
      : null,
    pathNote,
  };
}

/** What the record says of the room: the Markdown lines, and a short summary for the report. */
function groupSection(
  g: NonNullable<AdrFacts['group']>,
  criterionName: (id: string) => string,
  optionName: (id: string) => string,
): NonNullable<AdrInput['group']> {
  const n = g.group.participants.length;
  const who = g.group.anonymous
    ? `${n} participant${n === 1 ? '' : 's'}, anonymous`
    : [...participantLabels(g.group).values()].join(', ') || 'nobody yet';
  return {
    lines: groupRecordLines({ ...g, criterionName, optionName }),
    participants: who,
    method: g.aggregate
      ? `Team weights: ${METHOD_DESCRIPTIONS[g.aggregate.method]}.`
      : "Nobody has entered weights yet: the team's own weights are used.",
    disagreed: discussThese(g.spreads).map((s) => `${criterionName(s.criterion)} (${formatWeight(s.lowest)}–${formatWeight(s.highest)})`),
  };
}
