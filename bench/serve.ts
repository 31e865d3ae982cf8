/**
 * What the benchmark and its small tools (ab, profile, trace) share: a `vite preview` of a build,
 * ready when it answers (not after a guessed wait), and a browser context at 1280×720 that starts
 * with the benchmark's generated dataset loaded when asked for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from '@playwright/test';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Serves a build on 127.0.0.1:port; resolves once it answers. */
export function serve(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`vite preview on ${port} did not start`)), 20_000);
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
 * A context at 1280×720; with `generated`, it starts with the benchmark's generated dataset
 * (bench/.out/dataset-generated.json, written by `npm run bench`) loaded, as if the person had opened it.
 */
export async function toolContext(browser: Browser, which: 'builtin' | 'generated' | string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  if (which === 'generated') {
    const dataset = JSON.parse(readFileSync(join(ROOT, 'bench/.out/dataset-generated.json'), 'utf8'));
    await context.addInitScript(
      (v) => localStorage.getItem('architecture-workbench:dataset') || localStorage.setItem('architecture-workbench:dataset', v),
      JSON.stringify({ fileName: 'g.json', dataset }),
    );
  }
  return context;
}
