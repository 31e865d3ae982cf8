// Fails early, with the fix, when the browser tests have no Chromium (or no rsvg-convert) to use.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

const path = CHROMIUM_PATH;
if (!existsSync(path)) {
  console.error(
    `\nBrowser tests need Chromium at ${path}, and none was found.\n` +
      `Install Debian's Chromium:   sudo apt-get install -y chromium\n` +
      `or point CHROMIUM_PATH at a Chromium binary:   CHROMIUM_PATH=/path/to/chromium npm test\n` +
      `(Do not run "npx playwright install": the tests use the system Chromium.)\n`,
  );
  process.exit(1);
}

// The image tests render exported SVG with librsvg, the renderer behind GNOME and many document tools.

if (spawnSync('rsvg-convert', ['--version']).error) {
  console.error(
    `\nThe image tests need rsvg-convert (librsvg), and none was found on the PATH.\n` +
      `Install it:   sudo apt-get install -y librsvg2-bin\n`,
  );
  process.exit(1);
}
