import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorage, type StorageProblemReport } from './local-storage';

/** A Storage of a given capacity in characters, as browsers count it (key + value). */
class FakeStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly capacity = Infinity) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    const used = [...this.items].filter(([k]) => k !== key).reduce((n, [k, v]) => n + k.length + v.length, 0);
    if (used + key.length + value.length > this.capacity) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

function setup(backend: () => Storage) {
  const problems: StorageProblemReport[] = [];
  const storage = createSafeStorage({ getBackend: backend, onProblem: (p) => problems.push(p), delayMs: 100, events: null });
  return { storage, problems };
}

describe('safe storage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes through to the browser when it can', () => {
    const fake = new FakeStorage();
    const { storage, problems } = setup(() => fake);
    expect(storage.write('k', 'v')).toBe(true);
    expect(fake.getItem('k')).toBe('v');
    expect(storage.read('k')).toBe('v');
    expect(storage.persistent).toBe(true);
    expect(problems).toEqual([]);
  });

  it('when storage is full, keeps the value in memory for this tab and says so', () => {
    const fake = new FakeStorage(40);
    const { storage, problems } = setup(() => fake);
    expect(storage.write('small', 'ok')).toBe(true);
    expect(storage.write('big', 'x'.repeat(100))).toBe(false);
    expect(storage.read('big')).toBe('x'.repeat(100));
    expect(fake.getItem('big')).toBeNull();
    expect(problems).toEqual([{ kind: 'full', key: 'big', message: 'This browser’s storage for the app is full.' }]);
  });

  it('when storage is unavailable (private mode), works from memory and says so once', () => {
    const { storage, problems } = setup(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(storage.persistent).toBe(false);
    expect(storage.write('k', 'v')).toBe(false);
    expect(storage.read('k')).toBe('v');
    expect(problems.map((p) => p.kind)).toEqual(['unavailable']);
  });

  it('defers writes: a burst of changes is written once, with the latest value', () => {
    const fake = new FakeStorage();
    const setItem = vi.spyOn(fake, 'setItem');
    const { storage } = setup(() => fake);
    setItem.mockClear();
    for (let i = 1; i <= 5; i++) storage.writeSoon('k', () => String(i));
    expect(setItem).not.toHaveBeenCalled();
    expect(storage.read('k')).toBe('5');
    vi.advanceTimersByTime(100);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(fake.getItem('k')).toBe('5');
  });

  it('flushes deferred writes at once when asked (page hidden or unloading)', () => {
    const fake = new FakeStorage();
    const { storage } = setup(() => fake);
    storage.writeSoon('k', () => 'v');
    storage.flush();
    expect(fake.getItem('k')).toBe('v');
  });

  it('flushes on pagehide', () => {
    const fake = new FakeStorage();
    const target = new EventTarget();
    const storage = createSafeStorage({ getBackend: () => fake, delayMs: 10_000, events: target as unknown as Window });
    storage.writeSoon('k', () => 'v');
    target.dispatchEvent(new Event('pagehide'));
    expect(fake.getItem('k')).toBe('v');
  });
});
