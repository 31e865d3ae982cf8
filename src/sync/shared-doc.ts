/**
 * A binding between a Y.Doc and a keyed JSON state (the shared part of the decision), with no
 * knowledge of the app's store: the store is reached through a small adapter.
 *
 * Layout of the shared document (one top-level Yjs type per role; top-level types are named, so two
 * peers never race to create them):
 *
 * | key shape      | where in the Y.Doc                                  | merges concurrent edits of |
 * |----------------|-----------------------------------------------------|----------------------------|
 * | `value`        | Y.Map `state`, one entry per key, the JSON value     | different keys             |
 * | `record`       | Y.Map `record:<key>`, one entry per subkey           | different subkeys (e.g. two criteria's weights) |
 * | `participants` | Y.Map `participants` → participant id → Y.Map of that participant's fields | different participants, and different fields of one |
 *
 * Two edits of the same entry at once: one wins, the same one on every peer (Yjs's rule).
 *
 * - Local changes are found by comparing the adapter's state with the last state seen, key by key
 *   (reference first, then deep), and only what changed is written, in one transaction whose
 *   origin is the binding. Nothing equal to what the document already holds is written.
 * - Remote changes (any transaction not of this binding's origin) are collected per transaction,
 *   validated with the adapter's `validate` and applied with one `apply(patch, { remote: true })`,
 *   so the app can keep them out of its undo history. A record's subkeys (and the participants)
 *   are validated one change at a time against the local record, so one bad entry does not take
 *   good concurrent ones down with it. What fails is left out and reported through `onProblem`,
 *   naming the key, the path and the writing peer's Yjs client id where the document knows it.
 *   Nothing read from the document is ever thrown.
 * - A `value` entry removed from the document changes nothing locally (the binding never removes one).
 * - Applying a remote patch does not write back: the store listener is muted while applying, and
 *   the last-seen state is taken from the adapter afterwards.
 */
import * as Y from 'yjs';
import { forYjs, isJson, jsonEqual, recordEntries, toRecord } from './json';

export type KeyShape = 'value' | 'record' | 'participants';

export type Validation<T = unknown> = { ok: true; value: T } | { ok: false; problem: string };

type KeyOf<S> = keyof S & string;

/** What the binding needs from the app's state: the store stays behind this. */
export interface SharedStateAdapter<S extends Record<string, unknown>> {
  /** The keys that are shared; anything else in the document is ignored and reported. */
  keys: readonly KeyOf<S>[];
  /** How each key is laid out in the document (default `value`); at most one `participants` key. */
  shapes?: { readonly [K in keyof S]?: KeyShape };
  /** The current values (JSON-compatible). A `record` key is an object; a `participants` key an
   * object of participant id → object of fields. */
  read(): S;
  /** Apply values that came from other peers (already validated). */
  apply(patch: Partial<S>, meta: { remote: true }): void;
  /** Called after every change of the state; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The whole value a key would have: ok with the value to apply (it may be normalised), or a problem. */
  validate(key: KeyOf<S>, value: unknown): Validation;
}

export interface SyncProblem {
  /** The state key concerned, or the document entry's name when it is no shared key. */
  key: string;
  /** Where in the document: `[key]`, `[key, subkey]`, or `[participantsKey, participantId]`. */
  path: readonly string[];
  /** The Yjs client id of the peer that wrote the refused value, when the document records it. */
  peer?: number;
  problem: string;
}

export interface BindOptions {
  /**
   * Also write the local values of keys the document does not hold yet, at once (a facilitator
   * starting a room). Default false: a binding only pulls what the document holds and then writes
   * local changes, so a window opened later never writes its (possibly older) state over newer
   * shared values.
   */
  seed?: boolean;
  /**
   * This device writes only this participant's entry (a participant's phone): no other participant's
   * entry, and no other key (a value changed locally stays local). Default: anything.
   */
  participant?: string;
  onProblem?: (problem: SyncProblem) => void;
}

export interface StateBinding {
  /** The origin of this binding's own transactions (for an UndoManager or a transport filter). */
  readonly origin: object;
  /** Write the whole local state where the document differs (records made equal; other
   * participants' entries are never deleted). */
  publish(): void;
  destroy(): void;
}

export const STATE_MAP = 'state';
export const RECORD_MAP_PREFIX = 'record:';
export const PARTICIPANTS_MAP = 'participants';

