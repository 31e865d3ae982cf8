import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// E2E_PORT / E2E_DIST let two runs side by side use their own server and build (default: dist on 4173).
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Bounds against a hang, not waits: every check waits for what the page shows and passes as soon as
  // it does. On a busy two-core machine (a second suite beside this one) a lazy route and its chart can
  // take longer than Playwright's defaults (5 s per expect, 30 s per test) without anything being wrong.
  // The longest journeys (make a decision, share it, open it in a fresh browser, undo, open again)
  // took 1.0–1.2 min beside a second suite, and once over 2 min: 4 min is the hang bound.
  timeout: 240_000,
  expect: { timeout: 20_000 },
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  webServer: {
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
