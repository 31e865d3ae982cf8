import fc from 'fast-check';
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { chart, EMPTY, plan, problems } from '../../../tests/mermaid-import-helpers';
import { readRepoFile } from '../../../tests/repo-file';
import { sourceQuadrant } from '../../../tests/source-quadrant';
import { applyGraphPlan } from '../graph/edit';
import { edgeName, graphFromDataset, type MigrationGraph } from '../graph/graph';
import { BUILTIN_DATASET as ds } from '../model/builtin-dataset';
import { flowchart, quadrantChart } from './export';
import { planMermaidImport } from './import-plan';
import { problemText } from './problem';

/** The source document, copied verbatim from the seeds (the dataset is its transcription). */
const SOURCE = readRepoFile('tests/fixtures/mermaid/source-document.md');

const sourcePositions = () => ds.quadrant.points.map((p) => ({ option: p.patternId, position: { x: p.x, y: p.y } }));
const triples = (g: MigrationGraph) => g.edges.map((e) => [e.from, e.to, e.label]);
const named = (g: MigrationGraph) => g.edges.map((e) => edgeName(g, e));

describe('the source document', () => {
  it('imports to exactly the dataset’s quadrant points', () => {
    const p = plan(SOURCE);
    expect(p.quadrant?.moves.map((m) => ({ option: m.option, position: m.position }))).toEqual(sourcePositions());
    expect(p.quadrant?.moves.map((m) => m.line)).toEqual([80, 81, 82, 83, 84, 85]);
  });

  it('imports to exactly the dataset’s labelled migration edges, and skips the diagrams that are not migrations', () => {
    const fresh = plan(SOURCE, EMPTY);
    const g = applyGraphPlan(EMPTY, fresh.graph!).graph;
    // The source draws five migrations; the sixth (Shared Database → Database per Service) is a heading, not Mermaid.
    expect(triples(g)).toEqual(triples(graphFromDataset(ds)).filter(([from]) => from !== 'shared-database'));
    expect(g.nodes.map((n) => [n.id, n.label, n.patternId])).toEqual(
      graphFromDataset(ds)
        .nodes.filter((n) => ['monolith', 'modular-monolith', 'microservices', 'serverless', 'soa'].includes(n.id))
        .map((n) => [n.id, n.label, n.patternId]),
    );
    expect(g.edges.every((e) => e.origin === 'ours')).toBe(true);
    expect(fresh.notes.some((n) => n.startsWith('line 49: a flowchart that cannot be read was skipped (line 50: the node label'))).toBe(
      true,
    );
    expect(fresh.notes.some((n) => n.startsWith('line 111: a flowchart was skipped: Presentation Layer, Application Layer'))).toBe(true);
  });

  it('into the dataset’s own graph: every migration is already there, nothing is added', () => {
    const p = plan(SOURCE);
    expect(p.graph?.addEdges).toEqual([]);
    expect(p.graph?.newNodes).toEqual([]);
    expect(p.graph?.relabel).toEqual([]);
    expect(p.graph?.present).toEqual([
      'Monolith to Modular Monolith: Encapsulate Modules',
      'Modular Monolith to Microservices: Strangler Fig',
      'Microservices to Serverless: Event-Driven',
      'SOA to Microservices: Service Extraction',
      'Monolith to Serverless: Lambda Sidecar',
    ]);
  });
});

