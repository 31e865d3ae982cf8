/**
 * `npm run bench`: the production build in headless Chromium (Debian's, through Playwright),
 * measured; prints a table (median and p95 per metric, budget, pass/miss) and writes
 * bench/results.json. Not a test: timings belong here, not in `npm test`.
 *
 *   npm run bench [-- --no-build] [-- --quick] [-- --only=slider,work,graph,load,floor,room]
 *
 * What it measures (see the README's Performance section for how to read it):
 * - slider to paint: a key press on a weight slider (a trusted input event) → the frame painted
 *   after the ranking (workbench) or the quadrant (forces) changed in the DOM; built-in and generated
 *   dataset (1,000 patterns × 20 criteria, seed 1);
 * - work per slider step: Chrome's own task timing (CDP Performance.getMetrics: TaskDuration,
 *   ScriptDuration, LayoutDuration, RecalcStyleDuration) before and after a burst of 20 key presses
 *   on a weight slider, divided by 20: the main-thread work a step costs, without the vsync wait;
 *   on every view with sliders (/, /forces and /present/priorities), built-in and generated dataset,
 *   and on a bare range input (the floor: what Chrome and the presses cost on this machine, this run;
 *   measured alone, then again just before each view's bursts, beside which the table shows it);
 * - graph frame time: requestAnimationFrame intervals while dragging the React Flow pane, and while
 *   the migration plays; built-in graph and generated graph (500 nodes / 1,000 edges);
 * - first load: gzip bytes of the first route (Vite manifest), first contentful paint and an
 *   interactive time (last long task end after load, 1 s quiet) from a local `vite preview`;
 * - live room: a phone's slider step → the projector's team weight changed (3 phones, a relay on
 *   127.0.0.1; bench/room.ts);
 * - the library floor: the same slider and pan measurements on a bare recharts ScatterChart and a
 *   bare React Flow with the same points and graph (bench/floor), and the ratio ours / floor.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { BENCH_SIZES, generateDataset } from '../src/domain/bench/generate-dataset';
import { BUILTIN_DATASET } from '../src/domain/model/builtin-dataset';
import { graphFromDataset } from '../src/domain/graph/graph';
import { layoutGraph } from '../src/domain/graph/layout';
import type { Dataset } from '../src/domain/model/dataset';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { firstRouteFiles, JS_BUDGET_BYTES } from '../scripts/check-size.mjs';
import { roomLatency } from './room';
import { GENERATED_DECISION, serve } from './serve';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/.out');
const APP_DIR = join(OUT, 'app');
const FLOOR_DIR = join(OUT, 'floor');
// BENCH_PORT lets two benchmarks on one machine (other worktrees) use their own servers.
const APP_PORT = Number(process.env.BENCH_PORT ?? 4290);
const FLOOR_PORT = APP_PORT + 2;
const FRAME = 1000 / 60;
const STORAGE_KEY = 'architecture-workbench';
const CHROMIUM = CHROMIUM_PATH;
const FLAGS = CHROMIUM_FLAGS;

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const only = argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wants = (part: string) => !only || only.includes(part);
const RUNS = {
  bursts: QUICK ? 3 : 7,
  presses: 20,
  slider: QUICK ? 8 : 20,
  warmup: 3,
  load: QUICK ? 3 : 8,
  panMoves: QUICK ? 120 : 240,
  playMs: QUICK ? 2500 : 5000,
};

// ---------------------------------------------------------------------------------------------
// Numbers

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] as number;
}
function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1] ?? NaN };
}
type Stats = ReturnType<typeof stats>;

interface Metric {
  id: string;
  label: string;
  unit: 'ms' | 'KB';
  stats: Stats;
  /** Budget on the p95 (or on the value for sizes); pass when at or under it. */
  budget?: number;
  pass?: boolean;
  floor?: Stats;
  /** ours / floor, on the median and on the p95. */
  ratio?: { median: number; p95: number };
}
const metrics: Metric[] = [];
function record(m: Metric) {
  if (m.budget !== undefined) m.pass = m.stats.p95 <= m.budget;
  metrics.push(m);
  const r = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
  console.log(
    `  ${m.label}: median ${r(m.stats.median)} ${m.unit}, p95 ${r(m.stats.p95)} ${m.unit} (n=${m.stats.n})${m.ratio ? `, ours/floor ${m.ratio.median.toFixed(2)}× median, ${m.ratio.p95.toFixed(2)}× p95` : ''}`,
  );
}
const ratio = (ours: Stats, floor: Stats) => ({ median: ours.median / floor.median, p95: ours.p95 / floor.p95 });

