/**
 * The one Chromium every browser run here uses (tests, bench, screenshots): Debian's, never a
 * downloaded one, with the same flags, so what the tests see is what the bench measures.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless in a container: no sandbox, no GPU, nothing reaching the network on its own. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
