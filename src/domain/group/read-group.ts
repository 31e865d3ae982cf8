/**
 * Reading group input from an untrusted source (a peer's entries in a shared room document).
 * Unlike a snapshot, which is refused whole when anything is wrong, a room keeps going: what is
 * valid is kept, what is not is dropped and named (who, which field, what was there). Never
 * throws, whatever the value: strings, NaN, 1e9, arrays, objects with odd keys
 * ("__proto__", "constructor"), getters that throw.
 */
import { formatPath, type DatasetProblem } from '../model/problem';
import {
  AGGREGATION_METHODS,
  DEFAULT_AGGREGATION,
  NAME_MAX,
  PARTICIPANT_ID,
  RESERVED_KEY,
  WEIGHT_MAX,
  WEIGHT_MIN,
  keyed,
  type AggregationMethod,
  type Group,
  type Participant,
  type ParticipantInput,
} from './core';

export interface GroupProblem extends DatasetProblem {
  /** The participant id the problem belongs to, or null for the group itself. */
  participant: string | null;
}

export interface ReadResult<T> {
  value: T;
  problems: GroupProblem[];
}

export interface ReadOptions {
  /** The option ids a pick may name; without it any non-empty id is kept. */
  options?: readonly string[];
}

/** At most this many problems are listed per participant; a last one says how many more. */
export const MAX_PROBLEMS_PER_PARTICIPANT = 20;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A value in words for a message, without calling anything on it (no toString of a hostile object). */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return 'a list';
  return `a value of type ${typeof v}`;
}

/** Why a weight is not one, or null when it is one. */
export function weightError(v: unknown): string | null {
  if (typeof v !== 'number') return `${describeValue(v)} is not a number`;
  if (!Number.isFinite(v)) return `${describeValue(v)} is not a finite number`;
  if (v < WEIGHT_MIN) return `${v} is below ${WEIGHT_MIN}`;
  if (v > WEIGHT_MAX) return `${v} is above ${WEIGHT_MAX}`;
  return null;
}

class Problems {
  readonly list: GroupProblem[] = [];
  private dropped = 0;
  constructor(
    private readonly participant: string | null,
    private readonly base: (string | number)[],
  ) {}
  add(path: (string | number)[], message: string) {
    if (this.list.length < MAX_PROBLEMS_PER_PARTICIPANT) {
      this.list.push({ participant: this.participant, path: formatPath([...this.base, ...path]), message });
    } else this.dropped++;
  }
  done(): GroupProblem[] {
    if (this.dropped > 0) {
      this.list.push({
        participant: this.participant,
        path: formatPath(this.base),
        message: `and ${this.dropped} more problems, not listed`,
      });
      this.dropped = 0;
    }
    return this.list;
  }
}

/** Weights by criterion: valid ones kept (in a null-prototype record), the others named. */
function readWeights(raw: unknown, criteria: ReadonlySet<string>, problems: Problems, path: string[]): Record<string, number> {
  const out: [string, number][] = [];
  if (raw === undefined) return keyed();
  if (!isRecord(raw)) {
    problems.add(path, `expected weights by criterion, found ${describeValue(raw)}; ignored`);
    return keyed();
  }
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (!criteria.has(key)) problems.add([...path, key], `"${key}" is not a criterion of this decision; ignored`);
    else {
      const error = weightError(value);
      if (error) problems.add([...path, key], `weight ${error}; ignored`);
      else out.push([key, value as number]);
    }
  }
  return keyed(out);
}

const INPUT_FIELDS = new Set(['weights', 'pick', 'updatedAt']);

/**
 * One participant's input from untrusted data. `criteria` are the criterion ids a participant
 * weighs (the sliders'); `participant` names whose input it is in the problems.
 */
export function readParticipantInput(
  raw: unknown,
  criteria: readonly string[],
  { participant = null, options }: ReadOptions & { participant?: string | null } = {},
): ReadResult<ParticipantInput> {
  const problems = new Problems(participant, participant === null ? [] : ['inputs', participant]);
  const value: ParticipantInput = { weights: keyed(), pick: null };
  try {
    if (!isRecord(raw)) {
      problems.add([], `expected an entry (weights and pick), found ${describeValue(raw)}; ignored`);
      return { value, problems: problems.done() };
    }
    for (const key of Object.keys(raw)) if (!INPUT_FIELDS.has(key)) problems.add([key], 'unknown field; ignored');
    value.weights = readWeights(raw.weights, new Set(criteria), problems, ['weights']);
    const pick = raw.pick;
    if (typeof pick === 'string' && pick.length > 0 && (options === undefined || options.includes(pick))) value.pick = pick;
    else if (pick !== undefined && pick !== null)
      problems.add(['pick'], `${describeValue(pick)} is not an option of this decision; ignored`);
    const at = raw.updatedAt;
    if (typeof at === 'string' && at.length <= 40 && !Number.isNaN(Date.parse(at))) value.updatedAt = at;
    else if (at !== undefined) problems.add(['updatedAt'], `${describeValue(at)} is not a date-time; ignored`);
  } catch {
    problems.add([], 'could not be read; ignored');
  }
  return { value, problems: problems.done() };
}

