/**
 * What the benchmark and its small tools (ab, profile, trace) share: a `vite preview` of a build,
 * ready when it answers (not after a guessed wait), and a browser context at 1280×720 that starts
 * with the benchmark's generated dataset loaded when asked for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { BENCH_SIZES } from '../src/domain/bench/generate-dataset';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Serves a build on 127.0.0.1:port; resolves once it answers. `config` is the Vite config to serve
 * it with: the app's by default (with its Content-Security-Policy header, as the app is deployed);
 * the library floor's own (bench/floor/vite.config.ts) for the floor, whose bare pages use inline
 * styles the app's policy refuses.
 */
export async function serve(dir: string, port: number, config = 'vite.config.ts'): Promise<ChildProcess> {
  // A server left on the port (a tool killed before its clean-up) would answer for this one, and
  // its build would be measured instead of `dir`.
  const stale = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (stale) throw new Error(`port ${port} is already served (an earlier run's server?): stop it first`);
  const child = spawn(
    'node_modules/.bin/vite',
    ['preview', '--config', config, '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', resolve(ROOT, dir)],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      child.kill();
      reject(new Error(`vite preview on ${port} did not answer within 20 s (is ${dir} a build?)`));
    }, 20_000);
    const poll = async () => {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/`);
        if (res.ok) {
          clearTimeout(deadline);
          resolve(child);
          return;
        }
      } catch {
        /* not yet */
      }
      setTimeout(poll, 150);
    };
    child.on('exit', (code) => reject(new Error(`vite preview on ${port} exited (${code})`)));
    void poll();
  });
}

/**
 * The decision the generated dataset's benchmark starts from, besides the dataset: a migration in
 * focus across the generated graph, as a team that has said where it stands and where it goes has.
 */
export const GENERATED_DECISION = { migrationCurrent: 'node-1', migrationTarget: `node-${BENCH_SIZES.nodes}` } as const;

/**
 * A context at 1280×720 that starts where `npm run bench`'s work per step starts: with `generated`,
 * the benchmark's generated dataset (bench/.out/dataset-generated.json, written by `npm run bench`)
 * loaded, as if the person had opened it, and GENERATED_DECISION; else the app's own start.
 */
export async function toolContext(browser: Browser, which: 'builtin' | 'generated' | string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  if (which !== 'generated') return context;
  const dataset = JSON.parse(readFileSync(join(ROOT, 'bench/.out/dataset-generated.json'), 'utf8'));
  const items: [string, string][] = [
    ['architecture-workbench:dataset', JSON.stringify({ fileName: 'generated.json', dataset })],
    ['architecture-workbench', JSON.stringify({ version: 1, state: GENERATED_DECISION })],
  ];
  await context.addInitScript((entries) => {
    for (const [key, value] of entries as [string, string][]) if (!localStorage.getItem(key)) localStorage.setItem(key, value);
  }, items);
  return context;
}

export interface SliderPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Closes the browser and stops the server. */
  close(): Promise<void>;
}

/**
 * What the one-build tools (profile, trace, mutations) start from: the build in PROFILE_DIR
 * (default bench/.out/app) served on PROFILE_PORT (default 4294), `route` open in a toolContext, and
 * the page's second weight slider focused once it is there.
 */
export async function openSliderPage(route: string, which: string): Promise<SliderPage> {
  const port = Number(process.env.PROFILE_PORT ?? 4294);
  const server = await serve(process.env.PROFILE_DIR ?? 'bench/.out/app', port);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const close = async () => {
    await browser.close();
    server.kill();
  };
  try {
    const context = await toolContext(browser, which);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}${route}`);
    const slider = page.locator('input[type="range"]').nth(1);
    await slider.waitFor({ timeout: 120_000 });
    await slider.focus();
    return { browser, context, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
