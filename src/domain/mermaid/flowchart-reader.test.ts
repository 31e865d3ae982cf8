import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { chart, mermaidFlowchart, problems } from '../../../tests/mermaid-import-helpers';
import type { FlowchartRead } from './flowchart-reader';
import { problemText } from './problem';
import { readMermaid } from './read';

/** Flowcharts the importer accepts, each of which Mermaid's parser must accept too (checked below). */
const ACCEPTED: Record<string, string> = {
  sourceMigrations: [
    'flowchart LR',
    '    Monolith -->|Encapsulate Modules| ModularMonolith',
    '    ModularMonolith -->|Strangler Fig| Microservices',
    '    Microservices -->|Event-Driven| Serverless',
    '    SOA -->|Service Extraction| Microservices',
    '    Monolith -->|Lambda Sidecar| Serverless',
  ].join('\n'),
  everyEdgeForm: [
    'graph TD',
    '  a[Alpha one] --> b("Beta: two")',
    '  c([Gamma]) -- slow and careful --> d[[Delta]]',
    '  e[(Store)] ==> f((Eff))',
    '  g{Gee} -.-> h{{Aitch}}',
    '  i>Eye] --- j[/Jay/]',
    '  k -->|Kay to Ell| l[\\Ell\\]',
    '  m ==>|thick one| n -.->|"dotted: two"| o',
    '  p == wide ==> q',
    '  r -. dots .-> s',
    '  t:::warm --> u:::cold; u --> v',
    '  style a fill:#f9f',
    '  classDef warm fill:#f96',
    '  class a warm',
    '  linkStyle 0 stroke:#f00',
    '  click a "https://example.org"',
    '  subgraph Cluster["A cluster"]',
    '    direction TB',
    '    w --> x',
    '  end',
    '  a ~~~ x',
  ].join('\n'),
  chains: 'flowchart LR\n  a --> b --> c\n  c -->|one| d -- two --> e ==>|three| f',
};

describe('reading a flowchart', () => {
  it('reads every node shape, edge form and label, and says what it ignored', () => {
    const read = readMermaid(ACCEPTED.everyEdgeForm ?? '');
    if (!read.ok) throw new Error(read.problems.map(problemText).join('\n'));
    const f = read.charts[0] as FlowchartRead;
    expect(f.direction).toBe('TD');
    expect(f.edges.map((e) => [e.from, e.to, e.label, e.thick])).toEqual([
      ['a', 'b', null, false],
      ['c', 'd', 'slow and careful', false],
      ['e', 'f', null, true],
      ['g', 'h', null, false],
      ['i', 'j', null, false],
      ['k', 'l', 'Kay to Ell', false],
      ['m', 'n', 'thick one', true],
      ['n', 'o', 'dotted: two', false],
      ['p', 'q', 'wide', true],
      ['r', 's', 'dots', false],
      ['t', 'u', null, false],
      ['u', 'v', null, false],
      ['w', 'x', null, false],
    ]);
    expect(Object.fromEntries(f.nodes.map((n) => [n.id, n.label]))).toMatchObject({
      a: 'Alpha one',
      b: 'Beta: two',
      c: 'Gamma',
      d: 'Delta',
      e: 'Store',
      f: 'Eff',
      h: 'Aitch',
      i: 'Eye',
      j: 'Jay',
      l: 'Ell',
      t: 't',
    });
    const notes = read.notes.join(' ');
    for (const word of ['style', 'classDef', 'class', 'linkStyle', 'click', 'Subgraphs', 'direction', 'Invisible'])
      expect(notes).toContain(word);
  });

  it('reads chains as one edge per link', () => {
    const f = chart(ACCEPTED.chains ?? '', 'flowchart');
    expect(f.edges.map((e) => [e.from, e.to, e.label])).toEqual([
      ['a', 'b', null],
      ['b', 'c', null],
      ['c', 'd', 'one'],
      ['d', 'e', 'two'],
      ['e', 'f', 'three'],
    ]);
  });

  it('every text accepted here is accepted by Mermaid’s parser, which reads the same nodes and edges', async () => {
    for (const [name, text] of Object.entries(ACCEPTED)) {
      expect(readMermaid(text).ok, name).toBe(true);
      await expect(mermaid.parse(text), name).resolves.toBeTruthy();
      const read = readMermaid(text);
      if (!read.ok || read.charts[0]?.kind !== 'flowchart') continue;
      const ours = read.charts[0];
      const theirs = await mermaidFlowchart(text);
      expect(
        ours.edges.map((e) => [e.from, e.to, e.label]),
        name,
      ).toEqual(theirs.edges);
      expect(Object.fromEntries(ours.nodes.map((n) => [n.id, n.label])), name).toEqual(Object.fromEntries(theirs.nodes));
    }
  });
});

describe('what it cannot read in a flowchart: located problems', () => {
  const cases: [string, string, string][] = [
    ['ampersand', 'flowchart LR\n  a --> b & c', 'line 2: `&` (several nodes at once) is not supported: write one edge per line'],
    ['dangling arrow', 'flowchart LR\n  a --> b\n  b -->', 'line 3: expected a node after the arrow from `b`'],
    ['unclosed pipe', 'flowchart LR\n  a -->|oops b', 'line 2: the edge label `oops b` is not closed with `|`'],
    ['no arrow', 'flowchart LR\n  a b', 'line 2: expected an arrow (-->, ==>, -.->, ---) after `a`, found `b`'],
    ['two-way', 'flowchart LR\n  a <--> b', 'line 2: two-way links (`<-->`) cannot be migrations: write one edge each way'],
    [
      'bracket in label',
      'flowchart LR\n  a[Code (GoF)] --> b',
      'line 2: the node label `Code (GoF)` has a “(”, which Mermaid cannot read unquoted: write it in double quotes',
    ],
    ['keyword id', 'flowchart LR\n  a --> end', 'line 2: `end` is a Mermaid keyword and cannot be a node id'],
    ['unclosed subgraph', 'flowchart LR\n  subgraph S\n  a --> b', 'line 2: this `subgraph` is not closed with `end`'],
    [
      'bad direction',
      'flowchart sideways\n  a --> b',
      'line 1: expected `flowchart` or `graph` with a direction TB, TD, BT, RL or LR, found `flowchart sideways`',
    ],
    ['trailing comment', 'flowchart LR\n  a --> b %% why', 'line 2: expected an arrow (-->, ==>, -.->, ---) after `b`, found `%% why`'],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  it('the fixtures above are rejected by Mermaid too, where Mermaid would reject them', async () => {
    for (const name of ['dangling arrow', 'unclosed pipe', 'keyword id', 'bracket in label', 'trailing comment']) {
      const text = cases.find((c) => c[0] === name)?.[1] ?? '';
      await expect(mermaid.parse(text), name).rejects.toThrow();
    }
  });
});
