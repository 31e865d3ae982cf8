/** What the exported images show, from the decision in use (the SVG itself is written by src/domain/image). */
import type { GraphImage } from '../domain/image/graph-svg';
import type { QuadrantImage } from '../domain/image/quadrant-svg';
import type { MigrationGraph } from '../domain/graph/graph';
import { plotPoints } from '../domain/quadrant/positions';
import { decisionOptions } from '../domain/scoring/decision';
import { selectDecisionView } from './decision-selectors';
import type { AppState } from './store';

const subtitleOf = (s: AppState) => `${s.record.title || 'Architecture decision'} · ${s.record.date}`;

export function selectQuadrantImage(s: AppState): QuadrantImage {
  const { dataset, decision, ranking, optionName, criterionName } = selectDecisionView(s);
  const plot = plotPoints(dataset, decisionOptions(dataset), decision.matrix, s.positions, s.axes, criterionName);
  const scores = new Map(ranking.ranked.map((r) => [r.option, r.score]));
  const leader = ranking.ranked[0]?.option;
  const axis = (a: string, dim: 'x' | 'y') => {
    if (a === 'forces') return dim === 'x' ? dataset.quadrant.xAxis : dataset.quadrant.yAxis;
    return { low: `${criterionName(a)} fit: poor`, high: 'good' };
  };
  const forces = s.axes.x === 'forces' && s.axes.y === 'forces';
  const name = (n: number) => dataset.quadrant.quadrants.find((q) => q.number === n)?.name ?? '';
  const missing = plot.missing.map((m) => optionName(m.id));
  return {
    title: dataset.quadrant.title,
    subtitle: subtitleOf(s),
    axes: { x: axis(s.axes.x, 'x'), y: axis(s.axes.y, 'y') },
    quadrants: forces ? [name(1), name(2), name(3), name(4)] : null,
    points: plot.points.map((p) => ({ ...p, name: optionName(p.id), score: scores.get(p.id), leader: p.id === leader })),
    note: `Size and colour: each option’s score with the team’s weights (larger, darker = better fit)${
      missing.length ? ` · not plotted: ${missing.join(', ')}` : ''
    }`,
  };
}

/** The graph image for the path the migration view shows (its edges in order). */
export function selectGraphImage(
  s: AppState,
  shown: { graph: MigrationGraph; current: string | null; target: string | null; pathEdges: readonly string[] },
): GraphImage {
  const label = (id: string) => shown.graph.nodes.find((n) => n.id === id)?.label ?? id;
  const edges = shown.pathEdges.flatMap((id) => shown.graph.edges.filter((e) => e.id === id));
  const title = edges.length ? `Migration path: ${[edges[0]!.from, ...edges.map((e) => e.to)].map(label).join(' → ')}` : 'Migration graph';
  return { ...shown, title, subtitle: subtitleOf(s) };
}
