/**
 * The corpus of hostile and broken inputs (tests/fixtures/hostile/) through every importer: each file
 * is refused with a message naming the field or line, or accepted; nothing throws. Long inputs are
 * made here rather than stored. fast-check then feeds arbitrary text to each reader.
 */
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/domain/model/problem';
import { parseDatasetText } from '../../src/domain/model/parse-dataset-text';
import { problemText } from '../../src/domain/mermaid/problem';
import { readMermaid } from '../../src/domain/mermaid/read';
import { parseSnapshotText } from '../../src/domain/snapshot/serialize';
import { snapshotFromHash } from '../../src/domain/snapshot/share-link';
import { importMermaid } from '../../src/store/mermaid-apply';
import { createAppStore, type AppStore } from '../../src/store/store';
import { readRepoFile } from '../repo-file';

type Outcome = { accepted: true } | { refused: RegExp };
const file = (name: string) => readRepoFile(`tests/fixtures/hostile/${name}`);

const datasetOutcome = (text: string): string[] | true => {
  const read = parseDatasetText(text);
  return read.ok ? true : read.problems.map((p) => formatProblem(p));
};
const snapshotOutcome = (text: string): string[] | true => {
  const read = parseSnapshotText(text);
  return read.ok ? true : read.problems.map((p) => formatProblem(p));
};
const linkOutcome = (text: string): string[] | true => {
  const read = snapshotFromHash(`#snapshot=${compressToEncodedURIComponent(text)}`);
  if (!read) throw new Error('not read as a link');
  return read.ok ? true : read.problems.map((p) => formatProblem(p));
};

const stores: AppStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.dispose();
});
const mermaidOutcome = (text: string): string[] | true => {
  const store = createAppStore();
  stores.push(store);
  const out = importMermaid(store, text);
  return out.ok ? true : out.problems.map(problemText);
};

function expectOutcome(got: string[] | true, want: Outcome) {
  if ('accepted' in want) expect(got).toBe(true);
  else {
    expect(got).not.toBe(true);
    expect((got as string[])[0]).toMatch(want.refused);
  }
}

const names = Object.getOwnPropertyNames(Object.prototype);

describe('dataset files', () => {
  it.each<[string, string, Outcome]>([
    ['constructor-ids.dataset.json', file('constructor-ids.dataset.json'), { accepted: true }],
    ['html-in-text.dataset.json', file('html-in-text.dataset.json'), { accepted: true }],
    ['prototype-ids.dataset.json', file('prototype-ids.dataset.json'), { refused: /^\d+ id: must be a kebab-case id/ }],
    ['bad-json.dataset.txt', file('bad-json.dataset.txt'), { refused: /^5 not valid JSON: invalid symbol$/ }],
    ['wrong-types.dataset.json', file('wrong-types.dataset.json'), { refused: /^\d+ version: expected 1/ }],
    ['deep-nesting.dataset.txt', file('deep-nesting.dataset.txt'), { refused: /^expected object, got array$/ }],
    ['deep nesting, unclosed', '['.repeat(50_000), { refused: /^not valid JSON/ }],
    ['a 100,000-character line', `{"type": "${'x'.repeat(100_000)}"}`, { refused: /^1 type: expected "architecture-workbench\/dataset"/ }],
    ['nothing', '', { refused: /^the file is empty$/ }],
  ])('%s', (_name, text, want) => {
    expectOutcome(datasetOutcome(text), want);
  });

  it('names every id of the prototype-names dataset that breaks the id rule, and no other field', () => {
    const got = datasetOutcome(file('prototype-ids.dataset.json'));
    expect(got).not.toBe(true);
    const problems = got as string[];
    expect(problems.every((p) => / must be a kebab-case id/.test(p))).toBe(true);
    // Every kind of id is named: dataset, category, pattern, criterion, migration node, migration.
    for (const field of [
      / id:/,
      /categories\[1\]\.id/,
      /patterns\[1\]\.id/,
      /criteria\[1\]\.id/,
      /migrationNodes\[1\]\.id/,
      /migrations\[1\]\.id/,
    ]) {
      expect(
        problems.some((p) => field.test(p)),
        String(field),
      ).toBe(true);
    }
  });
});

