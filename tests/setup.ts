import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// React Flow and recharts' ResponsiveContainer need these under jsdom (see TOOLCHAIN.md).
class ResizeObserverShim {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    // Asynchronously, as browsers do: React Flow must store the node element first.
    setTimeout(() => {
      this.callback(
        [{ target, contentRect: { width: 800, height: 600 } } as unknown as ResizeObserverEntry],
        this as unknown as ResizeObserver,
      );
    }, 0);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverShim as unknown as typeof ResizeObserver;

// Tests that run in Node (`// @vitest-environment node`: the sync tests) have no window.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom lays nothing out, so it has no scrolling: its scrollTo/scrollBy only log "Not implemented".
// (The browser tests check where things scroll.)
if (typeof window !== 'undefined' && navigator.userAgent.includes('jsdom')) {
  window.scrollTo = () => {};
  window.scrollBy = () => {};
}

// findBy… and waitFor poll until what the person would see is there; their bound (1 s by default)
// only stops a test that hangs. On a busy machine a render can take longer than a second.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
