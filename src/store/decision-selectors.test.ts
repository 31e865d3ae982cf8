import { afterEach, describe, expect, it } from 'vitest';
import { sensitivity } from '../domain/scoring/sensitivity';
import { selectDecisionView } from './decision-selectors';
import { createAppStore, type AppStore } from './store';

const made: AppStore[] = [];
afterEach(() => {
  for (const store of made.splice(0)) store.dispose();
});

describe('the decision view', () => {
  it('works out the flip points and the explanation once per change, when they are read, and they follow the weights', () => {
    const store = createAppStore();
    made.push(store);
    const view = selectDecisionView(store.getState());
    const flips = view.sensitivity;
    // Read twice: the same answer, not a second computation.
    expect(view.sensitivity).toBe(flips);
    expect(flips).toEqual(sensitivity(view.decision.matrix, view.decision.weights, view.ranking, { factors: view.decision.factors }));
    expect(view.explanation).toMatch(/^Serverless leads Modular Monolith because of /);
    expect(selectDecisionView(store.getState())).toBe(view);

    store.getState().setWeight('compliance-security', 10);
    const next = selectDecisionView(store.getState());
    expect(next).not.toBe(view);
    expect(next.sensitivity.leader).toBe(next.ranking.ranked[0]?.option);
    expect(next.sensitivity.leader).not.toBe(flips.leader);
    expect(next.explanation).toMatch(/^Modular Monolith leads Monolith because of /);
  });
});
