/**
 * The one schema of the decision: everything a team decides, key by key. The store's saved part, the
 * autosave reader, snapshot capture and apply, reset and undo are all derived from this table, so a
 * field added here (and given its initial value in initial.ts, which the compiler demands) is saved,
 * exported, reset and undone with no other edit.
 *
 * Only the reader of saved data and the snapshot reader import this file at run time (it brings zod);
 * the store imports its types only, so a first visit does not load the schema library.
 */
import { z } from 'zod';
import { GroupSettingsSchema, ParticipantEntriesSchema } from '../group/participants';
import { DecisionRecordSchema, GraphSchema } from '../snapshot/snapshot';

const position = z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) });
const nodeId = z.string().nullable();

/** One row per key of the decision: its check, and how to name it to a person when it does not read. */
export const DECISION_FIELDS = {
  weights: { label: 'weights', schema: z.record(z.string(), z.number().min(0).max(10)) },
  context: {
    label: 'team context',
    schema: z.object({
      teamSize: z.number().positive(),
      languages: z.array(z.enum(['php', 'go'])),
      answers: z.record(z.string().regex(/^\d+$/), z.string()),
    }),
  },
  overrides: { label: 'rating overrides', schema: z.record(z.string(), z.record(z.string(), z.string())) },
  positions: { label: 'quadrant positions', schema: z.record(z.string(), position) },
  axes: { label: 'quadrant axes', schema: z.object({ x: z.string().min(1), y: z.string().min(1) }) },
  graphEdits: { label: 'migration graph edits', schema: z.record(z.string(), GraphSchema) },
  migrationCurrent: { label: 'where you are (migration)', schema: nodeId },
  migrationTarget: { label: 'migration target', schema: nodeId },
  record: { label: 'decision record', schema: DecisionRecordSchema },
  participants: { label: "participants' entries", schema: ParticipantEntriesSchema },
  group: { label: 'group settings (aggregation, anonymity, reveal)', schema: GroupSettingsSchema },
} as const;

type Fields = typeof DECISION_FIELDS;

/** The decision, as the store holds it. */
export type DecisionState = { -readonly [K in keyof Fields]: z.infer<Fields[K]['schema']> };
export type DecisionKey = keyof DecisionState;

export interface DecisionRead {
  /** Every key that read; keys that did not are left out (the caller keeps its own value). */
  value: Partial<DecisionState>;
  /** Labels of the keys that did not read, for the person. */
  unreadable: string[];
}

/** Checks each key of a saved or received decision on its own: one broken part does not lose the rest. */
export function readDecision(input: Record<string, unknown>): DecisionRead {
  const value: Record<string, unknown> = {};
  const unreadable: string[] = [];
  for (const key of Object.keys(DECISION_FIELDS) as DecisionKey[]) {
    if (!Object.hasOwn(input, key) || input[key] === undefined) continue;
    const read = DECISION_FIELDS[key].schema.safeParse(input[key]);
    if (read.success) value[key] = read.data;
    else unreadable.push(DECISION_FIELDS[key].label);
  }
  return { value: value as Partial<DecisionState>, unreadable };
}