/** The Yjs client id that wrote a map entry (the item keeps its writer's id). */
function writerOf(map: Y.Map<unknown>, key: string): number | undefined {
  const item = map._map.get(key);
  return item && !item.deleted ? item.id.client : undefined;
}

/** A map entry as plain data, or why it is not plain data. */
function plainEntry(map: Y.Map<unknown>, key: string): Validation {
  const value = map.get(key);
  if (value instanceof Y.AbstractType) return { ok: false, problem: 'holds a shared type where a JSON value belongs' };
  if (!isJson(value)) return { ok: false, problem: 'is not a JSON value (binary, NaN, Infinity or nested too deep)' };
  return { ok: true, value };
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function bindState<S extends Record<string, unknown>>(
  doc: Y.Doc,
  adapter: SharedStateAdapter<S>,
  options: BindOptions = {},
): StateBinding {
  const origin = { binding: 'shared-doc' };
  const keys = new Set<string>(adapter.keys);
  const shapeOf = (key: string): KeyShape => (adapter.shapes as Record<string, KeyShape | undefined> | undefined)?.[key] ?? 'value';
  const participantKeys = adapter.keys.filter((k) => shapeOf(k) === 'participants');
  if (participantKeys.length > 1) throw new Error(`bindState: one participants key at most (got ${participantKeys.join(', ')})`);
  const participantsKey = participantKeys[0];

  const stateMap = doc.getMap<unknown>(STATE_MAP);
  const recordMaps = new Map<string, Y.Map<unknown>>(
    adapter.keys.filter((k) => shapeOf(k) === 'record').map((k) => [k, doc.getMap<unknown>(RECORD_MAP_PREFIX + k)]),
  );
  const participantsMap = doc.getMap<unknown>(PARTICIPANTS_MAP);

  const report = (p: SyncProblem) => {
    try {
      options.onProblem?.(p);
    } catch {
      // A failing reporter must not stop the sync.
    }
  };
  const readLocal = (): Record<string, unknown> => adapter.read() as Record<string, unknown>;
  const mayWrite = (participantId: string) => options.participant === undefined || options.participant === participantId;

  /** The state as last seen (after a local change was written, or a remote patch applied). */
  let lastSeen: Record<string, unknown> = { ...readLocal() };
  let applying = false;

  // ---- local → document --------------------------------------------------------------------

  function writeFields(
    map: Y.Map<unknown>,
    key: string,
    path: string[],
    next: Map<string, unknown>,
    before: Map<string, unknown> | null,
    exact: boolean,
  ) {
    for (const [sub, value] of next) {
      if (before?.has(sub) && jsonEqual(before.get(sub), value)) continue;
      if (!isJson(value)) {
        report({ key, path: [...path, sub], problem: 'the local value is not JSON; not shared' });
        continue;
      }
      if (!map.has(sub) || !jsonEqual(map.get(sub), value)) map.set(sub, forYjs(value));
    }
    // Removed locally since last seen; or, when making the document equal, anything extra.
    const gone = exact ? [...map.keys()] : before ? [...before.keys()] : [];
    for (const sub of gone) if (!next.has(sub) && map.has(sub)) map.delete(sub);
  }

  function writeKey(key: string, value: unknown, before: unknown, mode: 'changes' | 'missing' | 'all') {
    const shape = shapeOf(key);
    if (shape === 'value') {
      if (value === undefined || (mode === 'missing' && stateMap.has(key))) return;
      if (!isJson(value)) return report({ key, path: [key], problem: 'the local value is not JSON; not shared' });
      if (!stateMap.has(key) || !jsonEqual(stateMap.get(key), value)) stateMap.set(key, forYjs(value));
      return;
    }
    const next = recordEntries(value);
    if (!next) return report({ key, path: [key], problem: 'the local value is not an object; not shared' });
    if (shape === 'record') {
      const map = recordMaps.get(key)!;
      if (mode === 'missing' && map.size > 0) return;
      writeFields(map, key, [key], next, mode === 'changes' ? recordEntries(before) : null, mode === 'all');
      return;
    }
    const prev = mode === 'changes' ? recordEntries(before) : null;
    for (const [id, input] of next) {
      if (!mayWrite(id)) continue;
      const prevInput = prev?.get(id);
      if (prev?.has(id) && jsonEqual(prevInput, input)) continue;
      const fields = recordEntries(input);
      if (!fields) {
        report({ key, path: [key, id], problem: 'the local participant entry is not an object; not shared' });
        continue;
      }
      let entry = participantsMap.get(id);
      if (mode === 'missing' && entry instanceof Y.Map) continue;
      // An entry made here (the document does not hold it, e.g. a reload before the relay answered)
      // gets every field, not only the changed ones: it may be the only copy that reaches the room.
      const created = !(entry instanceof Y.Map);
      if (created) {
        entry = new Y.Map<unknown>();
        participantsMap.set(id, entry);
      }
      const before = !created && prev?.has(id) ? recordEntries(prevInput) : null;
      writeFields(entry as Y.Map<unknown>, key, [key, id], fields, before, mode === 'all');
    }
    // A participant removed locally (the facilitator's delete, or leaving) is removed for everyone.
    if (prev) for (const id of prev.keys()) if (!next.has(id) && mayWrite(id) && participantsMap.has(id)) participantsMap.delete(id);
  }

  function pushLocal(mode: 'changes' | 'missing' | 'all') {
    const now = readLocal();
    // Most store changes touch no shared key: compare references first, and open no transaction then.
    // A participant's device writes its own entry and nothing else: the room's values are the facilitator's.
    const writable = options.participant === undefined ? adapter.keys : adapter.keys.filter((key) => shapeOf(key) === 'participants');
    const changed = writable.filter((key) => mode !== 'changes' || (now[key] !== lastSeen[key] && !jsonEqual(now[key], lastSeen[key])));
    if (changed.length > 0) {
      doc.transact(() => {
        for (const key of changed) writeKey(key, now[key], lastSeen[key], mode);
      }, origin);
    }
    lastSeen = { ...now };
  }

  // ---- document → local --------------------------------------------------------------------

  const dirtyState = new Set<string>();
  const dirtyRecords = new Map<string, Set<string>>();
  const dirtyParticipants = new Map<string, Set<string>>();
  const mark = <T>(map: Map<string, Set<T>>, key: string, items: Iterable<T>) => {
    const set = map.get(key) ?? new Set<T>();
    for (const item of items) set.add(item);
    map.set(key, set);
  };
  const isOwn = (transaction: Y.Transaction) => transaction.origin === origin;

  const onState = (event: Y.YMapEvent<unknown>, tr: Y.Transaction) => {
    if (!isOwn(tr)) for (const k of event.keysChanged) dirtyState.add(k);
  };
  const recordObservers = [...recordMaps].map(([key, map]) => {
    const observer = (event: Y.YMapEvent<unknown>, tr: Y.Transaction) => {
      if (!isOwn(tr)) mark(dirtyRecords, key, event.keysChanged);
    };
    map.observe(observer);
    return () => map.unobserve(observer);
  });
  const onParticipants = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, tr: Y.Transaction) => {
    if (isOwn(tr)) return;
    for (const event of events) {
      const changed = event instanceof Y.YMapEvent ? [...event.keysChanged] : [];
      if (event.path.length === 0) for (const id of changed) mark(dirtyParticipants, id, []);
      else if (typeof event.path[0] === 'string') mark(dirtyParticipants, event.path[0], changed);
    }
  };

  /** Validate one change after another against the local value, keeping each that passes. */
  function mergeEntries(
    key: string,
    changes: Array<{ sub: string; present: boolean; value: Validation; peer?: number }>,
    current: unknown,
  ): { changed: boolean; value: unknown } {
    let value = current;
    let changed = false;
    for (const change of changes) {
      const path = [key, change.sub];
      const trial = recordEntries(value) ?? new Map<string, unknown>();
      if (change.present) {
        if (!change.value.ok) {
          report({ key, path, peer: change.peer, problem: `${change.sub} ${change.value.problem}` });
          continue;
        }
        if (trial.has(change.sub) && jsonEqual(trial.get(change.sub), change.value.value)) continue;
        trial.set(change.sub, change.value.value);
      } else {
        if (!trial.has(change.sub)) continue;
        trial.delete(change.sub);
      }
      const result = safeValidate(key, toRecord(trial));
      if (!result.ok) {
        report({ key, path, peer: change.peer, problem: result.problem });
        continue;
      }
      value = result.value;
      changed = true;
    }
    return { changed, value };
  }

  function safeValidate(key: string, value: unknown): Validation {
    try {
      return adapter.validate(key as KeyOf<S>, value);
    } catch (error) {
      return { ok: false, problem: `could not be checked: ${errorText(error)}` };
    }
  }

  function participantInput(id: string): Validation {
    const entry = participantsMap.get(id);
    if (!(entry instanceof Y.Map)) return { ok: false, problem: 'is not a participant entry (a map of fields)' };
    const fields = new Map<string, unknown>();
    for (const field of entry.keys()) {
      const value = plainEntry(entry, field);
      if (!value.ok) return { ok: false, problem: `field ${field} ${value.problem}` };
      fields.set(field, value.value);
    }
    return { ok: true, value: toRecord(fields) };
  }

  function participantWriter(id: string, fields: Set<string>): number | undefined {
    const entry = participantsMap.get(id);
    if (entry instanceof Y.Map) for (const field of fields) if (writerOf(entry, field) !== undefined) return writerOf(entry, field);
    return writerOf(participantsMap, id);
  }

  function flush() {
    if (dirtyState.size === 0 && dirtyRecords.size === 0 && dirtyParticipants.size === 0) return;
    const current = readLocal();
    const patch: Record<string, unknown> = {};

    for (const key of [...dirtyState].sort()) {
      if (!stateMap.has(key)) continue; // a removed entry changes nothing here
      if (!keys.has(key) || shapeOf(key) !== 'value') {
        report({ key, path: [key], peer: writerOf(stateMap, key), problem: `${key} is not a shared value key here; ignored` });
        continue;
      }
      const plain = plainEntry(stateMap, key);
      const result = plain.ok ? safeValidate(key, plain.value) : plain;
      if (!result.ok)
        report({ key, path: [key], peer: writerOf(stateMap, key), problem: plain.ok ? result.problem : `${key} ${result.problem}` });
      else if (!jsonEqual(result.value, current[key])) patch[key] = result.value;
    }

    for (const [key, subs] of dirtyRecords) {
      const map = recordMaps.get(key)!;
      const changes = [...subs].sort().map((sub) => ({
        sub,
        present: map.has(sub),
        value: map.has(sub) ? plainEntry(map, sub) : ({ ok: true, value: undefined } as Validation),
        peer: writerOf(map, sub),
      }));
      const merged = mergeEntries(key, changes, current[key]);
      if (merged.changed && !jsonEqual(merged.value, current[key])) patch[key] = merged.value;
    }

    if (dirtyParticipants.size > 0 && participantsKey !== undefined) {
      const changes = [...dirtyParticipants]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, fields]) => ({
          sub: id,
          present: participantsMap.has(id),
          value: participantsMap.has(id) ? participantInput(id) : ({ ok: true, value: undefined } as Validation),
          peer: participantWriter(id, fields),
        }));
      const merged = mergeEntries(participantsKey, changes, current[participantsKey]);
      if (merged.changed && !jsonEqual(merged.value, current[participantsKey])) patch[participantsKey] = merged.value;
    }

    dirtyState.clear();
    dirtyRecords.clear();
    dirtyParticipants.clear();
    if (Object.keys(patch).length === 0) return;
    applying = true;
    try {
      adapter.apply(patch as Partial<S>, { remote: true });
    } catch (error) {
      report({ key: Object.keys(patch).join(', '), path: [], problem: `applying the shared change failed: ${errorText(error)}` });
    } finally {
      applying = false;
    }
    const after = readLocal();
    lastSeen = { ...lastSeen };
    for (const key of Object.keys(patch)) lastSeen[key] = after[key];
  }

  const onAfterTransaction = () => flush();

  stateMap.observe(onState);
  participantsMap.observeDeep(onParticipants);
  doc.on('afterTransaction', onAfterTransaction);

  // What the document already holds comes in first, validated like any remote change.
  for (const key of stateMap.keys()) dirtyState.add(key);
  for (const [key, map] of recordMaps) mark(dirtyRecords, key, map.keys());
  if (participantsKey !== undefined) for (const id of participantsMap.keys()) mark(dirtyParticipants, id, []);
  flush();
  if (options.seed) pushLocal('missing');

  const unsubscribe = adapter.subscribe(() => {
    if (applying) return;
    // Sharing must never break the change that was made here: a failure is reported, not thrown
    // into the app's action (the next change tries again from what the document holds).
    try {
      pushLocal('changes');
    } catch (error) {
      lastSeen = { ...readLocal() };
      report({ key: '', path: [], problem: `this window's change could not be shared: ${errorText(error)}` });
    }
  });

  let destroyed = false;
  return {
    origin,
    publish: () => {
      if (!destroyed) pushLocal('all');
    },
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      unsubscribe();
      stateMap.unobserve(onState);
      for (const off of recordObservers) off();
      participantsMap.unobserveDeep(onParticipants);
      doc.off('afterTransaction', onAfterTransaction);
    },
  };
}
