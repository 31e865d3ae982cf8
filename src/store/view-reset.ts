/**
 * Each view's part of the decision, and putting that part back as it was before anyone touched it:
 * the way out of a view that a saved state makes crash, short of losing the whole decision.
 * One state update, so one Undo takes it back.
 */
import { initialDecision, isoDay } from '../domain/decision/initial';
import type { DecisionState } from '../domain/decision/decision-state';
import { datasetKeyOf } from './graph-selectors';
import type { AppState, AppStore } from './store';

export type ViewPart = 'workbench' | 'group' | 'forces' | 'migration' | 'record';

export const VIEW_PARTS: Record<ViewPart, { label: string; done: string }> = {
  workbench: { label: 'Reset weights, team answers and ratings', done: 'Weights, team answers and ratings are back to the dataset’s.' },
  group: { label: 'Clear the group input', done: 'Participants, their entries and the room’s settings are cleared.' },
  forces: { label: 'Reset positions and axes', done: 'Quadrant positions and axes are back to the source’s.' },
  migration: { label: 'Reset the migration graph', done: 'The migration graph, where you are and the target are back to the source’s.' },
  record: { label: 'Reset the decision record', done: 'Title, status, date, participants and rationale are back to a new record’s.' },
};

function resetPart(s: AppState, part: ViewPart, today: string): Partial<DecisionState> {
  const initial = initialDecision(today);
  switch (part) {
    case 'workbench':
      return { weights: initial.weights, context: initial.context, overrides: initial.overrides };
    case 'group':
      return { participants: initial.participants, group: initial.group };
    case 'forces':
      return { positions: initial.positions, axes: initial.axes };
    case 'migration': {
      const graphEdits = { ...s.graphEdits };
      delete graphEdits[datasetKeyOf(s)];
      return { graphEdits, migrationCurrent: null, migrationTarget: null };
    }
    case 'record':
      return { record: initial.record };
  }
}

/** Puts a view's part of the decision back to its initial value, with an Undo toast. */
export function resetViewPart(store: AppStore, part: ViewPart, now: number = Date.now()): void {
  store.setState((s) => ({
    ...resetPart(s, part, isoDay(now)),
    selectedOption: null,
    toast: { message: VIEW_PARTS[part].done, undo: true },
  }));
}

export const DECISION_RESET = {
  label: 'Reset the decision',
  done: 'The decision is back to a new one: weights, team answers, ratings, positions, the graph and the record.',
};

/**
 * Puts the whole decision back to a new one (the dataset in use stays), with an Undo toast: the last
 * way out when a state breaks the app's frame itself rather than one view. One Undo takes it back.
 */
export function resetDecision(store: AppStore, now: number = Date.now()): void {
  store.setState(() => ({ ...initialDecision(isoDay(now)), selectedOption: null, toast: { message: DECISION_RESET.done, undo: true } }));
}
