/**
 * Between the decision (decision-state.ts) and the snapshot document (domain/snapshot): the one place
 * where the decision's keys meet the format's fields. A round-trip test with every key changed fails
 * when a key of the decision is not carried here.
 */
import { exportGroup } from '../group/anonymity';
import { fromGroup, toGroup } from '../group/entries';
import type { Snapshot } from '../snapshot/snapshot';
import type { DecisionState } from './decision-state';
import { keyedRecord, own } from '../own';

export type SnapshotDataset = Snapshot['dataset'];

export interface SnapshotMeta {
  app: Snapshot['app'];
  savedAt: string;
  dataset: SnapshotDataset;
  /** The dataset the graph edits belong to (a snapshot holds the graph of its own dataset only). */
  datasetKey: string;
}

export function decisionToSnapshot(d: DecisionState, meta: SnapshotMeta, version: Snapshot['version']): Snapshot {
  return {
    type: 'architecture-workbench/snapshot',
    version,
    app: meta.app,
    savedAt: meta.savedAt,
    decision: d.record,
    dataset: meta.dataset,
    weights: d.weights,
    context: { ...d.context, answers: Object.fromEntries(Object.entries(d.context.answers).map(([k, v]) => [String(k), v])) },
    overrides: d.overrides,
    quadrant: { positions: d.positions, axes: d.axes },
    migration: { graph: own(d.graphEdits, meta.datasetKey) ?? null, current: d.migrationCurrent, target: d.migrationTarget },
    // An anonymous room's snapshot carries no name and no id that could be one.
    group: exportGroup(toGroup(d.participants, d.group)),
  };
}

/**
 * The decision a snapshot holds. Graph edits of other datasets are kept from `current` (the snapshot
 * carries its own dataset's graph only).
 */
export function snapshotToDecision(s: Snapshot, current: DecisionState, datasetKey: string): DecisionState {
  const graphEdits = keyedRecord(Object.entries(current.graphEdits));
  if (s.migration.graph) graphEdits[datasetKey] = s.migration.graph;
  else delete graphEdits[datasetKey];
  return {
    weights: s.weights,
    context: s.context,
    overrides: s.overrides,
    positions: s.quadrant.positions,
    axes: s.quadrant.axes,
    graphEdits,
    migrationCurrent: s.migration.current,
    migrationTarget: s.migration.target,
    record: s.decision,
    ...fromGroup(s.group),
  };
}