describe('round trip: our export → import gives the same data', () => {
  it('quadrant chart of the source', () => {
    expect(plan(sourceQuadrant()).quadrant?.moves.map((m) => ({ option: m.option, position: m.position }))).toEqual(sourcePositions());
  });

  it('quadrant chart with names that have spaces and hyphens, moved points and rounded coordinates', () => {
    const text = quadrantChart({
      title: 'Team X: forces',
      xLow: 'Internal Complexity',
      xHigh: 'External Complexity',
      yLow: 'Operational Overhead',
      yHigh: 'Team Autonomy',
      points: [
        { name: 'Space-Based', x: 1, y: 0 },
        { name: 'Modular Monolith', x: 0.3333333, y: 0.5 },
        { name: 'Monolith', x: 0, y: 1 },
      ],
    });
    expect(plan(text).quadrant?.moves.map((m) => [m.option, m.position])).toEqual([
      ['space-based', { x: 1, y: 0 }],
      ['modular-monolith', { x: 0.333, y: 0.5 }],
      ['monolith', { x: 0, y: 1 }],
    ]);
  });

  const custom = (): MigrationGraph => {
    const g = graphFromDataset(ds);
    return {
      nodes: [
        ...g.nodes,
        { id: 'cell-based', label: 'Cell-Based', patternId: 'cell-based' },
        { id: 'edge-team', label: 'Edge team v2', patternId: null },
      ],
      edges: [
        ...g.edges,
        {
          id: 'microservices-to-cell-based',
          from: 'microservices',
          to: 'cell-based',
          label: 'Split per-tenant cells',
          steps: [],
          effort: 2,
          origin: 'ours',
        },
        { id: 'serverless-to-edge-team', from: 'serverless', to: 'edge-team', label: null, steps: [], effort: 1, origin: 'ours' },
      ],
    };
  };
  const highlighted = ['monolith-to-modular-monolith', 'modular-monolith-to-microservices', 'microservices-to-cell-based'];

  it('flowchart with a highlighted path, into an empty graph: the same nodes and edges', async () => {
    const g = custom();
    const text = flowchart(g, highlighted);
    const read = chart(text, 'flowchart');
    expect(read.edges.filter((e) => e.thick).map((e) => `${e.from}>${e.to}`)).toEqual([
      'monolith>modular_monolith',
      'modular_monolith>microservices',
      'microservices>cell_based',
    ]);
    const p = plan(text, EMPTY);
    const back = applyGraphPlan(EMPTY, p.graph!).graph;
    // Nodes come back with their labels and patterns; a new node's id is made from its label, as
    // the graph's "Add node" makes it, so only a custom node whose id is not its label's changes id.
    expect(back.nodes.map((n) => [n.label, n.patternId])).toEqual(g.nodes.map((n) => [n.label, n.patternId]));
    expect(back.nodes.filter((n) => n.patternId).map((n) => n.id)).toEqual(g.nodes.filter((n) => n.patternId).map((n) => n.id));
    expect(named(back)).toEqual(named(g));
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
  });

  it('flowchart into the graph it came from minus some migrations: exactly those come back', () => {
    const g = custom();
    const text = flowchart(g, highlighted);
    const without: MigrationGraph = {
      ...g,
      edges: g.edges.filter((e) => !['microservices-to-cell-based', 'soa-to-microservices'].includes(e.id)),
    };
    const p = plan(text, without);
    expect(p.graph?.newNodes).toEqual([]);
    expect(p.graph?.addEdges.map((e) => e.name)).toEqual([
      'SOA to Microservices: Service Extraction',
      'Microservices to Cell-Based: Split per-tenant cells',
    ]);
    const back = applyGraphPlan(without, p.graph!).graph;
    expect(new Set(triples(back).map((t) => t.join('|')))).toEqual(new Set(triples(g).map((t) => t.join('|'))));
    expect(p.graph?.present).toHaveLength(g.edges.length - 2);
  });

  it('the ADR Markdown-style document with both blocks imports both', () => {
    const md = [
      '# Decision',
      '',
      '```mermaid',
      sourceQuadrant(),
      '```',
      '',
      'text',
      '',
      '```mermaid',
      flowchart(graphFromDataset(ds), highlighted),
      '```',
    ].join('\n');
    const p = plan(md, EMPTY);
    expect(p.quadrant?.moves).toHaveLength(6);
    expect(p.graph?.addEdges).toHaveLength(6);
  });
});

describe('several flowcharts in one document', () => {
  it('a node that names an earlier chart’s new node stays with it when a later node must be renamed for reusing a Mermaid id', () => {
    // Into an empty graph: every node is new. X names chart 1's node A (Monolith); chart 2's own A is SOA.
    const md = [
      '```mermaid',
      'flowchart LR',
      '  A[Monolith] --> B[Serverless]',
      '```',
      '',
      '```mermaid',
      'flowchart LR',
      '  X[Monolith] --> A[SOA]',
      '```',
    ].join('\n');
    const p = plan(md, EMPTY);
    expect(p.graph?.newNodes.map((n) => [n.key, n.label])).toEqual([
      ['A', 'Monolith'],
      ['B', 'Serverless'],
      ['A#7', 'SOA'],
    ]);
    expect(p.graph?.addEdges.map((e) => e.name)).toEqual(['Monolith to Serverless', 'Monolith to SOA']);
  });
});

