/**
 * Lookups keyed by ids from input (a dataset, a snapshot, a link, saved state, a person's typing).
 * An id may be any name, "constructor" and "toString" included: `rec[id]` on a plain object then
 * finds Object.prototype's member where the record has no entry (a function where a number was
 * expected: a slider reading "function Object() …", every score 0). Read such records through
 * `own`, and build them with `keyedRecord` (no prototype) or use a Map.
 */

/** The record's own value for a key, never an inherited one. */
export function own<T>(rec: Readonly<Record<string, T>> | null | undefined, key: string | number): T | undefined {
  return rec != null && Object.hasOwn(rec, key) ? rec[key] : undefined;
}

/** A record with no prototype: a missing key is undefined, and "__proto__" is a key like any other. */
export function keyedRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  // On an object without a prototype, assignment of "__proto__" makes an own key (no setter to hit).
  for (const [k, v] of entries) out[k] = v;
  return out;
}
