/**
 * A decision snapshot: everything that makes a decision, in one versioned, validated document.
 * Written by `serializeSnapshot`, read by `parseSnapshot` (unknown → migrate → validate).
 */
import { z } from 'zod';
import { GroupSchema } from '../group/participants';
import { checkGraph } from '../graph/validate';
import { DatasetSchema } from '../model/dataset';

export const SNAPSHOT_TYPE = 'architecture-workbench/snapshot';
/** The version this app writes. Older documents are migrated forward (see migrations.ts). */
export const SNAPSHOT_VERSION = 2;

export const DECISION_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;

const position = z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).strict();

/**
 * The team's choice: the ranking's leader (the default, following the ranking as it changes), one
 * option named by id (the team decided on another than the leader), or not decided yet.
 */
export const ChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('leader') }).strict(),
  z.object({ kind: z.literal('option'), option: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('undecided') }).strict(),
]);

export const DecisionRecordSchema = z
  .object({
    title: z.string(),
    status: z.enum(DECISION_STATUSES),
    /** ISO date, YYYY-MM-DD, a day that exists (not 2026-02-30). */
    date: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
    participants: z.array(z.string().trim().min(1)),
    rationale: z.string(),
    /** Since v2 (absent in v1 documents and older saved work: the leader). */
    chosen: ChoiceSchema.default({ kind: 'leader' }),
    /** Since v2: the name of the decision that superseded this one (MADR's "superseded by …"), or null. */
    supersededBy: z.string().trim().min(1).max(200).nullable().default(null),
  })
  .strict();

export const GraphSchema = z
  .object({
    nodes: z.array(
      z
        .object({
          id: z.string().min(1),
          label: z.string().min(1),
          patternId: z.string().nullable(),
          position: z.object({ x: z.number(), y: z.number() }).strict().optional(),
        })
        .strict(),
    ),
    edges: z.array(
      z
        .object({
          id: z.string().min(1),
          from: z.string().min(1),
          to: z.string().min(1),
          label: z.string().nullable(),
          steps: z.array(z.string()),
          effort: z.number().min(0),
          origin: z.enum(['source', 'ours']),
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((graph, ctx) => {
    // The same check as a dataset's migrations: no id twice, no edge to a node the graph lacks.
    for (const p of checkGraph(graph)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });

export const SnapshotSchema = z
  .object({
    type: z.literal(SNAPSHOT_TYPE),
    version: z.literal(SNAPSHOT_VERSION),
    app: z.object({ name: z.string(), version: z.string() }).strict(),
    /** ISO date-time (`toISOString`, or with an offset): anything else is refused, never shown as “Invalid Date”. */
    savedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date-time such as 2026-12-02T09:30:00.000Z' }),
    decision: DecisionRecordSchema,
    dataset: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('builtin'), id: z.string(), hash: z.string() }).strict(),
      z.object({ kind: z.literal('embedded'), fileName: z.string(), dataset: DatasetSchema }).strict(),
    ]),
    weights: z.record(z.string(), z.number().min(0).max(10)),
    context: z
      .object({
        teamSize: z.number().positive(),
        languages: z.array(z.enum(['php', 'go'])),
        answers: z.record(z.string().regex(/^\d+$/), z.string()),
      })
      .strict(),
    overrides: z.record(z.string(), z.record(z.string(), z.string())),
    quadrant: z
      .object({
        positions: z.record(z.string(), position),
        axes: z.object({ x: z.string().min(1), y: z.string().min(1) }).strict(),
      })
      .strict(),
    migration: z
      .object({
        /** null: the dataset's own graph, unedited. */
        graph: GraphSchema.nullable(),
        current: z.string().nullable(),
        target: z.string().nullable(),
      })
      .strict(),
    /** Since v2: the participants, what each entered, and how their weights are aggregated. */
    group: GroupSchema,
  })
  .strict();

export type Snapshot = z.infer<typeof SnapshotSchema>;
export type DecisionRecord = z.infer<typeof DecisionRecordSchema>;
export type Choice = z.infer<typeof ChoiceSchema>;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
