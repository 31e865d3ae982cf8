/**
 * Group input without the schema library: the types, constants and pure edits that the first route
 * (the ranking with the room's weights) needs. The zod schemas that read a group from a file live in
 * participants.ts, which re-exports all of this.
 *
 * Keyed maps (inputs by participant id, weights and overrides by criterion id) are objects with a
 * null prototype, and every lookup goes through `ownValue`: an id such as "constructor",
 * "toString" or "__proto__" is an ordinary key, never a member of Object.prototype.
 */
import { keyedRecord, own } from '../own';

export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 10;

export const AGGREGATION_METHODS = ['geometric', 'median', 'mean'] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];
export const DEFAULT_AGGREGATION: AggregationMethod = 'geometric';

/** Letters, digits, `_` and `-`, at most 64: what the app makes (random) and what a peer may send. */
export const PARTICIPANT_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const NAME_MAX = 80;

/** A record whose keys are data, not members: no prototype, so `rec['constructor']` is undefined. */
export type Keyed<T> = Record<string, T>;

/** The domain's own-key helpers (src/domain/own.ts), under the names group input has used. */
export const keyed = keyedRecord;
export const ownValue = own;

/** Reserved: assigning it would set an object's prototype, so a document may not use it as a key. */
export const RESERVED_KEY = '__proto__';

export interface Participant {
  id: string;
  /** null: added without a name (shown as "Participant N"). */
  name: string | null;
}

export interface ParticipantInput {
  /** Weight per criterion id, 0–10, as on the sliders; a criterion left out is not counted. */
  weights: Keyed<number>;
  /** The option the participant would pick, or null. */
  pick: string | null;
  /** ISO date-time of the last change (passed in: the domain reads no clock). */
  updatedAt?: string | undefined;
}

export interface Group {
  participants: Participant[];
  /** Input per participant id. */
  inputs: Keyed<ParticipantInput>;
  method: AggregationMethod;
  /** The facilitator's weight per criterion id, in place of the participants' aggregate. */
  overrides: Keyed<number>;
  /** No names anywhere: on screen, in the record, in exports. */
  anonymous: boolean;
  /** Entries shown to the room (before: each participant sees only their own). */
  revealed: boolean;
}

export function emptyGroup(anonymous = false): Group {
  return { participants: [], inputs: keyed(), method: DEFAULT_AGGREGATION, overrides: keyed(), anonymous, revealed: false };
}

export function emptyInput(): ParticipantInput {
  return { weights: keyed(), pick: null };
}

/** Adds a participant (id made by the caller); an id already there changes nothing. */
export function addParticipant(group: Group, participant: Participant): Group {
  if (group.participants.some((p) => p.id === participant.id)) return group;
  return { ...group, participants: [...group.participants, participant] };
}

/** Removes a participant and their input (the facilitator's "remove entry"). */
export function removeParticipant(group: Group, id: string): Group {
  return {
    ...group,
    participants: group.participants.filter((p) => p.id !== id),
    inputs: keyed(Object.entries(group.inputs).filter(([k]) => k !== id)),
  };
}

export function setInput(group: Group, id: string, input: ParticipantInput): Group {
  if (!group.participants.some((p) => p.id === id)) return group;
  return { ...group, inputs: keyed([...Object.entries(group.inputs).filter(([k]) => k !== id), [id, input]]) };
}

/** One participant's weight for one criterion; out-of-range values clamp to the slider's range. */
export function setWeight(input: ParticipantInput, criterion: string, value: number): ParticipantInput {
  const v = Number.isFinite(value) ? Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, value)) : WEIGHT_MIN;
  return { ...input, weights: keyed([...Object.entries(input.weights).filter(([k]) => k !== criterion), [criterion, v]]) };
}

export function setOverride(group: Group, criterion: string, value: number | null): Group {
  const rest = Object.entries(group.overrides).filter(([k]) => k !== criterion);
  if (value === null || !Number.isFinite(value)) return { ...group, overrides: keyed(rest) };
  return { ...group, overrides: keyed([...rest, [criterion, Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, value))]]) };
}

/**
 * The participants who have entered something, in the group's order, with their input: only ids
 * in `participants` count (an input left by a removed participant is not read).
 */
export function entries(group: Pick<Group, 'participants' | 'inputs'>): { participant: Participant; input: ParticipantInput }[] {
  const out: { participant: Participant; input: ParticipantInput }[] = [];
  for (const participant of group.participants) {
    const input = ownValue(group.inputs, participant.id);
    if (input) out.push({ participant, input });
  }
  return out;
}

/** A weight as people read it, one decimal at most: 4.25 → "4.3", 5 → "5". */
export const formatWeight = (n: number) => String(Number(n.toFixed(1)));