describe('matching against the dataset and the graph', () => {
  it('an unknown point name is a located problem listing the known names, and nothing is planned', () => {
    const text = 'quadrantChart\n  point Monolith: [0.5, 0.5]\n  point Nanoservices: [0.2, 0.3]';
    expect(problems(text)).toEqual([
      'line 3: “Nanoservices” names no option of the dataset (known: Monolith, Modular Monolith, SOA, Microservices, Serverless, Space-Based)',
    ]);
  });

  it('a pattern that is not an option on the chart, or a point placed twice, is a problem', () => {
    expect(problems('quadrantChart\n  Layered: [0.5, 0.5]')[0]).toMatch(
      /^line 2: Layered Architecture \(N-tier\) is not an option on the forces chart/,
    );
    expect(problems('quadrantChart\n  Monolith: [0.5, 0.5]\n  monolith: [0.1, 0.1]')).toEqual([
      'line 3: Monolith is placed twice (also on line 2)',
    ]);
  });

  it('a chart on other axes than the source’s forces is refused with the expected axis', () => {
    const text = quadrantChart({
      title: 'x',
      xLow: 'Scalability fit poor',
      xHigh: 'good',
      yLow: 'Operational Overhead',
      yHigh: 'Team Autonomy',
      points: [{ name: 'SOA', x: 0.5, y: 0.5 }],
    });
    expect(problems(text)).toEqual([
      'line 3: the x-axis is `Scalability fit poor --> good`, not the source’s force (`Internal Complexity --> External Complexity`): only positions on Architecture Forces can be imported',
    ]);
  });

  it('fills in the label of an existing unlabelled migration, adds new nodes with their pattern', () => {
    const text = [
      'flowchart LR',
      '  shared_database -->|Split the schema| database_per_service',
      '  Microservices -->|Cell out| cells[Cell-Based Architecture]',
      '  cells --> ops["Platform team"]',
    ].join('\n');
    const p = plan(text);
    expect(p.graph?.relabel).toEqual([
      {
        edgeId: 'shared-database-to-database-per-service',
        label: 'Split the schema',
        name: 'Shared Database to Database per Service: Split the schema',
        line: 2,
      },
    ]);
    expect(p.graph?.newNodes).toEqual([
      { key: 'cells', label: 'Cell-Based Architecture', patternId: 'cell-based', line: 3 },
      { key: 'ops', label: 'Platform team', patternId: null, line: 4 },
    ]);
    expect(p.graph?.addEdges.map((e) => e.name)).toEqual([
      'Microservices to Cell-Based Architecture: Cell out',
      'Cell-Based Architecture to Platform team',
    ]);
    const g = applyGraphPlan(graphFromDataset(ds), p.graph!).graph;
    expect(g.edges.slice(-2).map((e) => [e.id, e.from, e.to, e.label, e.origin])).toEqual([
      ['microservices-to-cell-based-architecture', 'microservices', 'cell-based-architecture', 'Cell out', 'ours'],
      ['cell-based-architecture-to-platform-team', 'cell-based-architecture', 'platform-team', null, 'ours'],
    ]);
    expect(g.edges.find((e) => e.id === 'shared-database-to-database-per-service')?.label).toBe('Split the schema');
  });

  it('keeps the label of an existing labelled migration, reports it as present and says the label was kept', () => {
    const p = plan('flowchart LR\n  Monolith -->|Something else| ModularMonolith');
    expect(p.graph?.relabel).toEqual([]);
    expect(p.graph?.addEdges).toEqual([]);
    expect(p.graph?.present).toEqual(['Monolith to Modular Monolith: Encapsulate Modules']);
    expect(p.notes).toEqual([
      'line 2: Monolith to Modular Monolith: Encapsulate Modules keeps its label (the text says “Something else”; rename it on the migration view).',
    ]);
  });

  it('a migration from a node to itself is a located problem', () => {
    expect(problems('flowchart LR\n  a --> b\n  Monolith --> monolith')).toEqual([
      'line 3: a migration from Monolith to itself cannot be imported',
    ]);
  });

  it('reports the names it cannot match along with the lines it cannot read', () => {
    expect(problems('quadrantChart\n  point Monolith: [0.9, 0.9]\n  point Nanoservices: [0.5, 0.5]\n  point SOA: [0.6 0.5]')).toEqual([
      'line 3: “Nanoservices” names no option of the dataset (known: Monolith, Modular Monolith, SOA, Microservices, Serverless, Space-Based)',
      'line 4: expected `Name: [x, y]` with x and y between 0 and 1',
    ]);
  });
});

