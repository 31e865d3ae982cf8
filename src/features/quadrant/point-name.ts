import type { Position } from '../../domain/quadrant/positions';
import { formatCoordinates, formatScore } from '../../ui/format';

const lead = new WeakMap<Position, { name: string; text: string }>();

/**
 * The accessible name of a point: "Monolith, x 0.30, y 0.20, score 81.4". The part before the score
 * is kept per point (a slider step changes only the score, for up to 1,000 points).
 */
export function pointName(name: string, p: Position, score: number | undefined): string {
  let known = lead.get(p);
  if (known?.name !== name) {
    known = { name, text: `${name}, ${formatCoordinates(p)}, ` };
    lead.set(p, known);
  }
  return `${known.text}${score === undefined ? 'unrated' : `score ${formatScore(score)}`}`;
}
