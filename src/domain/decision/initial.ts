/**
 * The decision before anyone has touched it. Typed against the schema (decision-state.ts), so a key
 * added there fails to compile here until it has an initial value; the list of the decision's keys is
 * taken from this object. No zod at run time: the store loads this on the first route.
 */
import { keyed } from '../group/core';
import { initialGroupSettings } from '../group/entries';
import { SOURCE_AXES } from '../quadrant/positions';
import { DEFAULT_CONTEXT } from '../scoring/decision';
import type { DecisionKey, DecisionState } from './decision-state';

export const DEFAULT_DECISION_TITLE = 'How should we structure our backend?';

/** `today` is the record's date, YYYY-MM-DD (passed in: no clock in the domain). */
export function initialDecision(today: string): DecisionState {
  return {
    weights: {},
    context: { ...DEFAULT_CONTEXT, languages: [...DEFAULT_CONTEXT.languages], answers: {} },
    overrides: {},
    positions: {},
    axes: { ...SOURCE_AXES },
    graphEdits: {},
    migrationCurrent: null,
    migrationTarget: null,
    record: {
      title: DEFAULT_DECISION_TITLE,
      status: 'proposed',
      date: today,
      participants: [],
      rationale: '',
      chosen: { kind: 'leader' },
      supersededBy: null,
    },
    participants: keyed(),
    group: initialGroupSettings(),
  };
}

/** Every key of the decision, in one list (from the initial value, which the compiler keeps complete). */
export const DECISION_KEYS = Object.keys(initialDecision('1970-01-01')) as readonly DecisionKey[];

/** The decision's part of a bigger state (the store's), key by key. */
export function pickDecision(state: DecisionState): DecisionState {
  const out: Record<string, unknown> = {};
  for (const key of DECISION_KEYS) out[key] = state[key];
  return out as DecisionState;
}

/** True when two states hold the same decision (the same value objects, key by key). */
export function sameDecision(a: DecisionState, b: DecisionState): boolean {
  return DECISION_KEYS.every((key) => a[key] === b[key]);
}

/** The record's date for a moment: YYYY-MM-DD in UTC. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
