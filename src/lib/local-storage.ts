/**
 * Local storage that never throws and never silently loses a write.
 *
 * - Unavailable (private mode, storage turned off, a sandboxed frame): everything is kept in memory
 *   for this tab and the problem is reported once.
 * - Full (quota exceeded): the value that did not fit is kept in memory, so this tab still reads back
 *   what it wrote, and the problem is reported.
 * - Writes can be deferred (`writeSoon`): a burst of changes (a slider dragged) is written once, a
 *   moment after the last one, and at the latest when the page is hidden or unloaded.
 */
export type StorageProblemKind = 'unavailable' | 'full';

export interface StorageProblemReport {
  kind: StorageProblemKind;
  key: string;
  message: string;
}

export interface SafeStorage {
  read(key: string): string | null;
  /** Writes now; false when the browser refused (the value is then kept in memory). */
  write(key: string, value: string): boolean;
  /** Writes after `delayMs` of quiet, or when the page is hidden; the latest value wins. */
  writeSoon(key: string, value: () => string): void;
  remove(key: string): void;
  /** Every key held, in the browser or (when it refused) in memory. */
  keys(): string[];
  /** Writes every deferred value now. */
  flush(): void;
  /** Drops deferred writes and in-memory values unwritten (tests start from what the browser holds). */
  discard(): void;
  /** Whether the browser's storage is in use (false: memory only). */
  readonly persistent: boolean;
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22;
}

/** The browser's storage if it can be written to at all, else null. */
function probe(getBackend: () => Storage): Storage | null {
  try {
    const backend = getBackend();
    const key = '__architecture-workbench-probe__';
    backend.setItem(key, '1');
    backend.removeItem(key);
    return backend;
  } catch (error) {
    // A storage that is merely full still works for reads and for smaller writes.
    if (isQuotaError(error)) {
      try {
        return getBackend();
      } catch {
        return null;
      }
    }
    return null;
  }
}

export interface SafeStorageOptions {
  getBackend?: () => Storage;
  onProblem?: (report: StorageProblemReport) => void;
  delayMs?: number;
  /** Where page-hide events come from; null in tests that flush by hand. */
  events?: Pick<Window, 'addEventListener'> | null;
}

export function createSafeStorage({
  getBackend = () => window.localStorage,
  onProblem = () => {},
  delayMs = 250,
  events = typeof window === 'undefined' ? null : window,
}: SafeStorageOptions = {}): SafeStorage {
  const backend = probe(getBackend);
  /** Values the browser would not keep: this tab reads them back from here. */
  const memory = new Map<string, string>();
  const pending = new Map<string, () => string>();
  /** What the browser holds for each key this tab wrote, so an unchanged value is not written again. */
  const written = new Map<string, string>();
  /** The last value the browser refused for each key: the same value is not tried again. */
  const refused = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  if (!backend) {
    onProblem({
      kind: 'unavailable',
      key: '',
      message: 'This browser does not let the app save (private mode, or storage is turned off).',
    });
  }

  const write = (key: string, value: string): boolean => {
    pending.delete(key);
    if (!backend) {
      memory.set(key, value);
      return false;
    }
    if (written.get(key) === value) return true;
    if (refused.get(key) === value) return false;
    try {
      backend.setItem(key, value);
      written.set(key, value);
      refused.delete(key);
      memory.delete(key);
      return true;
    } catch (error) {
      memory.set(key, value);
      refused.set(key, value);
      onProblem({
        kind: isQuotaError(error) ? 'full' : 'unavailable',
        key,
        message: isQuotaError(error)
          ? 'This browser’s storage for the app is full.'
          : `The browser refused to save (${error instanceof Error ? error.message : String(error)}).`,
      });
      return false;
    }
  };

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    for (const [key, value] of [...pending]) write(key, value());
  };

  events?.addEventListener('pagehide', flush);
  events?.addEventListener('visibilitychange', () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') flush();
  });

  return {
    persistent: backend !== null,
    read(key) {
      if (pending.has(key)) return pending.get(key)!();
      if (memory.has(key)) return memory.get(key)!;
      if (!backend) return null;
      try {
        return backend.getItem(key);
      } catch {
        return null;
      }
    },
    write,
    writeSoon(key, value) {
      pending.set(key, value);
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    remove(key) {
      pending.delete(key);
      memory.delete(key);
      written.delete(key);
      refused.delete(key);
      try {
        backend?.removeItem(key);
      } catch {
        // Nothing to keep: the value is gone from memory either way.
      }
    },
    keys() {
      const out = new Set([...memory.keys(), ...pending.keys()]);
      try {
        for (let i = 0; backend && i < backend.length; i++) {
          const key = backend.key(i);
          if (key !== null) out.add(key);
        }
      } catch {
        // A storage that cannot be listed has nothing more to offer.
      }
      return [...out];
    },
    flush,
    discard() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending.clear();
      memory.clear();
      written.clear();
      refused.clear();
    },
  };
}

/** A Storage kept in memory only: for a store that must never touch what this browser saved (a shared decision shown read-only). */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
