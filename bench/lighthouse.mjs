#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse (the npm package, desktop preset) against the production build,
 * in Debian's Chromium. Serves the build with `vite preview` on its own port, runs the audit,
 * writes bench/lighthouse.json (gitignored) and prints the category scores against the budget
 * (performance ≥ 95, accessibility 100, best practices ≥ 95). Exits 1 when one is missed.
 *
 *   npm run lighthouse [-- <outDir>=dist] [-- <path>=/]
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const outDir = process.argv[2] ?? 'dist';
const path = process.argv[3] ?? '/';
const PORT = 4296;
const CHROME = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const REPORT = 'bench/lighthouse.json';
const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 95 };

const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', outDir],
  { stdio: 'ignore' },
);
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
    } catch {
      if (i > 100) throw new Error(`vite preview did not start on ${PORT} (is there a build in ${outDir}?)`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  const run = spawnSync(
    'node_modules/.bin/lighthouse',
    [
      `http://127.0.0.1:${PORT}${path}`,
      '--preset=desktop',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking',
      '--output=json',
      `--output-path=${REPORT}`,
      '--quiet',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: CHROME } },
  );
  if (run.status !== 0) throw new Error(`lighthouse exited with ${run.status}`);
} finally {
  server.kill();
}

const report = JSON.parse(readFileSync(REPORT, 'utf8'));
let ok = true;
console.log(
  `Lighthouse ${report.lighthouseVersion}, desktop, ${report.finalDisplayedUrl} (${report.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? ''})`,
);
for (const [id, cat] of Object.entries(report.categories)) {
  const score = Math.round(cat.score * 100);
  const min = BUDGET[id];
  const pass = min === undefined || score >= min;
  ok &&= pass;
  console.log(
    `  ${cat.title.padEnd(16)} ${String(score).padStart(3)}${min === undefined ? '' : `  (budget ≥ ${min}) ${pass ? 'pass' : 'MISS'}`}`,
  );
}
for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
  const a = report.audits[id];
  if (a) console.log(`  ${a.title.padEnd(28)} ${a.displayValue}`);
}
const failing = Object.values(report.categories)
  .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => report.audits[r.id]))
  .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
if (failing.length) console.log(`  failing audits: ${failing.map((a) => a.id).join(', ')}`);
console.log(`Report: ${REPORT}`);
process.exit(ok ? 0 : 1);
