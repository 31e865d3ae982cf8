/**
 * Where a slider step's main-thread time goes, by Chrome's own trace events: a devtools.timeline
 * trace of a few key presses on a weight slider, summed by event name (self time on the renderer's
 * main thread). Expects `npm run bench` to have built bench/.out.
 *   tsx bench/trace.ts [route=/] [generated|builtin] [presses=20]
 */
import { writeFileSync } from 'node:fs';
import { openSliderPage } from './serve';

const [route = '/', which = 'builtin', presses = '20'] = process.argv.slice(2);
const { browser, page, close } = await openSliderPage(route, which);
try {
  await page.waitForTimeout(1500);
  for (let i = 0; i < 6; i++) await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
  await page.waitForTimeout(500);
  await browser.startTracing(page, {
    categories: (process.env.TRACE_CATS ?? 'devtools.timeline,disabled-by-default-devtools.timeline').split(','),
  });
  for (let i = 0; i < Number(presses); i++) await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  const buf = await browser.stopTracing();
  if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, buf);
  const { traceEvents } = JSON.parse(buf.toString()) as {
    traceEvents: { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: Record<string, unknown> }[];
  };
  // The renderer main thread: the thread with the most RunTask time that has Layout events.
  const layoutTid = traceEvents.find((e) => e.name === 'Layout' || e.name === 'UpdateLayoutTree');
  if (!layoutTid) throw new Error('no Layout events');
  const main = traceEvents.filter((e) => e.tid === layoutTid.tid && e.pid === layoutTid.pid && e.ph === 'X' && e.dur != null);
  main.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time: subtract direct children.
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const stack: { e: (typeof main)[number]; child: number }[] = [];
  const pop = () => {
    const top = stack.pop()!;
    self.set(top.e.name, (self.get(top.e.name) ?? 0) + top.e.dur! - top.child);
  };
  for (const e of main) {
    while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= e.ts) pop();
    if (stack.length) stack.at(-1)!.child += e.dur!;
    total.set(e.name, (total.get(e.name) ?? 0) + e.dur!);
    stack.push({ e, child: 0 });
  }
  while (stack.length) pop();
  const n = Number(presses);
  const runTask = (total.get('RunTask') ?? 0) / 1000 / n;
  console.log(`RunTask total per press: ${runTask.toFixed(2)} ms`);
  console.log('per press, ms  (self / total)  event');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${(v / 1000 / n).toFixed(3).padStart(8)} ${((total.get(k) ?? 0) / 1000 / n).toFixed(3).padStart(8)}  ${k}`);
} finally {
  await close();
}
