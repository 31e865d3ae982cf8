/**
 * The one application store, made of typed slices.
 *
 * What is kept where (implemented by `partialize` below):
 * | state       | saved in this browser | in an export | session only |
 * |-------------|-----------------------|--------------|--------------|
 * | custom      | yes                   | yes    |              |
 * | weights     | yes                   | yes    |              |
 * | context     | yes                   | yes    |              |
 * | overrides   | yes                   | yes    |              |
 * | positions, axes | yes               | yes    |              |
 * | graphEdits, migrationCurrent, migrationTarget | yes | yes |   |
 * | record (title, status, date, participants, rationale) | yes | yes |  |
 * | undo history of graphEdits (zundo) |  |              | yes          |
 * | datasetNotice, snapshotNotice, compareIds, selectedOption | | | yes |
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createCompareSlice, type CompareSlice } from './compare-slice';
import { createDatasetSlice, type DatasetSlice } from './dataset-slice';
import { createDecisionSlice, type DecisionSlice } from './decision-slice';
import { createQuadrantSlice, type QuadrantSlice } from './quadrant-slice';
import { createGraphSlice, type GraphSlice } from './graph-slice';
import { createRecordSlice, initialRecord, type RecordSlice } from './record-slice';
import { createSnapshotSlice, type SnapshotSlice } from './snapshot-slice';
import { DecisionRecordSchema } from '../domain/snapshot/snapshot';
import { temporal } from 'zundo';
import { SOURCE_AXES } from '../domain/quadrant/positions';
import { z } from 'zod';
import { DEFAULT_CONTEXT } from '../domain/scoring/decision';
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import { validateDataset } from '../domain/model/parse-dataset';
import type { Dataset } from '../domain/model/dataset';

export type AppState = DatasetSlice & CompareSlice & DecisionSlice & QuadrantSlice & GraphSlice & RecordSlice & SnapshotSlice;

export const STORAGE_KEY = 'architecture-workbench';

type Persisted = Pick<
  AppState,
  'custom' | 'weights' | 'context' | 'overrides' | 'positions' | 'axes' | 'graphEdits' | 'migrationCurrent' | 'migrationTarget' | 'record'
>;

/** Saved decision state, each part kept only where it still has the right shape (saved state is input too). */
const SavedDecision = {
  weights: z.record(z.string(), z.number().min(0).max(10)),
  context: z.object({
    teamSize: z.number().positive(),
    languages: z.array(z.enum(['php', 'go'])),
    answers: z.record(z.string().regex(/^\d+$/), z.string()),
  }),
  overrides: z.record(z.string(), z.record(z.string(), z.string())),
  positions: z.record(z.string(), z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) })),
  axes: z.object({ x: z.string().min(1), y: z.string().min(1) }),
  graphEdits: z.record(
    z.string(),
    z.object({
      nodes: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          patternId: z.string().nullable(),
          position: z.object({ x: z.number(), y: z.number() }).optional(),
        }),
      ),
      edges: z.array(
        z.object({
          id: z.string(),
          from: z.string(),
          to: z.string(),
          label: z.string().nullable(),
          steps: z.array(z.string()),
          effort: z.number().min(0),
          origin: z.enum(['source', 'ours']),
        }),
      ),
    }),
  ),
  nodeId: z.string().nullable(),
};

function pickDecision(saved: Partial<Persisted>): Partial<Persisted> {
  const out: Partial<Persisted> = {};
  const weights = SavedDecision.weights.safeParse(saved.weights);
  if (weights.success) out.weights = weights.data;
  const context = SavedDecision.context.safeParse(saved.context);
  if (context.success) out.context = context.data;
  const overrides = SavedDecision.overrides.safeParse(saved.overrides);
  if (overrides.success) out.overrides = overrides.data;
  const positions = SavedDecision.positions.safeParse(saved.positions);
  if (positions.success) out.positions = positions.data;
  const axes = SavedDecision.axes.safeParse(saved.axes);
  if (axes.success) out.axes = axes.data;
  const graphEdits = SavedDecision.graphEdits.safeParse(saved.graphEdits);
  if (graphEdits.success) out.graphEdits = graphEdits.data;
  const current = SavedDecision.nodeId.safeParse(saved.migrationCurrent);
  if (current.success) out.migrationCurrent = current.data;
  const target = SavedDecision.nodeId.safeParse(saved.migrationTarget);
  if (target.success) out.migrationTarget = target.data;
  const record = DecisionRecordSchema.safeParse(saved.record);
  if (record.success) out.record = record.data;
  return out;
}

export const useAppStore = create<AppState>()(
  persist(
    // Undo/redo covers the migration graph edits only; other changes (sliders…) leave no history entry.
    temporal(
      (...a) => ({
        ...createDatasetSlice(...a),
        ...createCompareSlice(...a),
        ...createDecisionSlice(...a),
        ...createQuadrantSlice(...a),
        ...createGraphSlice(...a),
        ...createRecordSlice(...a),
        ...createSnapshotSlice(...a),
      }),
      {
        partialize: (s) => ({ graphEdits: s.graphEdits }),
        equality: (past, current) => past.graphEdits === current.graphEdits,
        limit: 100,
      },
    ),
    {
      name: STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s): Persisted => ({
        custom: s.custom,
        weights: s.weights,
        context: s.context,
        overrides: s.overrides,
        positions: s.positions,
        axes: s.axes,
        graphEdits: s.graphEdits,
        migrationCurrent: s.migrationCurrent,
        migrationTarget: s.migrationTarget,
        record: s.record,
      }),
      // Saved state is input like any other: a custom dataset that no longer validates is dropped
      // (the built-in one is used) rather than crashing the app.
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as Partial<Persisted>;
        const next = { ...current, ...pickDecision(saved) };
        const custom = saved.custom;
        if (!custom) return next;
        const check = validateDataset(custom.dataset);
        return check.ok ? { ...next, custom: { fileName: custom.fileName, dataset: check.value } } : next;
      },
    },
  ),
);

/** The dataset in use: the loaded one, or the built-in one. */
export function selectDataset(s: AppState): Dataset {
  return s.custom?.dataset ?? BUILTIN_DATASET;
}

export const useDataset = (): Dataset => useAppStore(selectDataset);

/** Back to the initial state, for tests. */
export function resetStore(): void {
  useAppStore.setState({ custom: null, datasetNotice: null, compareIds: [], weights: {}, context: DEFAULT_CONTEXT, overrides: {}, positions: {}, axes: SOURCE_AXES, selectedOption: null, graphEdits: {}, migrationCurrent: null, migrationTarget: null, record: initialRecord(), snapshotNotice: null });
  useAppStore.temporal.getState().clear();
}
