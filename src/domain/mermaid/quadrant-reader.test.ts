import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { chart, problems } from '../../../tests/mermaid-import-helpers';
import { sourceQuadrant } from '../../../tests/source-quadrant';
import { BUILTIN_DATASET as ds } from '../model/builtin-dataset';
import { problemText } from './problem';
import type { QuadrantChartRead } from './quadrant-reader';
import { readMermaid } from './read';

/** Quadrant charts the importer accepts, each of which Mermaid's parser must accept too (checked below). */
const ACCEPTED: Record<string, string> = {
  sourceQuadrant: sourceQuadrant(),
  mermaidPointSyntax: [
    'quadrantChart',
    '  title Team view',
    '  x-axis Internal Complexity --> External Complexity',
    '  y-axis "Operational Overhead" --> Team Autonomy',
    '  quadrant-1 High Autonomy',
    '  Modular Monolith: [0.45, 0.4] radius: 12, color: #ff3300, stroke-color: #10f0f0, stroke-width: 5px',
    '  Space-Based:::hot: [1, 0]',
    '  "serverless": [0.8, 0.95]',
    '  %% a comment',
    '  classDef hot color: #109060, radius : 10',
  ].join('\n'),
};

describe('reading a quadrantChart', () => {
  it('reads the source’s quadrant chart, axes, quadrants and points', () => {
    const q = chart(ACCEPTED.sourceQuadrant ?? '', 'quadrantChart');
    expect(q.title).toBe('Architecture Forces');
    expect(q.xAxis).toMatchObject({ low: 'Internal Complexity', high: 'External Complexity', line: 3 });
    expect(q.yAxis).toMatchObject({ low: 'Operational Overhead', high: 'Team Autonomy', line: 4 });
    expect(q.quadrants).toEqual(['High Autonomy', 'Experimental', 'Stable Core', 'Controlled Growth']);
    expect(q.points.map((p) => [p.name, p.x, p.y, p.line])).toEqual(ds.quadrant.points.map((p, i) => [p.label, p.x, p.y, 9 + i]));
  });

  it('reads Mermaid’s own point syntax and ignores styling and classes, saying so', () => {
    const read = readMermaid(ACCEPTED.mermaidPointSyntax ?? '');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const q = read.charts[0] as QuadrantChartRead;
    expect(q.points.map((p) => [p.name, p.x, p.y])).toEqual([
      ['Modular Monolith', 0.45, 0.4],
      ['Space-Based', 1, 0],
      ['serverless', 0.8, 0.95],
    ]);
    expect(read.notes.join(' ')).toMatch(/styling/);
    expect(read.notes.join(' ')).toMatch(/classes/);
    expect(read.notes.join(' ')).toMatch(/classDef/);
  });

  it('every text accepted here is accepted by Mermaid’s parser', async () => {
    for (const [name, text] of Object.entries(ACCEPTED)) {
      const read = readMermaid(text);
      expect(read.ok, read.ok ? name : read.problems.map(problemText).join('\n')).toBe(true);
      await expect(mermaid.parse(text), name).resolves.toBeTruthy();
    }
  });
});

describe('what it cannot read in a quadrantChart: located problems', () => {
  const cases: [string, string, string][] = [
    ['bad point', 'quadrantChart\n  title T\n  point Monolith: [0.3 0.2]', 'line 3: expected `Name: [x, y]` with x and y between 0 and 1'],
    ['out of range', 'quadrantChart\n  Monolith: [1.5, 0.2]', 'line 2: expected `Name: [x, y]` with x and y between 0 and 1'],
    [
      '1.0',
      'quadrantChart\n  Monolith: [1.0, 0.2]',
      'line 2: expected `Name: [x, y]` with x and y between 0 and 1 (Mermaid reads 1 only as `1`, not `1.0`)',
    ],
    [
      '0,0',
      'quadrantChart\n  Monolith: [0,0.5]',
      'line 2: expected `Name: [x, y]` with x and y between 0 and 1 (Mermaid reads `0,` followed by a digit as one number: put a space after the comma)',
    ],
    [
      'bad styling',
      'quadrantChart\n  Monolith: [0.3, 0.2] colour: red',
      'line 2: `colour: red` after the point is not styling Mermaid reads (radius: 10, color: #ff3300, stroke-color: #10f0f0, stroke-width: 5px)',
    ],
    [
      'unknown statement',
      'quadrantChart\n  legend on',
      'line 2: `legend on` is not quadrantChart syntax (expected title, x-axis, y-axis, quadrant-1…4 or `Name: [x, y]`)',
    ],
    [
      'parenthesis in name',
      'quadrantChart\n  SOA (classic): [0.3, 0.2]',
      'line 2: point name `SOA (classic)` has a “(”, which Mermaid cannot read unquoted: put it in double quotes',
    ],
    ['quadrant-5', 'quadrantChart\n  quadrant-5 Extra', 'line 2: expected `quadrant-1 Name` … `quadrant-4 Name`'],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  it('the fixtures above are rejected by Mermaid too, where Mermaid would reject them', async () => {
    for (const name of ['bad point', 'out of range', '1.0', '0,0', 'bad styling', 'parenthesis in name', 'quadrant-5']) {
      const text = cases.find((c) => c[0] === name)?.[1] ?? '';
      await expect(mermaid.parse(text), name).rejects.toThrow();
    }
  });

  it('reports every problem of a chart, each with its own line', () => {
    expect(problems('quadrantChart\n  Monolith: [0.3, 2]\n  title ok\n  SOA: 0.5, 0.5\n  Microservices: [0.5, 0.5]')).toEqual([
      'line 2: expected `Name: [x, y]` with x and y between 0 and 1',
      'line 4: expected `Name: [x, y]` with x and y between 0 and 1',
    ]);
  });
});
