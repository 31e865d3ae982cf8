/**
 * What a slider step allocates, by function: the sampling heap profiler (Chrome DevTools protocol)
 * over key presses on a weight slider, objects already collected included, summed per function (self
 * and inclusive), in KB per press. Garbage made per step is what the collector has to clear in the
 * middle of later steps. Expects `npm run bench` to have built bench/.out (a build made with
 * `vite build --minify false`, in PROFILE_DIR, names our functions).
 *   tsx bench/alloc.ts [route=/] [generated|builtin] [presses=40]
 */
import { openSliderPage } from './serve';

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

const [route = '/', which = 'builtin', presses = '40'] = process.argv.slice(2);
const n = Number(presses);
const { context, page, close } = await openSliderPage(route, which);
try {
  await page.waitForTimeout(1500);
  // A few presses first: lazy chunks and first renders are not a step's allocations.
  for (let i = 0; i < 4; i++) await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 128,
    includeObjectsCollectedByMinorGC: true,
    includeObjectsCollectedByMajorGC: true,
  });
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
    // The step's frame and a task after it: its renders, effects and deferred work are done.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
  }
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const walk = (node: SamplingNode, stack: readonly string[]): number => {
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + node.selfSize);
    let total = node.selfSize;
    for (const child of node.children) total += walk(child, [...stack, key]);
    if (!stack.includes(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + total);
    return total;
  };
  const all = walk(profile.head, []);
  const kb = (bytes: number) => (bytes / n / 1024).toFixed(1).padStart(8);
  console.log(`allocated per press: ${kb(all).trim()} KB`);
  const top = Number(process.env.TOP ?? 25);
  console.log('self, KB per press:');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(v)}  ${k}`);
  console.log('inclusive, KB per press:');
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(v)}  ${k}`);
} finally {
  await close();
}
