/**
 * One undo history for the whole decision (zundo on the combined store).
 *
 * A continuous gesture is one step: an action names what it changes (`track('weight:scalability')`)
 * and changes of the same thing within COALESCE_MS of each other are kept as one history entry — a
 * dragged slider or a held arrow key is undone in one go. The clock is injected, so tests step it.
 */
export const COALESCE_MS = 1000;

export interface HistoryClock {
  now: () => number;
}

export interface Coalescer {
  /** Runs `change` (a `set`) as a change of `key`; changes of the same key in a burst become one step. */
  track: (key: string, change: () => void) => void;
  /** Wraps zundo's handleSet: skips recording when the change continues the last tracked one. */
  wrap: <A extends unknown[]>(handleSet: (...args: A) => void) => (...args: A) => void;
  /** Forget the last gesture (after undo/redo, a new change is a new step). */
  reset: () => void;
}

export function createCoalescer({ now }: HistoryClock): Coalescer {
  let intent: string | null = null;
  let last: { key: string | null; at: number } = { key: null, at: Number.NEGATIVE_INFINITY };
  return {
    track: (key, change) => {
      intent = key;
      try {
        change();
      } finally {
        intent = null;
      }
    },
    wrap:
      (handleSet) =>
      (...args) => {
        const at = now();
        const continues = intent !== null && last.key === intent && at - last.at < COALESCE_MS;
        last = { key: intent, at };
        if (!continues) handleSet(...args);
      },
    reset: () => {
      intent = null;
      last = { key: null, at: Number.NEGATIVE_INFINITY };
    },
  };
}