describe('snapshot files and the same snapshots as share links', () => {
  it.each<[string, Outcome]>([
    ['prototype-ids.snapshot.json', { accepted: true }],
    ['html-in-text.snapshot.json', { accepted: true }],
    ['wrong-types.snapshot.json', { refused: /^decision\.date: expected a date as YYYY-MM-DD$/ }],
    ['newer-version.snapshot.json', { refused: /^version: this snapshot was written by a newer Architecture Workbench \(format v99\)/ }],
    ['not-an-object.snapshot.json', { refused: /^expected a snapshot object$/ }],
    ['deep-nesting.dataset.txt', { refused: /^expected a snapshot object$/ }],
    ['bad-json.dataset.txt', { refused: /^not valid JSON/ }],
  ])('%s', (name, want) => {
    expectOutcome(snapshotOutcome(file(name)), want);
    expectOutcome(linkOutcome(file(name)), want);
  });

  it('names every field of the wrong-types snapshot', () => {
    expect(snapshotOutcome(file('wrong-types.snapshot.json'))).toEqual([
      'decision.date: expected a date as YYYY-MM-DD',
      'weights.constructor: Invalid input: expected number, received string',
      'migration.graph.edges[0].to: unknown node "nowhere"',
    ]);
  });

  it('refuses a damaged link with a message, never an error', () => {
    expect(snapshotFromHash('#snapshot=%%%%')).toEqual({ ok: false, problems: [expect.objectContaining({ path: '' })] });
  });
});

describe('pasted Mermaid, imported into the built-in decision', () => {
  it.each<[string, string, Outcome]>([
    ['prototype-ids.mermaid.txt', file('prototype-ids.mermaid.txt'), { accepted: true }],
    ['html-labels.mermaid.txt', file('html-labels.mermaid.txt'), { accepted: true }],
    ['broken.mermaid.txt', file('broken.mermaid.txt'), { refused: /^line 2: expected a node after the arrow from `Monolith`$/ }],
    [
      'quadrant-prototype-names.mermaid.txt',
      file('quadrant-prototype-names.mermaid.txt'),
      { refused: /^line 3: the x-axis is `toString --> valueOf`, not the source’s force/ },
    ],
    ['a 100,000-space line', `flowchart LR\nA${' '.repeat(100_000)}B`, { refused: /^line 2: expected an arrow/ }],
    ['deep brackets', `flowchart LR\nA${'['.repeat(50_000)}`, { refused: /^line 2: the node label/ }],
  ])('%s', { timeout: 10_000 }, (_name, text, want) => {
    expectOutcome(mermaidOutcome(text), want);
  });

  it('adds every Object.prototype name as a node of the graph', () => {
    const store = createAppStore();
    stores.push(store);
    expect(importMermaid(store, file('prototype-ids.mermaid.txt'))).toMatchObject({ ok: true });
    const graph = store.getState().graphEdits.builtin!;
    for (const name of names.filter((n) => n !== '__proto__')) {
      expect(
        graph.nodes.some((n) => n.label === name),
        name,
      ).toBe(true);
    }
  });
});

describe('no uncaught error for arbitrary input (fast-check), with input size bounded so a run stays short', () => {
  const texts = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.json({ maxDepth: 4 }),
    fc.constantFrom(...names).map((n) => `{"type":"architecture-workbench/snapshot","version":1,"${n}":{}}`),
  );
  const noThrow = (f: (t: string) => unknown) =>
    fc.assert(
      fc.property(texts, (t) => void f(t)),
      { numRuns: 300 },
    );

  it('the dataset reader', () => noThrow(parseDatasetText));
  it('the snapshot reader', () => noThrow(parseSnapshotText));
  it('the share-link decoder, on any fragment and on damaged links', () => {
    noThrow((t) => snapshotFromHash(`#snapshot=${t}`));
    const link = compressToEncodedURIComponent(file('prototype-ids.snapshot.json'));
    fc.assert(
      fc.property(fc.nat({ max: link.length - 1 }), fc.constantFrom(...'ABCxyz019+-$'.split('')), (at, c) => {
        const damaged = `${link.slice(0, at)}${c}${link.slice(at + 1)}`;
        const read = snapshotFromHash(`#snapshot=${damaged}`);
        expect(read).not.toBeNull();
      }),
      { numRuns: 100 },
    );
  });
  it('the Mermaid reader', () => noThrow(readMermaid));
  it('the Mermaid importer, on flowchart-like text', () => {
    const lines = fc.array(
      fc.oneof(fc.constantFrom(...names, 'A', 'B', '-->', '-- x -->', '|l|', '[L]', '("q")', ';', ' '), fc.string({ maxLength: 8 })),
      {
        maxLength: 30,
      },
    );
    fc.assert(
      fc.property(fc.constantFrom('flowchart LR\n', 'quadrantChart\n', 'graph TD\n'), fc.array(lines, { maxLength: 6 }), (head, body) => {
        void mermaidOutcome(head + body.map((l) => l.join(' ')).join('\n'));
      }),
      { numRuns: 200 },
    );
  });
});