describe('properties', () => {
  const word = fc.constantFrom('Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet');
  /** Custom labels with spaces, hyphens and digits, distinct once normalised. */
  const labels = fc
    .uniqueArray(fc.tuple(word, fc.constantFrom(' ', '-', ' - '), word, fc.nat(99)), {
      minLength: 2,
      maxLength: 7,
      selector: ([a, , b, n]) => `${a}${b}${n}`.toLowerCase(),
    })
    .map((xs) => xs.map(([a, sep, b, n]) => `${a}${sep}${b} ${n}`));
  const graphs = labels.chain((ls) =>
    fc
      .uniqueArray(fc.tuple(fc.nat(ls.length - 1), fc.nat(ls.length - 1), fc.option(fc.tuple(word, word), { nil: null })), {
        maxLength: 10,
        selector: ([a, b]) => `${a}>${b}`,
      })
      .map((pairs): MigrationGraph => {
        const nodes = ls.map((label) => ({ id: label.toLowerCase().replace(/[^a-z0-9]+/g, '-'), label, patternId: null }));
        const edges = pairs
          .filter(([a, b]) => a !== b)
          .map(([a, b, l]) => ({
            id: `e-${a}-${b}`,
            from: nodes[a]!.id,
            to: nodes[b]!.id,
            label: l ? `${l[0]}-${l[1]} step` : null,
            steps: [],
            effort: 1,
            origin: 'ours' as const,
          }));
        return { nodes, edges };
      }),
  );

  it('any exported flowchart imports back to the same nodes and migrations, and Mermaid parses it', async () => {
    await fc.assert(
      fc.asyncProperty(graphs, fc.boolean(), async (g, highlightAll) => {
        const text = flowchart(g, highlightAll ? g.edges.map((e) => e.id) : []);
        const back = applyGraphPlan(EMPTY, plan(text, EMPTY).graph!).graph;
        expect(back.nodes.map((n) => [n.id, n.label])).toEqual(g.nodes.map((n) => [n.id, n.label]));
        expect(named(back)).toEqual(named(g));
        await expect(mermaid.parse(text)).resolves.toBeTruthy();
      }),
      { numRuns: 40 },
    );
  });

  it('any exported quadrant chart imports back to the same positions (to 0.001), and Mermaid parses it', async () => {
    const coordinate = fc.double({ min: 0, max: 1, noNaN: true });
    const points = fc.subarray(ds.quadrant.points, { minLength: 1 }).chain((ps) =>
      fc.tuple(
        ...ps.map((p) =>
          fc.record({
            name: fc.constantFrom(p.label, p.patternId, ds.patterns.find((x) => x.id === p.patternId)?.shortName ?? p.label),
            x: coordinate,
            y: coordinate,
          }),
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(points, async (ps) => {
        const text = quadrantChart({
          title: 'T',
          xLow: ds.quadrant.xAxis.low,
          xHigh: ds.quadrant.xAxis.high,
          yLow: ds.quadrant.yAxis.low,
          yHigh: ds.quadrant.yAxis.high,
          points: ps,
        });
        const moves = plan(text).quadrant?.moves ?? [];
        const r = (v: number) => Math.round(v * 1000) / 1000;
        expect(moves.map((m) => m.position)).toEqual(ps.map((p) => ({ x: r(p.x), y: r(p.y) })));
        await expect(mermaid.parse(text)).resolves.toBeTruthy();
      }),
      { numRuns: 40 },
    );
  });

  it('never throws, whatever the text', () => {
    const token = fc.constantFrom(
      'quadrantChart',
      'flowchart LR',
      'graph',
      '```mermaid',
      '```',
      '\n',
      ' ',
      '-->',
      '==>',
      '-.->',
      '---',
      '|',
      '"',
      '[',
      ']',
      '(',
      ')',
      '{',
      '}',
      ':',
      ';',
      '&',
      'a',
      'Monolith',
      'point',
      '[0.5, 0.5]',
      'subgraph',
      'end',
      '%%',
      '---',
      'x-axis',
      '~~~',
      '<',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (ts) => {
        const result = planMermaidImport(ts.join(''), ds, graphFromDataset(ds));
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('names our export had to change', () => {
  it('a quadrant exported with names Mermaid cannot hold as they are imports back to the same options', async () => {
    const named = structuredClone(ds);
    const soa = named.patterns.find((p) => p.id === 'soa')!;
    soa.name = 'Service-Oriented Architecture (SOA): classic';
    named.quadrant.points = named.quadrant.points.map((p) => (p.patternId === 'soa' ? { ...p, label: soa.name } : p));
    const text = quadrantChart({
      title: 'Forces',
      xLow: ds.quadrant.xAxis.low,
      xHigh: ds.quadrant.xAxis.high,
      yLow: ds.quadrant.yAxis.low,
      yHigh: ds.quadrant.yAxis.high,
      points: [{ name: soa.name, x: 0.25, y: 0.75 }],
    });
    expect(text).toContain('    Service-Oriented Architecture SOA classic: [0.25, 0.75]');
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
    const result = planMermaidImport(text, named, graphFromDataset(named));
    if (!result.ok) throw new Error(result.problems.map(problemText).join('\n'));
    expect(result.plan.quadrant?.moves).toEqual([expect.objectContaining({ option: 'soa', position: { x: 0.25, y: 0.75 } })]);
  });
});