// ---------------------------------------------------------------------------------------------
// Build, data, servers

function run(cmd: string, args: string[]) {
  execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

function build() {
  console.log('Building the app and the floor…');
  run('node_modules/.bin/vite', ['build', '--outDir', APP_DIR, '--emptyOutDir', '--logLevel', 'warn']);
  run('node_modules/.bin/vite', ['build', '--config', 'bench/floor/vite.config.ts']);
}

/** The same points and graph (at our own dagre layout) for the floor page. */
function floorData(ds: Dataset) {
  const scales = ds.scoring?.scales ?? [];
  const fitOf = (criterion: string | undefined, pid: string) => {
    const scale = scales.find((s) => s.criterionId === criterion);
    const rating = ds.decisionFramework.criteria.find((c) => c.id === criterion)?.ratings[pid];
    if (scale?.kind !== 'ordinal') return 0.5;
    return scale.levels.find((l) => l.rating === rating)?.fit ?? 0.5;
  };
  const [c1, c2] = [scales[1]?.criterionId, scales[2]?.criterionId];
  const graph = graphFromDataset(ds);
  const layout = layoutGraph(graph, () => ({ width: 150, height: 44 }));
  return {
    points: ds.quadrant.points.map((p) => ({ id: p.patternId, x: p.x, y: p.y, a: fitOf(c1, p.patternId), b: fitOf(c2, p.patternId) })),
    nodes: graph.nodes.map((n) => ({ id: n.id, label: n.label, x: layout[n.id]?.x ?? 0, y: layout[n.id]?.y ?? 0 })),
    edges: graph.edges.map((e) => ({ id: e.id, source: e.from, target: e.to, label: e.label })),
  };
}

// ---------------------------------------------------------------------------------------------
// In-page measurement

/** A fresh context at 1280×720. (tsx names functions with a `__name` helper the page lacks.) */
async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: process.env.BENCH_REDUCED ? 'reduce' : 'no-preference',
    ...options,
  });
  await context.addInitScript('window.__name = (f) => f;');
  return context;
}

/**
 * A context whose storage starts with the given app state, as the app saves it: the decision under
 * STORAGE_KEY and a loaded dataset under `${STORAGE_KEY}:dataset` (as if the person had loaded it).
 */
async function appContext(browser: Browser, state: Record<string, unknown> | null): Promise<BrowserContext> {
  const context = await newContext(browser);
  if (state) {
    const { custom, ...decision } = state;
    const entries: [string, string][] = [[STORAGE_KEY, JSON.stringify({ version: 1, state: decision })]];
    if (custom) entries.push([`${STORAGE_KEY}:dataset`, JSON.stringify(custom)]);
    await context.addInitScript((items) => {
      for (const [key, value] of items as [string, string][]) if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    }, entries);
  }
  return context;
}

/**
 * Arms a watcher in the page: resolves with (paint time − input time) once the watched element has
 * changed after the next key press on `slider` and the frame with the change has been painted
 * (requestAnimationFrame, then a message: runs after that frame's rendering steps).
 */
