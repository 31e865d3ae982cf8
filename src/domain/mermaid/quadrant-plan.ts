/** Quadrant points read from Mermaid → option positions on the source's forces chart. */
import type { Dataset } from '../model/dataset';
import type { Position } from '../quadrant/positions';
import { decisionOptions, optionLabel } from '../scoring/decision';
import { normaliseName, patternMatcher } from './names';
import { show, type MermaidProblem } from './problem';
import { POINT_HELP, type AxisRead, type QuadrantChartRead } from './quadrant-reader';

export interface QuadrantPlan {
  /** New positions per option (pattern id), in the order of the pasted points. */
  moves: { option: string; name: string; position: Position; line: number }[];
}

/** The options that can sit on the forces chart: the ranked ones and those the source places. */
function placeableOptions(ds: Dataset): string[] {
  return [...new Set([...decisionOptions(ds), ...ds.quadrant.points.map((p) => p.patternId)])];
}

/** Quadrant points → option positions. Any point that names no option fails the whole import. */
export function planQuadrantImport(
  ds: Dataset,
  chart: QuadrantChartRead,
): { ok: true; plan: QuadrantPlan } | { ok: false; problems: MermaidProblem[] } {
  const problems: MermaidProblem[] = [];
  const placeable = placeableOptions(ds);
  const canPlace = new Set(placeable);
  const matchPattern = patternMatcher(ds);
  const known = placeable.map((id) => optionLabel(ds, id)).join(', ');
  const axes: [AxisRead | null, { low: string; high: string }, string][] = [
    [chart.xAxis, ds.quadrant.xAxis, 'x'],
    [chart.yAxis, ds.quadrant.yAxis, 'y'],
  ];
  for (const [read, expected, dim] of axes) {
    if (!read) continue;
    const same =
      normaliseName(read.low) === normaliseName(expected.low) &&
      (read.high === null || normaliseName(read.high) === normaliseName(expected.high));
    if (!same) {
      problems.push({
        line: read.line,
        message: `the ${dim}-axis is ${show(`${read.low}${read.high ? ` --> ${read.high}` : ''}`)}, not the source’s force (\`${expected.low} --> ${expected.high}\`): only positions on ${ds.quadrant.title} can be imported`,
      });
    }
  }
  const moves: QuadrantPlan['moves'] = [];
  const seen = new Map<string, number>();
  for (const p of chart.points) {
    const id = matchPattern(p.name);
    if (!id || !canPlace.has(id)) {
      problems.push({
        line: p.line,
        message: id
          ? `${optionLabel(ds, id)} is not an option on the forces chart (options: ${known})`
          : `“${p.name}” names no option of the dataset (known: ${known})`,
      });
      continue;
    }
    const before = seen.get(id);
    if (before !== undefined) {
      problems.push({ line: p.line, message: `${optionLabel(ds, id)} is placed twice (also on line ${before})` });
      continue;
    }
    seen.set(id, p.line);
    moves.push({ option: id, name: optionLabel(ds, id), position: { x: p.x, y: p.y }, line: p.line });
  }
  if (problems.length) return { ok: false, problems };
  if (moves.length === 0)
    return { ok: false, problems: [{ line: chart.line, message: `this quadrantChart has no points (${POINT_HELP})` }] };
  return { ok: true, plan: { moves } };
}
