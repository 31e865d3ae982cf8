// Takes screenshots of the main views from a running `vite preview` (default http://127.0.0.1:4173):
//   node scripts/screenshots.mjs [outDir] [baseUrl]
// Used to look at every changed screen at projector (1280x720) and desktop (1920x1080) sizes.
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const outDir = process.argv[2] ?? 'screenshots';
const base = process.argv[3] ?? 'http://127.0.0.1:4173';
const pages = [
  ['workbench', '/'],
  ['forces', '/forces'],
  ['migration', '/migration'],
  ['catalog', '/patterns'],
  ['pattern', '/patterns/layered'],
  ['compare', '/compare?ids=monolith,modular-monolith,microservices'],
];
// [width, height, deviceScaleFactor]: the last is 1280×720 at 150% browser zoom.
const sizes = [
  [1280, 720, 1],
  [1920, 1080, 1],
  [853, 480, 1.5],
];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});
for (const [width, height, deviceScaleFactor] of sizes) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor });
  for (const [name, path] of pages) {
    await page.goto(base + path);
    await page.locator('h1').first().waitFor();
    // Charts and the graph load after first paint.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const file = `${outDir}/${name}-${width}x${height}${deviceScaleFactor === 1 ? '' : `@${deviceScaleFactor}x`}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
  await page.close();
}
await browser.close();
