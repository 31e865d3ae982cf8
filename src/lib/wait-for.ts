/**
 * Resolves with what `find()` returns once it is truthy, checked every animation frame (for DOM a
 * lazy chart draws after it has measured itself); rejects after `ms`.
 */
export function waitFor<T>(find: () => T | null | undefined | false, ms = 5000, what = 'the chart did not finish drawing'): Promise<T> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      const found = find();
      if (found) resolve(found);
      else if (performance.now() - start > ms) reject(new Error(what));
      else requestAnimationFrame(tick);
    };
    tick();
  });
}