async function armSlider(page: Page, sliderSelector: string, watchSelector: string) {
  await page.evaluate(
    ([sliderSel, watchSel]) => {
      const w = window as unknown as { __bench: Promise<[number, number]> };
      const slider = document.querySelector(sliderSel as string) as HTMLElement;
      const watched = document.querySelector(watchSel as string) as HTMLElement;
      w.__bench = new Promise<[number, number]>((resolve, reject) => {
        let t0 = -1;
        let changed = false;
        let tDom = -1;
        const mo = new MutationObserver(() => {
          if (!changed) tDom = performance.now();
          changed = true;
        });
        mo.observe(watched, { subtree: true, childList: true, attributes: true, characterData: true });
        const afterPaint = () =>
          new Promise<number>((r) =>
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => r(performance.now());
              ch.port2.postMessage(0);
            }),
          );
        const timeout = setTimeout(() => reject(new Error('no change within 20 s')), 20_000);
        slider.addEventListener(
          'keydown',
          (e) => {
            t0 = e.timeStamp;
            const check = async () => {
              await null;
              while (!changed) await afterPaint();
              const t1 = await afterPaint();
              mo.disconnect();
              clearTimeout(timeout);
              resolve([t1 - t0, tDom - t0]);
            };
            setTimeout(() => void check(), 0);
          },
          { once: true, capture: true },
        );
      });
    },
    [sliderSelector, watchSelector],
  );
}

/** Per key press: [input → painted, input → DOM changed (the main-thread work before the frame)]. */
async function sliderToPaint(page: Page, sliderSelector: string, watchSelector: string, runs: number): Promise<[number[], number[]]> {
  const out: number[] = [];
  const dom: number[] = [];
  await page.locator(sliderSelector).focus();
  for (let i = 0; i < runs + RUNS.warmup; i++) {
    await armSlider(page, sliderSelector, watchSelector);
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    const [ms, domMs] = await page.evaluate(() => (window as unknown as { __bench: Promise<[number, number]> }).__bench);
    if (i >= RUNS.warmup) {
      out.push(ms);
      dom.push(domMs);
    }
    await page.waitForTimeout(60);
  }
  return [out, dom];
}

