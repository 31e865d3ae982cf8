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

/**
 * The Content-Security-Policy of the built app: its own origin only, and WebSocket relays for live
 * rooms (a relay runs on a LAN address the person picks, so any ws:/wss: host). No inline script,
 * no eval; images and fonts also from data:/blob: URLs (image export draws the view through one).
 * No inline style either: React sets styles through the DOM (allowed), and the image export writes
 * SVG text of its own rather than copying the page.
 * `frame-ancestors` works only as a header, so the meta tag leaves it out and the preview server's
 * header adds it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The policy as a meta tag in the built index.html (and so in 404.html), which every static host
 * serves. Build only: in development, Vite's React refresh injects an inline script the policy forbids.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), spaFallback(), contentSecurityPolicy()],
  // The manifest lets scripts/check-size.mjs find what the first route loads.
  build: { manifest: true },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` },
  },
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
