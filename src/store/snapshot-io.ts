/**
 * Between the store and snapshot documents: capture the decision in use as a snapshot, and open a
 * snapshot as the decision in use (one undo step). The mapping of the decision's keys to the
 * format's fields is domain/decision/snapshot-mapping.ts; the format itself is domain/snapshot.
 */
import { pickDecision } from '../domain/decision/initial';
import { decisionToSnapshot, snapshotToDecision } from '../domain/decision/snapshot-mapping';
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import { datasetHash, type SnapshotResult } from '../domain/snapshot/serialize';
import { SNAPSHOT_VERSION, type Snapshot } from '../domain/snapshot/snapshot';
import { datasetKeyOf } from './graph-selectors';
import type { AppState, AppStore } from './store';

export const APP_VERSION = '0.1.0';

export async function captureSnapshot(s: AppState, savedAt: string): Promise<Snapshot> {
  return decisionToSnapshot(
    pickDecision(s),
    {
      app: { name: 'Architecture Workbench', version: APP_VERSION },
      savedAt,
      dataset: s.custom
        ? { kind: 'embedded', fileName: s.custom.fileName, dataset: s.custom.dataset }
        : { kind: 'builtin', id: BUILTIN_DATASET.id, hash: await datasetHash(BUILTIN_DATASET) },
      datasetKey: datasetKeyOf(s),
    },
    SNAPSHOT_VERSION,
  );
}

export interface ApplyOutcome {
  /** Said to the person after opening, e.g. that the built-in dataset changed since. */
  warnings: string[];
}

/** The dataset a snapshot speaks of, and what to tell the person about it. */
async function datasetOf(snapshot: Snapshot): Promise<{ custom: AppState['custom'] } & ApplyOutcome> {
  if (snapshot.dataset.kind === 'embedded') {
    return { custom: { dataset: snapshot.dataset.dataset, fileName: snapshot.dataset.fileName }, warnings: [] };
  }
  if (snapshot.dataset.id !== BUILTIN_DATASET.id) {
    return {
      custom: null,
      warnings: [`It was made with a built-in dataset “${snapshot.dataset.id}” this app does not have; the built-in dataset is used.`],
    };
  }
  const hash = await datasetHash(BUILTIN_DATASET);
  const changed = snapshot.dataset.hash && hash && snapshot.dataset.hash !== hash;
  return {
    custom: null,
    warnings: changed ? ['The built-in dataset has changed since this snapshot was saved; ratings may differ.'] : [],
  };
}

/**
 * Replaces the decision in use with the snapshot's, as one step of the history (one Undo).
 * `graphEdits`, when given, replaces every dataset's graph edits (undoing an opening).
 */
export async function applySnapshot(store: AppStore, snapshot: Snapshot, graphEdits?: AppState['graphEdits']): Promise<ApplyOutcome> {
  const { custom, warnings } = await datasetOf(snapshot);
  store.setState((s) => {
    const decision = snapshotToDecision(snapshot, pickDecision(s), datasetKeyOf({ custom }));
    return { ...decision, graphEdits: graphEdits ?? decision.graphEdits, custom, selectedOption: null };
  });
  return { warnings };
}

/**
 * Opens a snapshot read from a file, pasted text, a link or the saved snapshots: the decision in use
 * is kept so the notice can undo; a snapshot that did not read changes nothing and lists its problems.
 */
export async function openSnapshot(store: AppStore, result: SnapshotResult, from: string): Promise<boolean> {
  const { setSnapshotNotice } = store.getState();
  if (!result.ok) {
    setSnapshotNotice({ kind: 'failed', from, problems: result.problems });
    return false;
  }
  const previousGraphEdits = store.getState().graphEdits;
  const previous = await captureSnapshot(store.getState(), new Date().toISOString());
  const { warnings } = await applySnapshot(store, result.snapshot);
  setSnapshotNotice({ kind: 'opened', title: result.snapshot.decision.title, from, warnings, previous, previousGraphEdits });
  return true;
}

/** Back to the decision in use before the last snapshot was opened (itself a step Redo can take back). */
export async function undoOpenSnapshot(store: AppStore): Promise<void> {
  const notice = store.getState().snapshotNotice;
  if (notice?.kind !== 'opened') return;
  // The snapshot held only its own dataset's graph: every dataset's edits come back as they were.
  await applySnapshot(store, notice.previous, notice.previousGraphEdits);
  store.getState().setSnapshotNotice(null);
}