async function startFrames(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__frames = [];
    w.__framesOn = true;
    const tick = (t: number) => {
      w.__frames.push(t);
      if (w.__framesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
async function stopFrames(page: Page): Promise<number[]> {
  const ts = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__framesOn = false;
    return w.__frames;
  });
  return ts
    .slice(1)
    .map((t, i) => t - (ts[i] as number))
    .slice(2);
}

/** A point on the React Flow pane with no node or edge under it. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane') as HTMLElement;
    const r = pane.getBoundingClientRect();
    for (let fy = 0.5; fy < 0.95; fy += 0.05) {
      for (let fx = 0.5; fx < 0.95; fx += 0.03) {
        for (const [x, y] of [
          [r.left + r.width * fx, r.top + r.height * fy],
          [r.left + r.width * (1 - fx), r.top + r.height * (1 - fy)],
        ] as const) {
          if (document.elementFromPoint(x, y) === pane) return { x, y };
        }
      }
    }
    return null;
  });
  if (!p) throw new Error('no empty spot on the pane to drag');
  return p;
}

async function panFrames(page: Page): Promise<number[]> {
  const start = await emptyPanePoint(page);
  const all: number[] = [];
  for (let pass = 0; pass < 2; pass++) {
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await startFrames(page);
    for (let i = 1; i <= RUNS.panMoves / 2; i++) {
      const a = (i / (RUNS.panMoves / 2)) * Math.PI * 2;
      await page.mouse.move(start.x + Math.sin(a) * 120, start.y + (1 - Math.cos(a)) * 60);
      await page.waitForTimeout(4);
    }
    all.push(...(await stopFrames(page)));
    await page.mouse.up();
    await page.waitForTimeout(200);
  }
  return all;
}

// ---------------------------------------------------------------------------------------------
// Scenarios

const SLIDER = 'input[type="range"]';

async function appSlider(browser: Browser, name: string, state: Record<string, unknown> | null, datasetLabel: string) {
  const context = await appContext(browser, state);
  const page = await context.newPage();
  const results: Record<string, Stats> = {};
  for (const [route, watch, what] of [
    ['/', 'ol[aria-label="Options by score"]', 'ranking and bars (/)'],
    ['/forces', '.quadrant-canvas svg', 'quadrant (/forces)'],
  ] as const) {
    await page.goto(`http://127.0.0.1:${APP_PORT}${route}`);
    await page.waitForSelector(watch, { timeout: 120_000 });
    await page.waitForTimeout(800);
    // The second weight slider (an ordinal criterion, as most are).
    const sliders = page.locator(SLIDER);
    const id = await sliders.nth(1).getAttribute('id');
    const sel = id ? `[id="${id}"]` : `${SLIDER} >> nth=1`;
    const [paint, dom] = await sliderToPaint(page, sel, watch, RUNS.slider);
    const s = stats(paint);
    results[route] = s;
    const metricId = `slider-${name}-${route === '/' ? 'workbench' : 'forces'}`;
    record({
      id: metricId,
      label: `Slider to paint, ${datasetLabel}: ${what}`,
      unit: 'ms',
      stats: s,
      budget: name === 'builtin' ? FRAME : 2 * FRAME,
    });
    record({ id: `${metricId}-dom`, label: `  of which input → DOM updated (main-thread work)`, unit: 'ms', stats: stats(dom) });
  }
  await context.close();
  return results;
}

/** The rendering work of one step has ended: two frames and a macrotask after the last key press. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
}

const WORK_METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;
type Work = Record<(typeof WORK_METRICS)[number], number>;

/** A page and its weight slider, measured by Chrome's own task timing. */
interface SliderTarget {
  page: Page;
  slider: string;
}

/**
 * Main-thread work per slider step, by Chrome's own task timing: Performance.getMetrics before and
 * after a burst of presses (alternating → and ←, so the value moves every time), divided by the
 * number of presses. Each burst gives one figure per metric (ms per step). With `floor`, bursts on
 * the floor's page are taken just before those on `target`, so that a slow minute of this shared
 * machine shows in the floor measured at that time.
 */
async function workPerStep(target: SliderTarget, floor?: SliderTarget): Promise<{ work: Record<keyof Work, number[]>; floor: number[] }> {
  const open = async ({ page, slider }: SliderTarget) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const read = async (): Promise<Work> => {
      const { metrics: list } = await cdp.send('Performance.getMetrics');
      const by = new Map(list.map((m) => [m.name, m.value]));
      return Object.fromEntries(WORK_METRICS.map((k) => [k, (by.get(k) ?? 0) * 1000])) as Work;
    };
    const burst = async (): Promise<Work> => {
      await page.locator(slider).focus();
      await settle(page);
      const before = await read();
      for (let i = 0; i < RUNS.presses; i++) await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await settle(page);
      const after = await read();
      return Object.fromEntries(WORK_METRICS.map((k) => [k, (after[k] - before[k]) / RUNS.presses])) as Work;
    };
    return { burst, close: () => cdp.detach() };
  };
  const app = await open(target);
  const bare = floor ? await open(floor) : null;
  const out = Object.fromEntries(WORK_METRICS.map((k) => [k, [] as number[]])) as Record<keyof Work, number[]>;
  const floorOut: number[] = [];
  try {
    // The floor's bursts just before the view's; the view's back to back, as they always were: work a
    // burst defers (the autosave, 250 ms after the last change) runs early in the next one and is
    // counted there. (Taken in turn with the floor's, a burst's save ran between the two and was not
    // counted at all; waiting it out after each burst also counted whatever Chrome does when idle.)
    for (let b = 0; bare && b < RUNS.bursts + 1; b++) {
      const beside = await bare.burst();
      // The first burst warms up (lazy chunks, JIT): not counted.
      if (b > 0) floorOut.push(beside.TaskDuration);
    }
    for (let b = 0; b < RUNS.bursts + 1; b++) {
      const work = await app.burst();
      if (b > 0) for (const k of WORK_METRICS) out[k].push(work[k]);
    }
  } finally {
    await app.close();
    await bare?.close();
  }
  return { work: out, floor: floorOut };
}

/**
 * The views with weight sliders: the workbench, the forces quadrant and Present mode's Priorities
 * slide. The migration view has none (a weight change reaches it only through the target, on another route).
 */
