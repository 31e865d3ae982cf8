// Screenshots of every Present mode slide, from a running `vite preview`:
//   node scripts/present-screenshots.mjs [outDir=docs/present] [baseUrl=http://127.0.0.1:4173] [--zoom] [--dark]
// Sizes: 1280x720 and 1920x1080 (the projectors of issue 15); --zoom adds 1280x720 at 150 % browser
// zoom (853x480 CSS px at device scale 1.5), --dark takes the dark projector theme as well.
// The migration slide needs a starting point: the script picks "SOA" as where the team is now.
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const positional = args.filter((a) => !a.startsWith('--'));
const outDir = positional[0] ?? 'docs/present';
const base = positional[1] ?? 'http://127.0.0.1:4173';
const slides = ['priorities', 'ranking', 'robustness', 'forces', 'migration', 'outcome'];
const sizes = [
  { name: '1280x720', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
  { name: '1920x1080', viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 },
  ...(args.includes('--zoom') ? [{ name: '1280x720-zoom150', viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 }] : []),
];
const themes = args.includes('--dark') ? ['light', 'dark'] : ['light'];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});
for (const size of sizes) {
  for (const theme of themes) {
    const page = await browser.newPage({
      viewport: size.viewport,
      deviceScaleFactor: size.deviceScaleFactor,
      colorScheme: theme,
      reducedMotion: 'reduce',
    });
    await page.goto(`${base}/present/migration`);
    await page.getByRole('combobox', { name: 'Where the team is now' }).selectOption({ label: 'SOA' });
    for (const [i, slide] of slides.entries()) {
      await page.goto(`${base}/present/${slide}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (slide === 'forces') await page.getByRole('img', { name: /^Monolith, x/ }).waitFor();
      const file = `${outDir}/${i + 1}-${slide}-${size.name}${theme === 'dark' ? '-dark' : ''}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
