/**
 * The one way the decision is shared beyond this window: the decision's keys (and the dataset in
 * use, and which slide is shown) live in a Yjs document bound to the store. Windows and tabs of one
 * browser keep that document in step over a BroadcastChannel — two tabs, and the projector's
 * audience window — with no server; a live room adds the relay as one more transport of the same
 * document. Loaded after the first render (it brings Yjs and the schema checks).
 *
 * Every value that arrives is checked with the decision's own schema before the store sees it, and
 * applied outside this window's undo history (Undo takes back this window's own edits only).
 */
import * as Y from 'yjs';
import { DECISION_FIELDS, type DecisionKey } from '../domain/decision/decision-state';
import { DECISION_KEYS, pickDecision } from '../domain/decision/initial';
import { validateDataset } from '../domain/model/parse-dataset';
import { connectLocalChannel, type LocalChannel } from '../sync/local-channel';
import {
  bindState,
  type KeyShape,
  type SharedStateAdapter,
  type StateBinding,
  type SyncProblem,
  type Validation,
} from '../sync/shared-doc';
import type { AppState, AppStore } from './store';

/** The shared keys: the decision's, the dataset in use, and what the presenter shows. */
type SharedKey = DecisionKey | 'custom' | 'presentation';
type Shared = Record<SharedKey, unknown>;

const SHAPES: Partial<Record<SharedKey, KeyShape>> = {
  // Maps whose entries different people change at once: one entry each in the document, so two
  // windows moving different sliders (or points, or cells) both keep their change.
  weights: 'record',
  overrides: 'record',
  positions: 'record',
  graphEdits: 'record',
  // One entry per participant: each device writes its own, and two people weighing at once both count.
  participants: 'participants',
};

export const SHARED_KEYS: readonly SharedKey[] = [...DECISION_KEYS, 'custom', 'presentation'];

/** Checks a value that came from another window or peer, with the same schemas as a snapshot. */
export function validateShared(key: SharedKey, value: unknown): Validation {
  if (key === 'presentation') {
    if (value === null) return { ok: true, value: null };
    const ok =
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { slide?: unknown }).slide === 'string' &&
      (value as { slide: string }).slide.length <= 40;
    return ok ? { ok: true, value } : { ok: false, problem: 'expected { slide: string }' };
  }
  if (key === 'custom') {
    if (value === null) return { ok: true, value: null };
    const v = value as { fileName?: unknown; dataset?: unknown };
    if (typeof v !== 'object' || typeof v.fileName !== 'string') return { ok: false, problem: 'expected a loaded dataset' };
    const check = validateDataset(v.dataset);
    return check.ok
      ? { ok: true, value: { fileName: v.fileName, dataset: check.value } }
      : { ok: false, problem: `the dataset does not read (${check.problems.length} problems)` };
  }
  const read = DECISION_FIELDS[key].schema.safeParse(value);
  return read.success
    ? { ok: true, value: read.data }
    : { ok: false, problem: read.error.issues.map((i) => `${i.path.join('.') || key}: ${i.message}`).join('; ') };
}

function adapterFor(store: AppStore): SharedStateAdapter<Shared> {
  return {
    keys: SHARED_KEYS,
    shapes: SHAPES,
    read: () => {
      const s = store.getState();
      return { ...pickDecision(s), custom: s.custom, presentation: s.presentation } as Shared;
    },
    apply: (patch) => {
      // Another window's change is not this window's to undo.
      const history = store.temporal.getState();
      history.pause();
      try {
        store.setState(patch as Partial<AppState>);
      } finally {
        history.resume();
      }
    },
    subscribe: (listener) => store.subscribe(listener),
    validate: (key, value) => validateShared(key, value),
  };
}

export interface SharedDecision {
  doc: Y.Doc;
  binding: StateBinding;
  channel: LocalChannel;
  destroy: () => void;
}

/** The BroadcastChannel's name: one per app, so every window of the app on this origin joins it. */
export const CHANNEL_NAME = 'architecture-workbench:decision';

/**
 * Binds the store to a shared document and connects it to the other windows of this browser.
 * `onProblem` hears of values that were refused (a damaged or hostile peer), never thrown.
 * `participant`: a participant's device in a live room (room-session.ts), which writes only its own entry.
 */
export function shareDecision(
  store: AppStore,
  options: { channelName?: string; onProblem?: (p: SyncProblem) => void; participant?: string } = {},
): SharedDecision {
  const doc = new Y.Doc();
  const binding = bindState(doc, adapterFor(store), {
    onProblem: options.onProblem,
    ...(options.participant === undefined ? {} : { participant: options.participant }),
  });
  const channel = connectLocalChannel(doc, options.channelName ?? CHANNEL_NAME);
  return {
    doc,
    binding,
    channel,
    destroy: () => {
      channel.destroy();
      binding.destroy();
      doc.destroy();
    },
  };
}
