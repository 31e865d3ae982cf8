/// <reference types="vitest/config" />
import { copyFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Static hosts (GitHub Pages, S3 website, Netlify without rules) serve 404.html for unknown paths;
 * making it the app itself lets deep links such as /patterns/monolith survive a reload there too.
 */
function spaFallback(): Plugin {
  let outDir = 'dist';
  return {
    name: 'spa-404-fallback',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      // A failed build has no index.html: say nothing here, so that the build's own error shows.
      if (existsSync(resolve(outDir, 'index.html'))) copyFileSync(resolve(outDir, 'index.html'), resolve(outDir, '404.html'));
    },
  };
}

export default defineConfig({
  plugins: [react(), spaFallback()],
  // The manifest lets scripts/check-size.mjs find what the first route loads.
  build: { manifest: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    css: false,
    // A bound against a hang, not a wait: no test sleeps. Rendering the whole app under jsdom takes
    // seconds on a busy two-core machine, and vitest's 5 s default then fails tests that are fine.
    testTimeout: 60_000,
  },
});
