/**
 * The layering of STYLE.md, checked on every import: domain ← store ← features ← app.
 * (A lint rule would be the usual tool; typescript-eslint needs TypeScript's JavaScript API, which
 * the native TypeScript 7 compiler used here does not ship, so the rule is this test.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports, statically or with import(). */
function importsOf(text: string): string[] {
  const specs = new Set<string>();
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g)) specs.add(m[1]!);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) specs.add(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.add(m[1]!);
  return [...specs];
}

/** Where an import lands: `src/<layer>/…` for our modules, the package name otherwise. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
  return relative(root, resolve(dirname(file), spec))
    .split('\\')
    .join('/');
}

const UI_PACKAGES = ['react', 'react-dom', 'zustand', 'zundo', '@xyflow/react', 'recharts', 'react-router'];

function violations(): string[] {
  const out: string[] = [];
  for (const file of files(src)) {
    if (/\.test\.tsx?$/.test(file)) continue;
    const rel = relative(root, file).split('\\').join('/');
    const [, layer, feature] = rel.split('/');
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const t = target(file, spec);
      const fail = (why: string) => out.push(`${rel} imports ${spec}: ${why}`);
      if (layer === 'domain') {
        if (UI_PACKAGES.includes(t)) fail('domain code is plain TypeScript');
        if (/^src\/(store|features|app|ui|lib|sync)\//.test(t)) fail('domain imports nothing above it');
      }
      if (layer === 'store' && /^src\/(features|app|ui)\//.test(t)) fail('the store does not know the views');
      if (layer === 'lib' && /^src\/(store|features|app)\//.test(t)) fail('lib holds thin browser wrappers only');
      if (layer === 'sync') {
        if (UI_PACKAGES.includes(t)) fail('sync code is plain TypeScript');
        if (/^src\/(store|features|app|ui)\//.test(t)) fail('sync reaches the state through an adapter, never the store');
      }
      if (layer === 'ui' && /^src\/(store|features|app)\//.test(t)) fail('shared UI pieces know no feature');
      if (layer === 'features') {
        if (/^src\/app\//.test(t)) fail('features do not import the app');
        const other = /^src\/features\/([^/]+)\//.exec(t)?.[1];
        if (other && other !== feature) fail('features never import each other (compose them in src/app)');
      }
    }
  }
  return out;
}

describe('architecture', () => {
  it('imports flow one way: domain ← store ← features ← app, and features stay apart', () => {
    expect(violations()).toEqual([]);
  });

  it('has no barrel index files', () => {
    expect(
      files(src)
        .filter((f) => /\/index\.tsx?$/.test(f))
        .map((f) => relative(root, f)),
    ).toEqual([]);
  });

  it('reads every form of import (so the check above can fail)', () => {
    const text = [
      "import { a } from '../store/store';",
      "import type { B } from 'react';",
      "export { c } from '../features/x/y';",
      "import './theme.css';",
      "const lazy = () => import('../app/layout');",
      'import {\n  d,\n  e,\n} from "@xyflow/react";',
    ].join('\n');
    expect(importsOf(text).sort()).toEqual(
      ['../app/layout', '../features/x/y', '../store/store', './theme.css', '@xyflow/react', 'react'].sort(),
    );
  });
});
