/**
 * Per-store caches of derived data. Selectors compute rankings, flip points and plans from the
 * state; the last result is kept per input identity so every component reading it during a slider
 * move shares one computation and gets a stable object. Each store has its own (nothing shared
 * between instances); it is session-only and never saved.
 */
export interface Memo {
  /** Last result per selector name, with the inputs it was computed from. */
  last: Map<string, { inputs: readonly unknown[]; value: unknown }>;
}

export function createMemo(): Memo {
  return { last: new Map() };
}

/** The cached value when every input is the same object as last time; otherwise computes and keeps it. */
export function memoized<T>(memo: Memo, name: string, inputs: readonly unknown[], compute: () => T): T {
  const hit = memo.last.get(name);
  if (hit && hit.inputs.length === inputs.length && hit.inputs.every((x, i) => x === inputs[i])) return hit.value as T;
  const value = compute();
  memo.last.set(name, { inputs, value });
  return value;
}

/** The last value computed under `name`, whatever its inputs (for reuse of part of a computation). */
export function lastValue<T>(memo: Memo, name: string): { inputs: readonly unknown[]; value: T } | undefined {
  return memo.last.get(name) as { inputs: readonly unknown[]; value: T } | undefined;
}