const SLIDER_VIEWS = [
  ['/', 'ol[aria-label="Options by score"]', 'workbench'],
  ['/forces', '.quadrant-canvas svg', 'forces'],
  ['/present/priorities', 'ul[aria-label="Weights"]', 'present'],
] as const;

/**
 * This machine's floor for the figure above: the same key presses on a page that is one range input
 * and its value, no framework. What Chrome and the key presses themselves cost here, in this run
 * (a shared machine's speed moves from run to run): the rest of an app figure is the app's. The page
 * stays open: bursts here are taken again just before each view's (the "ours / floor" column).
 */
async function bareWork(browser: Browser): Promise<{ floor: SliderTarget; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.setContent(
    '<label>Weight <input id="w" type="range" min="0" max="10" value="5"></label> <output id="o">5</output>' +
      '<script>w.addEventListener("input", () => { o.textContent = w.value; });</script>',
  );
  const floor = { page, slider: '#w' };
  const { work } = await workPerStep(floor);
  record({
    id: 'work-bare',
    label: 'Work per slider step (Chrome task time), a bare range input: the floor',
    unit: 'ms',
    stats: stats(work.TaskDuration),
  });
  return { floor, close: () => context.close() };
}

async function appWork(browser: Browser, name: string, state: Record<string, unknown> | null, datasetLabel: string, floor: SliderTarget) {
  const context = await appContext(browser, state);
  const page = await context.newPage();
  for (const [route, watch, view] of SLIDER_VIEWS) {
    await page.goto(`http://127.0.0.1:${APP_PORT}${route}`);
    await page.waitForSelector(watch, { timeout: 120_000 });
    await page.waitForTimeout(800);
    const id = await page.locator(SLIDER).nth(1).getAttribute('id');
    const { work, floor: beside } = await workPerStep({ page, slider: id ? `[id="${id}"]` : `${SLIDER} >> nth=1` }, floor);
    const metricId = `work-${name}-${view}`;
    const ours = stats(work.TaskDuration);
    const bare = stats(beside);
    record({
      id: metricId,
      label: `Work per slider step (Chrome task time), ${datasetLabel}, ${route}`,
      unit: 'ms',
      stats: ours,
      budget: name === 'builtin' ? 8 : 33,
      floor: bare,
      ratio: ratio(ours, bare),
    });
    for (const k of ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const) {
      record({
        id: `${metricId}-${k}`,
        label: `  of which ${k.replace('Duration', '').replace('RecalcStyle', 'style recalc').toLowerCase()}`,
        unit: 'ms',
        stats: stats(work[k]),
      });
    }
  }
  await context.close();
}

async function floorSlider(browser: Browser, data: string): Promise<Stats> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${FLOOR_PORT}/?view=scatter&data=${data}`);
  await page.waitForSelector('.recharts-scatter-symbol', { timeout: 60_000 });
  await page.waitForTimeout(500);
  const [paint] = await sliderToPaint(page, 'input[aria-label="Weight"]', '.recharts-wrapper', RUNS.slider);
  await context.close();
  return stats(paint);
}

async function appGraph(browser: Browser, name: string, state: Record<string, unknown> | null, label: string, expectNodes: number) {
  const context = await appContext(browser, state);
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${APP_PORT}/migration`);
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= n, expectNodes, { timeout: 120_000 });
  await page.waitForTimeout(1000);
  const pan = stats(await panFrames(page));
  record({
    id: `pan-${name}`,
    label: `Graph frame time while panning, ${label}`,
    unit: 'ms',
    stats: pan,
    budget: name === 'builtin' ? undefined : FRAME * 1.1,
  });
  let play: Stats | null = null;
  const playButton = page.getByRole('button', { name: 'Play', exact: true });
  if (await playButton.isVisible()) {
    await playButton.click();
    await startFrames(page);
    await page.waitForTimeout(RUNS.playMs);
    play = stats(await stopFrames(page));
    record({ id: `play-${name}`, label: `Graph frame time while the migration plays, ${label}`, unit: 'ms', stats: play });
  } else {
    console.log(`  (no path to play on the ${label})`);
  }
  await context.close();
  return { pan, play };
}

