import { afterEach, describe, expect, it } from 'vitest';
import { selectQuadrant } from './quadrant-selectors';
import { createAppStore, type AppStore } from './store';

const made: AppStore[] = [];
afterEach(() => {
  for (const store of made.splice(0)) store.dispose();
});

describe('the quadrant', () => {
  it('keeps its points through a weight change, with the new scores, and moves them when a point is placed', () => {
    const store = createAppStore();
    made.push(store);
    const before = selectQuadrant(store.getState());
    const score = before.scores.get('modular-monolith');

    store.getState().setWeight('compliance-security', 10);
    const after = selectQuadrant(store.getState());
    // A weight changes the scores, not where the points are: the same points, not made again.
    expect(after.points).toBe(before.points);
    expect(after.scores.get('modular-monolith')).not.toBe(score);
    expect(after.scores.get('modular-monolith')).toBe(after.view.ranking.ranked.find((r) => r.option === 'modular-monolith')?.score);

    store.getState().placeOption('monolith', { x: 0.9, y: 0.1 });
    const placed = selectQuadrant(store.getState());
    expect(placed.points).not.toBe(before.points);
    expect(placed.points.find((p) => p.id === 'monolith')).toMatchObject({ x: 0.9, y: 0.1 });
  });
});
