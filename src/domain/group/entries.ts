/**
 * How the decision holds group input, shaped for a room where many devices write at once: one entry
 * per participant (their name, their place in the list, their weights and pick), so each device
 * writes only its own entry and two people weighing at once never overwrite each other; and the
 * room's settings (method, overrides, anonymous, revealed) in one value the facilitator sets.
 *
 * `toGroup` turns that into the domain's `Group` (ordered participants, inputs by id) that the
 * aggregation, disagreement and export functions read; `fromGroup` goes back (a snapshot's group).
 * No zod here: the first route reads group input.
 */
import {
  type AggregationMethod,
  DEFAULT_AGGREGATION,
  type Group,
  type Keyed,
  type Participant,
  type ParticipantInput,
  keyed,
  ownValue,
} from './core';

export interface ParticipantEntry {
  /** null: no name given (shown as "Participant N"). */
  name: string | null;
  /** Place in the list: entries are shown by `joined`, then by id. */
  joined: number;
  weights: Keyed<number>;
  pick: string | null;
  updatedAt?: string | undefined;
}

export type ParticipantEntries = Keyed<ParticipantEntry>;

export interface GroupSettings {
  method: AggregationMethod;
  overrides: Keyed<number>;
  anonymous: boolean;
  revealed: boolean;
}

export function initialGroupSettings(): GroupSettings {
  return { method: DEFAULT_AGGREGATION, overrides: keyed(), anonymous: false, revealed: false };
}

/** The participants' ids in the list's order. */
export function orderedIds(entries: Readonly<ParticipantEntries>): string[] {
  return Object.keys(entries).sort((a, b) => {
    const d = entries[a]!.joined - entries[b]!.joined;
    return d !== 0 ? d : a < b ? -1 : a > b ? 1 : 0;
  });
}

/** The place for a participant added now: after everyone already listed. */
export function nextJoined(entries: Readonly<ParticipantEntries>): number {
  let max = 0;
  for (const id of Object.keys(entries)) max = Math.max(max, entries[id]!.joined);
  return Math.floor(max) + 1;
}

/** The domain's group from the decision's entries and settings. */
export function toGroup(entries: Readonly<ParticipantEntries>, settings: GroupSettings): Group {
  const participants: Participant[] = [];
  const inputs: [string, ParticipantInput][] = [];
  for (const id of orderedIds(entries)) {
    const e = entries[id]!;
    participants.push({ id, name: e.name });
    const input: ParticipantInput = { weights: e.weights, pick: e.pick };
    if (e.updatedAt !== undefined) input.updatedAt = e.updatedAt;
    inputs.push([id, input]);
  }
  return { participants, inputs: keyed(inputs), ...settings };
}

/** The decision's entries and settings from a group (a snapshot's): the list's order becomes `joined`. */
export function fromGroup(group: Group): { participants: ParticipantEntries; group: GroupSettings } {
  const list: [string, ParticipantEntry][] = group.participants.map((p, i) => {
    const input = ownValue(group.inputs, p.id);
    const entry: ParticipantEntry = {
      name: p.name,
      joined: i + 1,
      weights: keyed(Object.entries(input?.weights ?? {})),
      pick: input?.pick ?? null,
    };
    if (input?.updatedAt !== undefined) entry.updatedAt = input.updatedAt;
    return [p.id, entry];
  });
  const { method, overrides, anonymous, revealed } = group;
  return { participants: keyed(list), group: { method, overrides: keyed(Object.entries(overrides)), anonymous, revealed } };
}

/** Has this participant entered anything (a weight or a pick)? */
export function hasEntered(entry: ParticipantEntry | undefined): boolean {
  return entry !== undefined && (Object.keys(entry.weights).length > 0 || entry.pick !== null);
}

/** A value in an entry that the decision does not use (a criterion or option it does not have). */
export interface UnusedInput {
  participant: string;
  /** Where in the entry: `['weights', criterionId]` or `['pick']`. */
  path: [string] | [string, string];
  message: string;
}

/**
 * What the entries hold that the ranking cannot use, named rather than silently left out: weights
 * for criteria the decision has no slider for (a peer's hostile or stale entry, or entries made
 * before the dataset changed), and picks of options it does not have. Derived, never stored: the
 * entry keeps its values, so switching back to the dataset they were made for uses them again.
 */
export function unusedInput(entries: Readonly<ParticipantEntries>, criteria: readonly string[], options: readonly string[]): UnusedInput[] {
  const known = new Set(criteria);
  const optionSet = new Set(options);
  const out: UnusedInput[] = [];
  for (const id of orderedIds(entries)) {
    const e = entries[id]!;
    for (const criterion of Object.keys(e.weights).sort()) {
      if (!known.has(criterion))
        out.push({ participant: id, path: ['weights', criterion], message: `“${criterion}” is not a criterion of this decision; ignored` });
    }
    if (e.pick !== null && !optionSet.has(e.pick))
      out.push({ participant: id, path: ['pick'], message: `“${e.pick}” is not an option of this decision; ignored` });
  }
  return out;
}
