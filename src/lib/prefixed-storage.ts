/**
 * A view of a Storage in which every key carries a prefix: a store given it as its backend saves
 * beside the app's own saved state, never over it (a phone in a live room keeps its own decision).
 */
export function prefixedStorage(backend: Storage, prefix: string): Storage {
  const own = (): string[] => {
    const keys: string[] = [];
    for (let i = 0; i < backend.length; i++) {
      const key = backend.key(i);
      if (key?.startsWith(prefix)) keys.push(key.slice(prefix.length));
    }
    return keys;
  };
  return {
    get length() {
      return own().length;
    },
    key: (index) => own()[index] ?? null,
    getItem: (key) => backend.getItem(prefix + key),
    setItem: (key, value) => backend.setItem(prefix + key, value),
    removeItem: (key) => backend.removeItem(prefix + key),
    clear: () => {
      for (const key of own()) backend.removeItem(prefix + key);
    },
  };
}
