#!/usr/bin/env node
/**
 * First-load size check: the JavaScript and CSS the first route loads (index.html's entry chunk and
 * everything it imports statically, transitively, with their CSS), gzip-compressed, against the
 * budget. Lazy routes and views (dynamic imports) are not counted: they load when first needed.
 *
 *   node scripts/check-size.mjs [outDir=dist]   (needs a build with `build.manifest: true`)
 *
 * Exits 1 when the JavaScript is over budget.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** 150 KB (1 KB = 1000 bytes, as Vite's build report counts). */
export const JS_BUDGET_BYTES = 150_000;

/**
 * Files loaded with the first route: the entry's chunk, its static imports transitively, and the
 * CSS of each. `manifest` is Vite's `.vite/manifest.json`; `entry` its key for index.html.
 * @param {Record<string, { file: string; css?: string[]; imports?: string[]; isEntry?: boolean }>} manifest
 * @returns {{ js: string[]; css: string[] }}
 */
export function firstRouteFiles(manifest, entry = 'index.html') {
  if (!manifest[entry]) throw new Error(`the manifest has no entry "${entry}"`);
  const js = [];
  const css = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk "${key}" (imported statically)`);
    js.push(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(entry);
  return { js, css: [...css] };
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

function main() {
  const outDir = resolve(process.argv[2] ?? 'dist');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  } catch {
    console.error(`No ${join(outDir, '.vite/manifest.json')}: run \`npm run build\` first.`);
    process.exit(2);
  }
  const { js, css } = firstRouteFiles(manifest);
  const gz = (file) => gzipSync(readFileSync(join(outDir, file))).length;
  const rows = [...js.map((f) => ['js', f, gz(f)]), ...css.map((f) => ['css', f, gz(f)])];
  const jsTotal = rows.filter((r) => r[0] === 'js').reduce((n, r) => n + r[2], 0);
  const cssTotal = rows.filter((r) => r[0] === 'css').reduce((n, r) => n + r[2], 0);
  console.log('First route, gzip:');
  for (const [, f, n] of rows) console.log(`  ${kb(n).padStart(9)}  ${f}`);
  console.log(`  JavaScript ${kb(jsTotal)} (budget ${kb(JS_BUDGET_BYTES)}), CSS ${kb(cssTotal)}`);
  if (jsTotal > JS_BUDGET_BYTES) {
    console.error(`Over budget: first-route JavaScript is ${kb(jsTotal - JS_BUDGET_BYTES)} above ${kb(JS_BUDGET_BYTES)}.`);
    process.exit(1);
  }
  console.log('Within budget.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
