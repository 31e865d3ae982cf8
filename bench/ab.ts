/**
 * Two builds compared on one shared, busy machine: main-thread work per slider step (Chrome's task
 * timing, as `npm run bench -- --only=work` measures it), with bursts on build A and build B taken
 * in turn in one browser, so that load from other work falls on both alike. Reports the median and
 * the minimum of the bursts per build; the difference is the change, not the load.
 *   tsx bench/ab.ts <dirA> <dirB> [route=/] [generated|builtin] [bursts=8]
 * The builds come from `vite build --outDir <dir>`; the generated dataset from a `npm run bench` run
 * (bench/.out/dataset-generated.json). AB_PORT (default 4455) and AB_PORT + 1 serve them.
 */
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { serve, toolContext } from './serve';
import { chromium, type Page } from '@playwright/test';

const [dirA, dirB, route = '/', which = 'generated', bursts = '8'] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: tsx bench/ab.ts <dirA> <dirB> [route] [generated|builtin] [bursts]');
const PORT = Number(process.env.AB_PORT ?? 4455);
const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;
const PRESSES = 20;

const servers = [await serve(dirA, PORT), await serve(dirB, PORT + 1)];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
try {
  const pages = [];
  for (let i = 0; i < 2; i++) {
    const context = await toolContext(browser, which);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT + i}${route}`);
    const slider = page.locator('input[type="range"]').nth(1);
    await slider.waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1000);
    await slider.focus();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    pages.push({ page, cdp, out: Object.fromEntries(METRICS.map((k) => [k, [] as number[]])) as Record<string, number[]> });
  }
  for (let b = 0; b < Number(bursts) + 1; b++) {
    for (const p of b % 2 ? [...pages].reverse() : pages) {
      await settle(p.page);
      const read = async () => new Map((await p.cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]));
      const before = await read();
      for (let i = 0; i < PRESSES; i++) await p.page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await settle(p.page);
      const after = await read();
      if (b > 0) for (const k of METRICS) p.out[k]!.push(((after.get(k) ?? 0) - (before.get(k) ?? 0)) / PRESSES);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
  console.log(`${which} ${route}, ${bursts} bursts of ${PRESSES} presses each, ms per step (median / min):`);
  for (const k of METRICS) {
    const [a, b] = pages.map((p) => p.out[k]!);
    console.log(
      `  ${k.replace('Duration', '').padEnd(12)} A ${median(a!).toFixed(1).padStart(6)} / ${Math.min(...a!)
        .toFixed(1)
        .padStart(6)}   B ${median(b!).toFixed(1).padStart(6)} / ${Math.min(...b!)
        .toFixed(1)
        .padStart(6)}`,
    );
  }
} finally {
  await browser.close();
  for (const s of servers) s.kill();
}
