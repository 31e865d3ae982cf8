/**
 * Between the store and snapshot documents: capture the decision in use as a snapshot, and apply a
 * snapshot to the store. The snapshot format itself lives in domain/snapshot.
 */
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import { datasetHash, type SnapshotResult } from '../domain/snapshot/serialize';
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
    } else if (snapshot.dataset.hash && snapshot.dataset.hash !== ((await datasetHash(BUILTIN_DATASET)) || snapshot.dataset.hash)) {
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
  // The graph's undo history belongs to the decision that was replaced: Ctrl+Z must not take the new
  // graph back to a piece of the old one (undoing the whole opening is the notice's Undo).
  useAppStore.temporal.getState().clear();
  return { warnings };
}

/**
 * Opens a snapshot read from a file, pasted text, a link or the saved snapshots: the decision in use
 * is kept so the notice can undo; a snapshot that did not read changes nothing and lists its problems.
 */
export async function openSnapshot(result: SnapshotResult, from: string): Promise<boolean> {
  const { setSnapshotNotice } = useAppStore.getState();
  if (!result.ok) {
    setSnapshotNotice({ kind: 'failed', from, problems: result.problems });
    return false;
  }
  const previousGraphEdits = useAppStore.getState().graphEdits;
  const previous = await captureSnapshot(useAppStore.getState(), new Date().toISOString());
  const { warnings } = await applySnapshot(result.snapshot);
  setSnapshotNotice({ kind: 'opened', title: result.snapshot.decision.title, from, warnings, previous, previousGraphEdits });
  return true;
}

/** Back to the decision in use before the last snapshot was opened. */
export async function undoOpenSnapshot(): Promise<void> {
  const notice = useAppStore.getState().snapshotNotice;
  if (notice?.kind !== 'opened') return;
  await applySnapshot(notice.previous);
  useAppStore.setState({ graphEdits: notice.previousGraphEdits });
  useAppStore.temporal.getState().clear();
  useAppStore.getState().setSnapshotNotice(null);
}
