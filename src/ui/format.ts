/**
 * How the views write scores, coordinates, language names and quadrant axes: one place, so the
 * workbench, the quadrant, the catalog and the report say the same thing the same way.
 * Plain functions of plain data (no React): features and the app import them; the domain and the
 * store may not (the layering check), so the Markdown record keeps its own wording for now.
 */
import type { Quadrant } from '../domain/model/dataset';
import type { AxisId, Position } from '../domain/quadrant/positions';
import type { Language } from '../domain/scoring/decision';
import { formatWeight } from '../domain/group/core';

/** A score in [0, 1] as shown everywhere: out of 100, one decimal ("81.4"). */
export function formatScore(score: number): string {
  return (score * 100).toFixed(1);
}

/** One quadrant coordinate in [0, 1], two decimals ("0.30"). */
export function formatCoordinate(value: number): string {
  return value.toFixed(2);
}

/** A point on the quadrant: "x 0.30, y 0.20". */
export function formatCoordinates(p: Position): string {
  return `x ${formatCoordinate(p.x)}, y ${formatCoordinate(p.y)}`;
}

/** The languages the dataset rates, in the order they are shown. */
export const LANGUAGES: readonly Language[] = ['php', 'go'];

const LANGUAGE_NAME: Readonly<Record<Language, string>> = { php: 'PHP', go: 'Go' };

/** "PHP" for `php`, "Go" for `go`; any other id (a code example's language) as it is. */
export function languageName(id: Language | (string & {})): string {
  return (LANGUAGE_NAME as Readonly<Record<string, string>>)[id] ?? id;
}

export interface AxisLabel {
  /** What the low end means ("Internal Complexity", "Scalability fit: poor"). */
  low: string;
  /** What the high end means ("External Complexity", "good"). */
  high: string;
  /** The axis in a few words, for a column heading or a picker ("Scalability fit"). */
  title: string;
}

/**
 * The words for one axis of the quadrant: the source's force for that direction, or an option's fit
 * on a criterion (`criterionName` names it).
 */
export function axisLabel(
  quadrant: Pick<Quadrant, 'xAxis' | 'yAxis'>,
  axis: AxisId,
  dim: 'x' | 'y',
  criterionName: (id: string) => string,
): AxisLabel {
  if (axis === 'forces') {
    const force = dim === 'x' ? quadrant.xAxis : quadrant.yAxis;
    return { low: force.low, high: force.high, title: axisRange(force) };
  }
  const name = criterionName(axis);
  return { low: `${name} fit: poor`, high: 'good', title: `${name} fit` };
}

/** An axis from its low to its high end: "Internal Complexity → External Complexity". */
export function axisRange(axis: { low: string; high: string }): string {
  return `${axis.low} → ${axis.high}`;
}

/**
 * What a weight slider says to a screen reader: its value of 10, and what the team's context makes it
 * count for ("5 of 10, counts ×2", "5 of 10, no effect"). The workbench's sliders and the Priorities
 * slide say it the same way.
 */
export function weightValueText(value: number, factor: number): string {
  return `${formatWeight(value)} of 10${factor === 0 ? ', no effect' : factor !== 1 ? `, counts ×${factor}` : ''}`;
}
