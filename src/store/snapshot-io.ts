/**
 * Between the store and snapshot documents: capture the decision in use as a snapshot, and apply a
 * snapshot to the store. The snapshot format itself lives in domain/snapshot.
 */
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import { datasetHash } from '../domain/snapshot/serialize';
import { SNAPSHOT_TYPE, SNAPSHOT_VERSION, type Snapshot } from '../domain/snapshot/snapshot';
import { useAppStore, type AppState } from './store';

export const APP_VERSION = '0.1.0';

export async function captureSnapshot(s: AppState, savedAt: string): Promise<Snapshot> {
  const datasetKey = s.custom?.dataset.id ?? 'builtin';
  return {
    type: SNAPSHOT_TYPE,
    version: SNAPSHOT_VERSION,
    app: { name: 'Architecture Workbench', version: APP_VERSION },
    savedAt,
    decision: s.record,
    dataset: s.custom
      ? { kind: 'embedded', fileName: s.custom.fileName, dataset: s.custom.dataset }
      : { kind: 'builtin', id: BUILTIN_DATASET.id, hash: await datasetHash(BUILTIN_DATASET) },
    weights: s.weights,
    context: { ...s.context, answers: Object.fromEntries(Object.entries(s.context.answers).map(([k, v]) => [String(k), v])) },
    overrides: s.overrides as Snapshot['overrides'],
    quadrant: { positions: s.positions, axes: s.axes },
    migration: { graph: s.graphEdits[datasetKey] ?? null, current: s.migrationCurrent, target: s.migrationTarget },
  };
}

export interface ApplyOutcome {
  /** Said to the person after opening, e.g. that the built-in dataset changed since. */
  warnings: string[];
}

/** Replaces the decision in use with the snapshot's. The caller keeps the previous snapshot for undo. */
export async function applySnapshot(snapshot: Snapshot): Promise<ApplyOutcome> {
  const warnings: string[] = [];
  let custom: AppState['custom'] = null;
  if (snapshot.dataset.kind === 'embedded') {
    custom = { dataset: snapshot.dataset.dataset, fileName: snapshot.dataset.fileName };
  } else {
    if (snapshot.dataset.id !== BUILTIN_DATASET.id) {
      warnings.push(`It was made with a built-in dataset “${snapshot.dataset.id}” this app does not have; the built-in dataset is used.`);
    } else if (snapshot.dataset.hash !== (await datasetHash(BUILTIN_DATASET))) {
      warnings.push('The built-in dataset has changed since this snapshot was saved; ratings may differ.');
    }
  }
  const datasetKey = custom?.dataset.id ?? 'builtin';
  useAppStore.setState((s) => {
    const graphEdits = { ...s.graphEdits };
    if (snapshot.migration.graph) graphEdits[datasetKey] = snapshot.migration.graph;
    else delete graphEdits[datasetKey];
    return {
      custom,
      record: snapshot.decision,
      weights: snapshot.weights,
      context: snapshot.context,
      overrides: snapshot.overrides,
      positions: snapshot.quadrant.positions,
      axes: snapshot.quadrant.axes,
      graphEdits,
      migrationCurrent: snapshot.migration.current,
      migrationTarget: snapshot.migration.target,
      selectedOption: null,
    };
  });
  return { warnings };
}