async function floorPan(browser: Browser, data: string, expectNodes: number, minimap = true, labels = true): Promise<Stats> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${FLOOR_PORT}/?view=flow&data=${data}${minimap ? '' : '&minimap=0'}${labels ? '' : '&labels=0'}`);
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= n, expectNodes, { timeout: 120_000 });
  await page.waitForTimeout(1000);
  const s = stats(await panFrames(page));
  await context.close();
  return s;
}

async function firstLoad(browser: Browser) {
  const manifest = JSON.parse(readFileSync(join(APP_DIR, '.vite/manifest.json'), 'utf8'));
  const { js, css } = firstRouteFiles(manifest);
  const gz = (f: string) => gzipSync(readFileSync(join(APP_DIR, f))).length / 1000;
  const jsKb = js.reduce((n: number, f: string) => n + gz(f), 0);
  const cssKb = css.reduce((n: number, f: string) => n + gz(f), 0);
  const one = (v: number) => ({ n: 1, median: v, p95: v, max: v });
  record({ id: 'first-route-js', label: 'First route JavaScript (gzip)', unit: 'KB', stats: one(jsKb), budget: JS_BUDGET_BYTES / 1000 });
  record({ id: 'first-route-css', label: 'First route CSS (gzip)', unit: 'KB', stats: one(cssKb) });

  const fcp: number[] = [];
  const tti: number[] = [];
  for (let i = 0; i < RUNS.load; i++) {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      const w = window as unknown as { __longtasks: { start: number; end: number }[] };
      w.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, end: e.startTime + e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${APP_PORT}/`, { waitUntil: 'load' });
    await page.getByRole('heading', { name: 'Ranking' }).waitFor();
    const m = await page.evaluate(async () => {
      const w = window as unknown as { __longtasks: { start: number; end: number }[] };
      // Interactive: the main thread has been quiet (no long task) for 1 s after load.
      const quietFor = async (ms: number) => {
        for (;;) {
          const last = Math.max(0, ...w.__longtasks.map((t) => t.end));
          const wait = last + ms - performance.now();
          if (wait <= 0) return last;
          await new Promise((r) => setTimeout(r, wait + 20));
        }
      };
      const lastLong = await quietFor(1000);
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: paint?.startTime ?? NaN, tti: Math.max(nav.domContentLoadedEventEnd, paint?.startTime ?? 0, lastLong) };
    });
    fcp.push(m.fcp);
    tti.push(m.tti);
    await context.close();
  }
  record({ id: 'first-render', label: 'First load: first contentful paint (the app rendered), /', unit: 'ms', stats: stats(fcp) });
  record({ id: 'interactive', label: 'First load: interactive (last long task ended, 1 s quiet), /', unit: 'ms', stats: stats(tti) });
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const t0 = Date.now();
  if (!argv.includes('--no-build')) build();
  mkdirSync(OUT, { recursive: true });
  const generated = generateDataset({ seed: 1, ...BENCH_SIZES });
  writeFileSync(join(OUT, 'dataset-generated.json'), JSON.stringify(generated));
  writeFileSync(join(FLOOR_DIR, 'data-builtin.json'), JSON.stringify(floorData(BUILTIN_DATASET)));
  writeFileSync(join(FLOOR_DIR, 'data-generated.json'), JSON.stringify(floorData(generated)));
  // The generated dataset as a person would have loaded it, with a path to play (start → last node).
  const genState = { custom: { fileName: 'generated.json', dataset: generated }, ...GENERATED_DECISION };
  const builtinState = { migrationCurrent: 'monolith' };

  const servers = [await serve(APP_DIR, APP_PORT), await serve(FLOOR_DIR, FLOOR_PORT, 'bench/floor/vite.config.ts')];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const chromiumVersion = browser.version();
  try {
    if (wants('load')) {
      console.log('First load');
      await firstLoad(browser);
    }
    if (wants('slider')) {
      for (const [name, state, label, nPoints] of [
        ['builtin', null, 'built-in dataset', BUILTIN_DATASET.quadrant.points.length],
        ['generated', genState, 'generated 1,000 × 20', generated.quadrant.points.length],
      ] as const) {
        console.log(`Slider to paint, ${label}`);
        await appSlider(browser, name, state, label);
        if (wants('floor')) {
          const floor = await floorSlider(browser, name);
          const ours = metrics.find((m) => m.id === `slider-${name}-forces`);
          if (ours) Object.assign(ours, { floor, ratio: ratio(ours.stats, floor) });
          record({
            id: `floor-slider-${name}`,
            label: `Floor: bare recharts ScatterChart, ${nPoints} points, slider to paint`,
            unit: 'ms',
            stats: floor,
          });
        }
      }
    }
    if (wants('work')) {
      console.log('Work per slider step, a bare range input');
      const bare = await bareWork(browser);
      for (const [name, state, label] of [
        ['builtin', null, 'built-in dataset'],
        ['generated', genState, '1,000 × 20'],
      ] as const) {
        console.log(`Work per slider step, ${label}`);
        await appWork(browser, name, state, label, bare.floor);
      }
      await bare.close();
    }
    if (wants('room')) {
      console.log('Live room');
      record({
        id: 'room-latency',
        label: 'Live room: phone slider step → projector shows the room’s weight (3 phones, local relay)',
        unit: 'ms',
        stats: stats(await roomLatency(browser, `http://127.0.0.1:${APP_PORT}`, RUNS.slider, newContext)),
        budget: 1000,
      });
    }
    if (wants('graph')) {
      for (const [name, state, label, n] of [
        ['builtin', builtinState, 'built-in graph', BUILTIN_DATASET.migrationNodes.length],
        ['generated', genState, 'generated 500 nodes / 1,000 edges', BENCH_SIZES.nodes],
      ] as const) {
        console.log(`Graph, ${label}`);
        const ours = await appGraph(browser, name, state, label, n);
        if (wants('floor')) {
          const floor = await floorPan(browser, name, n);
          const m = metrics.find((x) => x.id === `pan-${name}`);
          if (m) Object.assign(m, { floor, ratio: ratio(ours.pan, floor) });
          record({ id: `floor-pan-${name}`, label: `Floor: bare React Flow, ${label}, panning`, unit: 'ms', stats: floor });
          if (name === 'generated') {
            const bare = await floorPan(browser, name, n, false);
            record({
              id: `floor-pan-${name}-no-minimap`,
              label: `Floor: bare React Flow without the minimap, ${label}, panning`,
              unit: 'ms',
              stats: bare,
            });
            const unlabelled = await floorPan(browser, name, n, true, false);
            record({
              id: `floor-pan-${name}-no-labels`,
              label: `Floor: bare React Flow without edge labels, ${label}, panning`,
              unit: 'ms',
              stats: unlabelled,
            });
          }
        }
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) s.kill();
  }

  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: chromiumVersion,
    },
    runs: RUNS,
    frameBudgetMs: FRAME,
    metrics,
  };
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(result, null, 2)}\n`);
  printTable();
  console.log(`\nWrote bench/results.json (${((Date.now() - t0) / 1000).toFixed(0)} s, Chromium ${chromiumVersion}).`);
}

function printTable() {
  const f = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '' : x.toFixed(1));
  const rows = metrics.map((m) => [
    m.label,
    `${f(m.stats.median)} ${m.unit}`,
    `${f(m.stats.p95)} ${m.unit}`,
    m.budget === undefined ? '' : `≤ ${f(m.budget)} ${m.unit}`,
    m.pass === undefined ? '' : m.pass ? 'pass' : 'MISS',
    m.ratio ? `${m.ratio.median.toFixed(2)}× / ${m.ratio.p95.toFixed(2)}×` : '',
    m.floor ? `${f(m.floor.median)} / ${f(m.floor.p95)} ${m.unit}` : '',
  ]);
  const head = ['metric', 'median', 'p95', 'budget (p95)', '', 'ours/floor (median / p95)', 'floor (median / p95)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
