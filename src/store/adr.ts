/** Gathers what the Markdown decision record needs from the store (the formatting is in the domain). */
import { edgeName } from '../domain/graph/graph';
import { decisionOptions, cellRating, fitOf } from '../domain/scoring/decision';
import { plotPoints } from '../domain/quadrant/positions';
import type { AdrInput } from '../domain/snapshot/markdown';
import { selectDecisionView } from './decision-selectors';
import { selectMigrationPlan } from './graph-selectors';
import type { AppState } from './store';

const LANGUAGE = { php: 'PHP', go: 'Go' } as const;

export function adrInput(s: AppState): AdrInput {
  const v = selectDecisionView(s);
  const { dataset, decision, ranking } = v;
  const plan = selectMigrationPlan(s, 'steps');
  const checklist = new Map(dataset.decisionFramework.checklist.map((c) => [c.number, c]));

  const answers = (dataset.scoring?.questions ?? []).flatMap((q) => {
    const a = q.answers.find((x) => x.id === s.context.answers[q.checklistNumber]);
    return a ? [{ title: checklist.get(q.checklistNumber)?.title ?? `Question ${q.checklistNumber}`, prompt: q.prompt, answer: a.label, effect: a.explanation }] : [];
  });

  const drivers = decision.criteria
    .filter((c) => !c.derived)
    .map((c) => {
      const notes = decision.notes.filter((n) => n.criterion === c.id).map((n) => (n.factor === 0 ? `no effect: ${n.reason}` : `counts ×${n.factor}: ${n.reason}`));
      return { name: c.name, weight: v.sliders[c.id] ?? 0, ...(notes.length ? { note: notes.join('; ') } : {}) };
    });
  for (const c of decision.criteria.filter((x) => x.derived)) drivers.push({ name: c.name, weight: decision.weights[c.id] ?? 0, note: 'added by a checklist answer' });

  const options = decisionOptions(dataset).map((id) => {
    const good: string[] = [];
    const bad: string[] = [];
    for (const scale of dataset.scoring?.scales ?? []) {
      const rating = cellRating(dataset, s.overrides, id, scale.criterionId).rating;
      const fit = fitOf(scale, rating, s.context);
      if (fit === null || (decision.weights[scale.criterionId] ?? 0) === 0) continue;
      const text = `${v.criterionName(scale.criterionId)}: ${rating}`;
      if (fit >= 0.75) good.push(text);
      else if (fit <= 0.4) bad.push(text);
    }
    const p = dataset.patterns.find((x) => x.id === id);
    return { name: v.optionName(id), good: [...good, ...(p?.benefits ?? [])], bad: [...bad, ...(p?.tradeOffs ?? [])] };
  });

  const plot = plotPoints(dataset, decisionOptions(dataset), decision.matrix, s.positions, s.axes, v.criterionName);
  const axis = (a: string, dim: 'x' | 'y') => {
    if (a === 'forces') return dim === 'x' ? dataset.quadrant.xAxis : dataset.quadrant.yAxis;
    // The same words as `axisLabel` in src/ui/format.ts, which the store may not import.
    return { low: `${v.criterionName(a)} fit: poor`, high: 'good' };
  };
  const forces = s.axes.x === 'forces' && s.axes.y === 'forces';

  const path = plan.result?.kind === 'found' ? plan.result.paths[0] : undefined;
  const nodeLabel = (id: string | null) => plan.graph.nodes.find((n) => n.id === id)?.label ?? id ?? '';
  let pathNote: string | null = null;
  if (!plan.current) pathNote = 'The current architecture is not set, so no migration path was worked out.';
  else if (plan.result?.kind === 'same') pathNote = `Already at ${nodeLabel(plan.current)}: nothing to migrate.`;
  else if (plan.result?.kind === 'none') pathNote = `No migration path from ${nodeLabel(plan.current)} to ${nodeLabel(plan.target)} in the graph.`;

  return {
    record: s.record,
    datasetTitle: dataset.title,
    teamSize: s.context.teamSize,
    languages: s.context.languages.map((l) => LANGUAGE[l]),
    answers,
    drivers,
    ranking: ranking.ranked.map((r) => ({ name: v.optionName(r.option), score: r.score, rank: r.rank, tied: r.tied })),
    unrated: ranking.unrated.map((u) => ({ name: v.optionName(u.option), missing: u.missing.map(v.criterionName) })),
    explanation: v.explanation,
    robustness:
      v.sensitivity.reading === 'none' ? null : `${v.sensitivity.reading}${v.sensitivity.margin !== null ? ` (the smallest weight change that changes the leader is ${v.sensitivity.margin.toFixed(1)} of 10)` : ''}.`,
    options,
    quadrant: {
      title: dataset.quadrant.title,
      xLow: axis(s.axes.x, 'x').low,
      xHigh: axis(s.axes.x, 'x').high,
      yLow: axis(s.axes.y, 'y').low,
      yHigh: axis(s.axes.y, 'y').high,
      ...(forces ? { quadrants: dataset.quadrant.quadrants.map((q) => q.name) as [string, string, string, string] } : {}),
      points: plot.points.map((p) => ({ name: v.optionName(p.id), x: p.x, y: p.y })),
    },
    graph: plan.graph,
    path: path
      ? {
          edges: path.edges,
          description: path.nodes.map(nodeLabel).join(' → '),
          steps: path.edges.map((id) => {
            const e = plan.graph.edges.find((x) => x.id === id)!;
            return { title: edgeName(plan.graph, e), steps: e.steps };
          }),
        }
      : null,
    pathNote,
  };
}