function readParticipant(raw: unknown, index: number, seen: Set<string>, problems: GroupProblem[]): Participant | null {
  const at = formatPath(['participants', index]);
  const fail = (participant: string | null, message: string) => {
    problems.push({ participant, path: at, message });
    return null;
  };
  if (!isRecord(raw)) return fail(null, `expected a participant, found ${describeValue(raw)}; ignored`);
  const { id, name } = raw;
  if (typeof id !== 'string' || !PARTICIPANT_ID.test(id) || id === RESERVED_KEY) {
    return fail(null, `participant id ${describeValue(id)} is not valid (letters, digits, _ or -, at most 64); ignored`);
  }
  if (seen.has(id)) return fail(id, `participant "${id}" is listed twice; the first is kept`);
  seen.add(id);
  if (name === null || name === undefined) return { id, name: null };
  if (typeof name === 'string' && name.trim().length > 0) {
    if (name.trim().length > NAME_MAX)
      problems.push({ participant: id, path: `${at}.name`, message: `name cut to ${NAME_MAX} characters` });
    return { id, name: name.trim().slice(0, NAME_MAX) };
  }
  problems.push({ participant: id, path: `${at}.name`, message: `name ${describeValue(name)} is not text; shown without a name` });
  return { id, name: null };
}

function readFlag(raw: Record<string, unknown>, key: 'anonymous' | 'revealed', problems: GroupProblem[]): boolean {
  const v = raw[key];
  if (typeof v === 'boolean') return v;
  if (v !== undefined) problems.push({ participant: null, path: key, message: `${describeValue(v)} is not true or false; read as false` });
  return false;
}

/** A whole group section from untrusted data (a room document): the valid parts, and the rest named. */
export function readGroup(raw: unknown, criteria: readonly string[], readOptions: ReadOptions = {}): ReadResult<Group> {
  const problems: GroupProblem[] = [];
  const group: Group = {
    participants: [],
    inputs: keyed(),
    method: DEFAULT_AGGREGATION,
    overrides: keyed(),
    anonymous: false,
    revealed: false,
  };
  try {
    if (!isRecord(raw)) {
      problems.push({ participant: null, path: '', message: `expected a group, found ${describeValue(raw)}` });
      return { value: group, problems };
    }
    const seen = new Set<string>();
    if (Array.isArray(raw.participants)) {
      raw.participants.forEach((p, i) => {
        const read = readParticipant(p, i, seen, problems);
        if (read) group.participants.push(read);
      });
    } else if (raw.participants !== undefined) {
      problems.push({ participant: null, path: 'participants', message: `expected a list, found ${describeValue(raw.participants)}` });
    }
    const inputs: [string, ParticipantInput][] = [];
    if (isRecord(raw.inputs)) {
      for (const id of Object.keys(raw.inputs)) {
        if (!seen.has(id)) {
          problems.push({
            participant: null,
            path: formatPath(['inputs', id]),
            message: `entry of "${id.slice(0, 64)}", who is not a participant; ignored`,
          });
          continue;
        }
        const read = readParticipantInput(raw.inputs[id], criteria, { participant: id, ...readOptions });
        inputs.push([id, read.value]);
        problems.push(...read.problems);
      }
    } else if (raw.inputs !== undefined) {
      problems.push({ participant: null, path: 'inputs', message: `expected entries by participant, found ${describeValue(raw.inputs)}` });
    }
    group.inputs = keyed(inputs);
    const overrides = new Problems(null, []);
    group.overrides = readWeights(raw.overrides, new Set(criteria), overrides, ['overrides']);
    problems.push(...overrides.done());
    if (AGGREGATION_METHODS.includes(raw.method as AggregationMethod)) group.method = raw.method as AggregationMethod;
    else if (raw.method !== undefined) {
      problems.push({
        participant: null,
        path: 'method',
        message: `${describeValue(raw.method)} is not an aggregation method; ${DEFAULT_AGGREGATION} is used`,
      });
    }
    group.anonymous = readFlag(raw, 'anonymous', problems);
    group.revealed = readFlag(raw, 'revealed', problems);
  } catch {
    problems.push({ participant: null, path: '', message: 'the group could not be read whole; what was read is kept' });
  }
  return { value: group, problems };
}
