import type { Position } from '../../domain/quadrant/positions';

export function formatCoordinates(p: Position): string {
  return `x ${p.x.toFixed(2)}, y ${p.y.toFixed(2)}`;
}

/** The accessible name of a point: "Monolith, x 0.30, y 0.20, score 81.4". */
export function pointName(name: string, p: Position, score: number | undefined): string {
  return `${name}, ${formatCoordinates(p)}, ${score === undefined ? 'unrated' : `score ${(score * 100).toFixed(1)}`}`;
}
