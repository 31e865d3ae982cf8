/**
 * JSON values as the shared document holds them: checked, compared and copied without trusting
 * their shape (a peer may send anything Yjs can encode: binary, NaN, shared types, deep nesting).
 */

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** Deeper than this is refused rather than walked (a hostile peer could nest until the stack breaks). */
export const MAX_DEPTH = 64;

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Whether `value` is plain JSON: null, booleans, finite numbers, strings, arrays and plain objects of them. */
export function isJson(value: unknown, depth = 0): value is Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.every((v) => isJson(v, depth + 1));
  if (isPlainObject(value)) return Object.values(value).every((v) => isJson(v, depth + 1));
  return false;
}

/** Deep equality of two JSON values (anything else is equal only to itself). */
export function jsonEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth >= MAX_DEPTH) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => jsonEqual(v, b[i], depth + 1));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k], depth + 1));
}

/**
 * The own entries of a record, or null when `value` is not a plain object. Entries are kept in a
 * Map so that ids such as `__proto__` or `constructor` stay ordinary keys.
 */
export function recordEntries(value: unknown): Map<string, unknown> | null {
  if (!isPlainObject(value)) return null;
  return new Map(Object.entries(value));
}

/** A plain object from entries; `Object.fromEntries` defines own properties, so `__proto__` stays a key. */
export const toRecord = (entries: Map<string, unknown>): Record<string, unknown> => Object.fromEntries(entries);

/**
 * The value as Yjs takes it into a map: Yjs picks its encoding by `value.constructor`, which an
 * object without a prototype (the app's keyed records) does not have, so such an object is copied
 * into an ordinary one (own properties: `__proto__` stays a key). Nested values need no copy.
 */
export function forYjs(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === null) {
    return Object.fromEntries(Object.entries(value));
  }
  return value;
}
