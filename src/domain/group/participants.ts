/**
 * Group input: the participants of a decision and what each of them entered (their own weights,
 * and the option they would pick). Plain data with zod schemas, so a snapshot can carry it; pure
 * edits that return a new group. Untrusted data (a peer of a shared room) is read by
 * `readParticipantInput` / `readGroup` (read-group.ts), which drop and name what is invalid.
 *
 * Keyed maps (inputs by participant id, weights and overrides by criterion id) are objects with a
 * null prototype, and every lookup goes through `ownValue`: an id such as "constructor",
 * "toString" or "__proto__" is an ordinary key, never a member of Object.prototype.
 */
import { z } from 'zod';
import {
  AGGREGATION_METHODS,
  NAME_MAX,
  PARTICIPANT_ID,
  RESERVED_KEY,
  WEIGHT_MAX,
  WEIGHT_MIN,
  keyed,
  type Group,
  type Keyed,
  type Participant,
  type ParticipantInput,
} from './core';
import type { GroupSettings, ParticipantEntry } from './entries';

const toKeyed = <T>(rec: Record<string, T>): Keyed<T> => keyed(Object.entries(rec));

export const WeightSchema = z.number().min(WEIGHT_MIN).max(WEIGHT_MAX);
/**
 * A record read into a null-prototype object. zod's record drops a "__proto__" key without a word;
 * here it is refused and named, so nothing a document holds vanishes silently.
 */
const keyedRecord = <T extends z.ZodType>(value: T) =>
  z
    .preprocess(
      (v, ctx) => {
        if (v !== null && typeof v === 'object' && Object.hasOwn(v, RESERVED_KEY)) {
          ctx.addIssue({ code: 'custom', message: `"${RESERVED_KEY}" cannot be used as a key`, path: [RESERVED_KEY] });
        }
        return v;
      },
      z.record(z.string().min(1), value),
    )
    .transform((r) => toKeyed(r as Record<string, z.infer<T>>));

export const ParticipantSchema = z
  .object({
    id: z
      .string()
      .regex(PARTICIPANT_ID, 'expected an id of letters, digits, _ or - (at most 64)')
      .refine((id) => id !== RESERVED_KEY, `"${RESERVED_KEY}" cannot be a participant id`),
    /** null: added without a name (shown as "Participant N"). */
    name: z.string().trim().min(1).max(NAME_MAX).nullable(),
  })
  .strict();

export const ParticipantInputSchema = z
  .object({
    /** Weight per criterion id, 0–10, as on the sliders; a criterion left out is not counted. */
    weights: keyedRecord(WeightSchema),
    /** The option the participant would pick, or null. */
    pick: z.string().min(1).nullable(),
    /** ISO date-time of the last change (passed in: the domain reads no clock). */
    updatedAt: z.iso.datetime().optional(),
  })
  .strict();

export const GroupSchema = z
  .object({
    participants: z.array(ParticipantSchema).refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, {
      message: 'participant ids must be unique',
    }),
    /** Input per participant id. */
    inputs: keyedRecord(ParticipantInputSchema),
    method: z.enum(AGGREGATION_METHODS),
    /** The facilitator's weight per criterion id, in place of the participants' aggregate. */
    overrides: keyedRecord(WeightSchema),
    /** No names anywhere: on screen, in the record, in exports. */
    anonymous: z.boolean(),
    /** Entries shown to the room (before: each participant sees only their own). */
    revealed: z.boolean(),
  })
  .strict()
  .superRefine((g, ctx) => {
    const ids = new Set(g.participants.map((p) => p.id));
    for (const id of Object.keys(g.inputs)) {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['inputs', id], message: `entry of "${id}", who is not a participant` });
    }
  });

// The schemas read exactly the types the rest of the app uses (a drift fails to compile).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _participant: Same<z.infer<typeof ParticipantSchema>, Participant> = true;
const _input: Same<z.infer<typeof ParticipantInputSchema>, ParticipantInput> = true;
const _group: Same<z.infer<typeof GroupSchema>, Group> = true;
void _participant;
void _input;
void _group;

/** The decision's entry of one participant (entries.ts): what a room's device writes. */
export const ParticipantEntrySchema = z
  .object({
    name: z.string().trim().min(1).max(NAME_MAX).nullable(),
    joined: z.number().finite().min(0),
    weights: keyedRecord(WeightSchema),
    pick: z.string().min(1).max(200).nullable(),
    updatedAt: z.iso.datetime().optional(),
  })
  .strict();

/** Entries by participant id; an id is letters, digits, _ or - (never "__proto__"). */
export const ParticipantEntriesSchema = z
  .preprocess(
    (v, ctx) => {
      if (v !== null && typeof v === 'object' && Object.hasOwn(v, RESERVED_KEY)) {
        ctx.addIssue({ code: 'custom', message: `"${RESERVED_KEY}" cannot be a participant id`, path: [RESERVED_KEY] });
      }
      return v;
    },
    z.record(z.string().regex(PARTICIPANT_ID, 'expected an id of letters, digits, _ or - (at most 64)'), ParticipantEntrySchema),
  )
  .transform((r) => toKeyed(r as Record<string, z.infer<typeof ParticipantEntrySchema>>));

export const GroupSettingsSchema = z
  .object({
    method: z.enum(AGGREGATION_METHODS),
    overrides: keyedRecord(WeightSchema),
    anonymous: z.boolean(),
    revealed: z.boolean(),
  })
  .strict();

const _entry: Same<z.infer<typeof ParticipantEntrySchema>, ParticipantEntry> = true;
const _settings: Same<z.infer<typeof GroupSettingsSchema>, GroupSettings> = true;
void _entry;
void _settings;
