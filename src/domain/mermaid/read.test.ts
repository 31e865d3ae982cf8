import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { mermaidFlowchart, problems } from '../../../tests/mermaid-import-helpers';
import { readRepoFile } from '../../../tests/repo-file';
import { graphFromDataset } from '../graph/graph';
import { BUILTIN_DATASET as ds } from '../model/builtin-dataset';
import { planMermaidImport } from './import-plan';
import { readMermaid } from './read';

/** The source document, copied verbatim from the seeds (the dataset is its transcription). */
const SOURCE = readRepoFile('tests/fixtures/mermaid/source-document.md');

describe('the diagrams of a text: bare, or the ```mermaid fences of Markdown', () => {
  const cases: [string, string, string][] = [
    ['empty text', '', 'line 1: nothing to import: paste a Mermaid quadrantChart or flowchart'],
    [
      'another diagram',
      '\nsequenceDiagram\n  A->>B: hi',
      'line 2: expected `quadrantChart`, `flowchart` or `graph` as the first line, found `sequenceDiagram`',
    ],
    ['unclosed fence', 'Intro\n\n```mermaid\nflowchart LR\n  a --> b\n', 'line 3: this ```mermaid block is not closed with ```'],
    [
      'markdown without mermaid',
      '# Notes\n\n```php\necho 1;\n```',
      'line 1: expected `quadrantChart`, `flowchart` or `graph` as the first line, found `# Notes`',
    ],
    [
      'markdown with other diagrams only',
      '# Notes\n\n```mermaid\npie\n  "a": 1\n```',
      'line 1: nothing to import: one mermaid block, none a quadrantChart or flowchart',
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  it('never throws on arbitrary text', () => {
    const samples = [
      '```mermaid',
      'flowchart',
      'quadrantChart\n[',
      'graph LR\n a-->b-->',
      'flowchart LR\n a["x',
      '\u0000\u0001',
      'flowchart LR\n a[x] --> b(',
      '---\ntitle: t',
      'flowchart LR\n -.-> a',
      'quadrantChart\n :[0.1, 0.2]',
    ];
    for (const s of samples) expect(() => planMermaidImport(s, ds, graphFromDataset(ds))).not.toThrow();
  });
});

describe('the source document', () => {
  it('each of its blocks that the importer reads, Mermaid’s parser reads too (and the same way)', async () => {
    const blocks = [...SOURCE.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(blocks.length).toBe(16);
    let read = 0;
    for (const block of blocks) {
      const ours = readMermaid(block);
      if (!ours.ok) continue;
      read++;
      await expect(mermaid.parse(block), block).resolves.toBeTruthy();
      const f = ours.charts[0];
      if (f?.kind === 'flowchart')
        expect(
          f.edges.map((e) => [e.from, e.to, e.label]),
          block,
        ).toEqual((await mermaidFlowchart(block)).edges);
    }
    expect(read).toBeGreaterThanOrEqual(10);
  });
});
