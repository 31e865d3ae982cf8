// Fails early, with the fix, when the browser tests have no Chromium to drive.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `\nBrowser tests need Chromium at ${path}, and none was found.\n` +
      `Install Debian's Chromium:   sudo apt-get install -y chromium\n` +
      `or point CHROMIUM_PATH at a Chromium binary:   CHROMIUM_PATH=/path/to/chromium npm test\n` +
      `(Do not run "npx playwright install": the tests use the system Chromium.)\n`,
  );
  process.exit(1);
}
