import type { Position } from '../../domain/quadrant/positions';
import { formatCoordinates, formatScore } from '../../ui/format';

/** The accessible name of a point: "Monolith, x 0.30, y 0.20, score 81.4". */
export function pointName(name: string, p: Position, score: number | undefined): string {
  return `${name}, ${formatCoordinates(p)}, ${score === undefined ? 'unrated' : `score ${formatScore(score)}`}`;
}
