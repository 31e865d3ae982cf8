import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DATASET as ds } from '../model/builtin-dataset';
import {
  addEdge,
  addNode,
  applyGraphPlan,
  moveNodes,
  relayout,
  removeElements,
  renameNode,
  updateEdge,
  type GraphEditPlan,
  type NodeRef,
} from './edit';
import { freshId, graphFromDataset, idAllocator, type MigrationGraph } from './graph';

const source = () => graphFromDataset(ds);
const ids = (g: MigrationGraph) => [...g.nodes.map((n) => n.id), ...g.edges.map((e) => e.id)];

describe('each edit', () => {
  it('addNode makes the id from the label, numbered when taken, and keeps the pattern', () => {
    const one = addNode(source(), { label: 'Cell-Based Architecture', patternId: 'cell-based' });
    expect(one.id).toBe('cell-based-architecture');
    expect(one.graph.nodes.at(-1)).toEqual({ id: 'cell-based-architecture', label: 'Cell-Based Architecture', patternId: 'cell-based' });
    const two = addNode(one.graph, { label: 'Cell based  architecture!', patternId: null });
    expect(two.id).toBe('cell-based-architecture-2');
    expect(addNode(two.graph, { label: 'Monolith', patternId: null }).id).toBe('monolith-2');
    expect(addNode({ nodes: [], edges: [] }, { label: '???', patternId: null }).id).toBe('item');
  });

  it('addEdge adds a migration with the defaults of a new one', () => {
    const added = addEdge(source(), 'soa', 'serverless');
    expect(added?.id).toBe('soa-to-serverless');
    expect(added?.graph.edges.at(-1)).toEqual({
      id: 'soa-to-serverless',
      from: 'soa',
      to: 'serverless',
      label: null,
      steps: [],
      effort: 1,
      origin: 'ours',
    });
  });

  it('addEdge refuses a self loop, a duplicate and a missing end, returning null', () => {
    const g = source();
    expect(addEdge(g, 'soa', 'soa')).toBeNull();
    expect(addEdge(g, 'monolith', 'modular-monolith')).toBeNull();
    expect(addEdge(g, 'monolith', 'nowhere')).toBeNull();
    expect(addEdge(g, 'nowhere', 'monolith')).toBeNull();
    // The other direction is another migration.
    expect(addEdge(g, 'modular-monolith', 'monolith')?.id).toBe('modular-monolith-to-monolith');
  });

  it('addEdge numbers an id that a node already has', () => {
    const g: MigrationGraph = {
      nodes: [
        { id: 'a', label: 'A', patternId: null },
        { id: 'b', label: 'B', patternId: null },
        { id: 'a-to-b', label: 'A to B', patternId: null },
      ],
      edges: [],
    };
    expect(addEdge(g, 'a', 'b')?.id).toBe('a-to-b-2');
  });

  it('renameNode changes the label, not the id, and not to a blank one', () => {
    const g = renameNode(source(), 'soa', 'Service-Oriented Architecture');
    expect(g.nodes.find((n) => n.id === 'soa')?.label).toBe('Service-Oriented Architecture');
    expect(renameNode(g, 'soa', '  ')).toBe(g);
  });

  it('removeElements removes a node with every edge from or to it, and the edges named', () => {
    const g = removeElements(source(), ['modular-monolith'], ['soa-to-microservices']);
    expect(g.nodes.some((n) => n.id === 'modular-monolith')).toBe(false);
    expect(g.edges.map((e) => e.id)).toEqual(
      source()
        .edges.filter((e) => e.from !== 'modular-monolith' && e.to !== 'modular-monolith' && e.id !== 'soa-to-microservices')
        .map((e) => e.id),
    );
    expect(g.edges.length).toBeLessThan(source().edges.length - 1);
  });

  it('updateEdge changes only what the patch names', () => {
    const g = updateEdge(source(), 'soa-to-microservices', { label: 'Carve out', steps: ['One', 'Two'], effort: 3 });
    const before = source().edges.find((e) => e.id === 'soa-to-microservices')!;
    expect(g.edges.find((e) => e.id === 'soa-to-microservices')).toEqual({
      ...before,
      label: 'Carve out',
      steps: ['One', 'Two'],
      effort: 3,
    });
    expect(updateEdge(g, 'soa-to-microservices', { effort: 2 }).edges.find((e) => e.id === 'soa-to-microservices')).toMatchObject({
      label: 'Carve out',
      effort: 2,
    });
    expect(updateEdge(g, 'soa-to-microservices', { label: null }).edges.find((e) => e.id === 'soa-to-microservices')?.label).toBeNull();
  });

  it('moveNodes places the named nodes, relayout forgets every placement', () => {
    const g = moveNodes(source(), { soa: { x: 10, y: 20 }, nowhere: { x: 1, y: 1 } });
    expect(g.nodes.find((n) => n.id === 'soa')?.position).toEqual({ x: 10, y: 20 });
    expect(g.nodes.filter((n) => n.position)).toHaveLength(1);
    const back = relayout(g);
    expect(back.nodes.some((n) => 'position' in n)).toBe(false);
    expect(back.nodes).toEqual(source().nodes);
  });

  it('an edit leaves the graph it was given as it was', () => {
    const g = source();
    const copy = structuredClone(g);
    addNode(g, { label: 'X', patternId: null });
    addEdge(g, 'soa', 'serverless');
    renameNode(g, 'soa', 'Y');
    removeElements(g, ['soa'], []);
    updateEdge(g, 'soa-to-microservices', { label: 'Z' });
    relayout(moveNodes(g, { soa: { x: 1, y: 2 } }));
    expect(g).toEqual(copy);
  });
});

describe('an edit that changes nothing returns the same graph object', () => {
  const g = moveNodes(source(), { soa: { x: 1, y: 2 } });
  const edge = g.edges[0]!;
  const unplaced = relayout(g);
  const cases: [string, MigrationGraph, (g: MigrationGraph) => MigrationGraph][] = [
    ['rename to the same label', g, (x) => renameNode(x, 'soa', 'SOA')],
    ['rename of an unknown node', g, (x) => renameNode(x, 'nowhere', 'Q')],
    ['remove nothing', g, (x) => removeElements(x, [], [])],
    ['remove unknown ids', g, (x) => removeElements(x, ['nowhere'], ['nothing'])],
    ['update to the values it has', g, (x) => updateEdge(x, edge.id, { label: edge.label, steps: [...edge.steps], effort: edge.effort })],
    ['update with an empty patch', g, (x) => updateEdge(x, edge.id, {})],
    ['update of an unknown edge', g, (x) => updateEdge(x, 'nothing', { label: 'Q' })],
    ['move to where it is', g, (x) => moveNodes(x, { soa: { x: 1, y: 2 } })],
    ['move an unknown node', g, (x) => moveNodes(x, { nowhere: { x: 1, y: 2 } })],
    ['relayout without placements', unplaced, relayout],
    ['an empty plan', g, (x) => applyGraphPlan(x, { newNodes: [], addEdges: [], relabel: [] }).graph],
    [
      'a plan of edges that are there already',
      g,
      (x) =>
        applyGraphPlan(x, {
          newNodes: [],
          addEdges: [{ from: { kind: 'existing', id: edge.from }, to: { kind: 'existing', id: edge.to }, label: 'Q' }],
          relabel: [],
        }).graph,
    ],
  ];
  it.each(cases)('%s', (_name, input, edit) => {
    expect(edit(input)).toBe(input);
  });

  it('and a real change returns a new one (the check above can fail)', () => {
    expect(renameNode(g, 'soa', 'Q')).not.toBe(g);
    expect(relayout(g)).not.toBe(g);
    expect(updateEdge(g, edge.id, { steps: [...edge.steps, 'more'] })).not.toBe(g);
  });
});

describe('applyGraphPlan', () => {
  it('adds the new nodes, the edges between them and the graph’s nodes with their labels, and relabels', () => {
    const plan: GraphEditPlan = {
      newNodes: [
        { key: 'cells', label: 'Cell-Based Architecture', patternId: 'cell-based' },
        { key: 'ops', label: 'Platform team', patternId: null },
      ],
      addEdges: [
        { from: { kind: 'existing', id: 'microservices' }, to: { kind: 'new', key: 'cells' }, label: 'Cell out' },
        { from: { kind: 'new', key: 'cells' }, to: { kind: 'new', key: 'ops' }, label: null },
      ],
      relabel: [{ edgeId: 'shared-database-to-database-per-service', label: 'Split the schema' }],
    };
    const { graph, ids: made } = applyGraphPlan(source(), plan);
    expect([...made]).toEqual([
      ['cells', 'cell-based-architecture'],
      ['ops', 'platform-team'],
    ]);
    expect(graph.edges.slice(-2)).toEqual([
      {
        id: 'microservices-to-cell-based-architecture',
        from: 'microservices',
        to: 'cell-based-architecture',
        label: 'Cell out',
        steps: [],
        effort: 1,
        origin: 'ours',
      },
      {
        id: 'cell-based-architecture-to-platform-team',
        from: 'cell-based-architecture',
        to: 'platform-team',
        label: null,
        steps: [],
        effort: 1,
        origin: 'ours',
      },
    ]);
    expect(graph.edges.find((e) => e.id === 'shared-database-to-database-per-service')?.label).toBe('Split the schema');
  });

  it('leaves out an edge that cannot be added, as adding it by hand would', () => {
    const { graph } = applyGraphPlan(source(), {
      newNodes: [],
      addEdges: [
        { from: { kind: 'existing', id: 'soa' }, to: { kind: 'existing', id: 'soa' }, label: 'loop' },
        { from: { kind: 'existing', id: 'soa' }, to: { kind: 'new', key: 'never-planned' }, label: null },
        { from: { kind: 'existing', id: 'soa' }, to: { kind: 'existing', id: 'serverless' }, label: 'Go serverless' },
      ],
      relabel: [],
    });
    expect(graph.edges.slice(source().edges.length).map((e) => [e.id, e.label])).toEqual([['soa-to-serverless', 'Go serverless']]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const label = fc.constantFrom(
  'Monolith',
  'monolith',
  'Cell based',
  'Cell-Based',
  'a to b',
  'A',
  'B',
  'a-to-b',
  'a-to-b-2',
  '',
  '!!',
  'item',
  'Edge team 2',
);

/** Any graph: nodes with labels that collide once made into ids, and edges among them. */
const graphs: fc.Arbitrary<MigrationGraph> = fc
  .tuple(fc.array(label, { maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }))
  .map(([labels, pairs]) => {
    let g: MigrationGraph = { nodes: [], edges: [] };
    for (const l of labels) g = addNode(g, { label: l, patternId: null }).graph;
    for (const [a, b] of pairs) {
      const from = g.nodes[a % Math.max(1, g.nodes.length)]?.id;
      const to = g.nodes[b % Math.max(1, g.nodes.length)]?.id;
      if (from && to) g = addEdge(g, from, to)?.graph ?? g;
    }
    return g;
  });

type Edit =
  | { kind: 'addNode'; label: string }
  | { kind: 'addEdge'; from: number; to: number }
  | { kind: 'rename'; node: number; label: string }
  | { kind: 'remove'; nodes: number[]; edges: number[] }
  | { kind: 'update'; edge: number; label: string | null; effort: number }
  | { kind: 'move'; node: number; x: number; y: number }
  | { kind: 'relayout' };

const edits: fc.Arbitrary<Edit[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('addNode' as const), label }),
    fc.record({ kind: fc.constant('addEdge' as const), from: fc.nat(), to: fc.nat() }),
    fc.record({ kind: fc.constant('rename' as const), node: fc.nat(), label }),
    fc.record({
      kind: fc.constant('remove' as const),
      nodes: fc.array(fc.nat(), { maxLength: 2 }),
      edges: fc.array(fc.nat(), { maxLength: 2 }),
    }),
    fc.record({
      kind: fc.constant('update' as const),
      edge: fc.nat(),
      label: fc.option(label, { nil: null }),
      effort: fc.integer({ min: 1, max: 5 }),
    }),
    fc.record({ kind: fc.constant('move' as const), node: fc.nat(), x: fc.integer(), y: fc.integer() }),
    fc.record({ kind: fc.constant('relayout' as const) }),
  ),
  { maxLength: 30 },
);

function apply(g: MigrationGraph, e: Edit): MigrationGraph {
  const node = (i: number) => g.nodes[i % Math.max(1, g.nodes.length)]?.id ?? `missing-${i}`;
  const edge = (i: number) => g.edges[i % Math.max(1, g.edges.length)]?.id ?? `missing-${i}`;
  switch (e.kind) {
    case 'addNode':
      return addNode(g, { label: e.label, patternId: null }).graph;
    case 'addEdge':
      return addEdge(g, node(e.from), node(e.to))?.graph ?? g;
    case 'rename':
      return renameNode(g, node(e.node), e.label);
    case 'remove':
      return removeElements(g, e.nodes.map(node), e.edges.map(edge));
    case 'update':
      return updateEdge(g, edge(e.edge), { label: e.label, effort: e.effort });
    case 'move':
      return moveNodes(g, { [node(e.node)]: { x: e.x, y: e.y } });
    case 'relayout':
      return relayout(g);
  }
}

/** What is wrong with a graph made by these edits (null: nothing): every edit must keep it well formed. */
function malformed(g: MigrationGraph): string | null {
  const all = ids(g);
  if (new Set(all).size !== all.length) return `ids not unique: ${all.join(', ')}`;
  const nodes = new Set(g.nodes.map((n) => n.id));
  const pairs = new Set<string>();
  for (const e of g.edges) {
    if (!nodes.has(e.from) || !nodes.has(e.to)) return `${e.id} dangles`;
    if (e.from === e.to) return `${e.id} loops`;
    const pair = `${e.from}→${e.to}`;
    if (pairs.has(pair)) return `${pair} twice`;
    pairs.add(pair);
  }
  return null;
}

const expectWellFormed = (g: MigrationGraph) => expect(malformed(g)).toBeNull();

describe('properties', () => {
  it('after any sequence of edits, node and edge ids are unique, no edge dangles, loops or repeats', () => {
    fc.assert(
      fc.property(graphs, edits, (start, es) => {
        let g = start;
        for (const [i, e] of es.entries()) {
          g = apply(g, e);
          const wrong = malformed(g);
          if (wrong) throw new Error(`after edit ${i} (${e.kind}): ${wrong}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('removing nodes leaves no dangling edge, and keeps every edge between the nodes that stay', () => {
    fc.assert(
      fc.property(graphs, fc.array(fc.nat()), (g, picks) => {
        const gone = picks.map((i) => g.nodes[i % Math.max(1, g.nodes.length)]?.id).filter((x): x is string => x !== undefined);
        const after = removeElements(g, gone, []);
        expectWellFormed(after);
        expect(after.nodes.map((n) => n.id)).toEqual(g.nodes.map((n) => n.id).filter((id) => !gone.includes(id)));
        expect(after.edges).toEqual(g.edges.filter((e) => !gone.includes(e.from) && !gone.includes(e.to)));
      }),
      { numRuns: 200 },
    );
  });

  /** A plan as an import makes one: new nodes, edges among old and new nodes (no loop, no repeat), relabels of unlabelled edges. */
  const plans = graphs.chain((g) =>
    fc
      .tuple(
        fc.uniqueArray(label, { maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(label, { nil: null })), { maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), label), { maxLength: 3 }),
      )
      .map(([newLabels, edgePicks, relabelPicks]) => {
        const refs: NodeRef[] = [
          ...g.nodes.map((n) => ({ kind: 'existing' as const, id: n.id })),
          ...newLabels.map((_, i) => ({ kind: 'new' as const, key: `k${i}` })),
        ];
        const key = (r: NodeRef) => (r.kind === 'existing' ? `e:${r.id}` : `n:${r.key}`);
        const taken = new Set(g.edges.map((e) => `e:${e.from}→e:${e.to}`));
        const addEdges: GraphEditPlan['addEdges'][number][] = [];
        for (const [a, b, l] of edgePicks) {
          const from = refs[a % Math.max(1, refs.length)];
          const to = refs[b % Math.max(1, refs.length)];
          if (!from || !to || key(from) === key(to) || taken.has(`${key(from)}→${key(to)}`)) continue;
          taken.add(`${key(from)}→${key(to)}`);
          addEdges.push({ from, to, label: l });
        }
        const unlabelled = g.edges.filter((e) => e.label === null);
        const relabel = [
          ...new Map(
            relabelPicks.flatMap(([i, l]) => {
              const e = unlabelled[i % Math.max(1, unlabelled.length)];
              return e ? [[e.id, { edgeId: e.id, label: l }] as const] : [];
            }),
          ).values(),
        ];
        const plan: GraphEditPlan = { newNodes: newLabels.map((l, i) => ({ key: `k${i}`, label: l, patternId: null })), addEdges, relabel };
        return { g, plan };
      }),
  );

  it('applying a plan adds every planned node and edge with its label, relabels, and keeps what was there', () => {
    fc.assert(
      fc.property(plans, ({ g, plan }) => {
        const { graph: after, ids: made } = applyGraphPlan(g, plan);
        expectWellFormed(after);
        const id = (r: NodeRef) => (r.kind === 'existing' ? r.id : made.get(r.key));
        const missing = [
          ...plan.newNodes.filter((n) => after.nodes.find((x) => x.id === made.get(n.key))?.label !== n.label).map((n) => `node ${n.key}`),
          ...plan.addEdges
            .filter((e) => {
              const found = after.edges.filter((x) => x.from === id(e.from) && x.to === id(e.to));
              const [only] = found;
              return !(
                found.length === 1 &&
                only?.label === e.label &&
                only.steps.length === 0 &&
                only.effort === 1 &&
                only.origin === 'ours'
              );
            })
            .map((e) => `edge ${id(e.from)} → ${id(e.to)}`),
          ...plan.relabel.filter((r) => after.edges.find((x) => x.id === r.edgeId)?.label !== r.label).map((r) => `label of ${r.edgeId}`),
        ];
        expect(missing).toEqual([]);
        expect(after.nodes.slice(0, g.nodes.length)).toEqual(g.nodes);
        const relabelled = new Set(plan.relabel.map((r) => r.edgeId));
        expect(after.edges.slice(0, g.edges.length).filter((e) => !relabelled.has(e.id))).toEqual(
          g.edges.filter((e) => !relabelled.has(e.id)),
        );
        expect(after.edges).toHaveLength(g.edges.length + plan.addEdges.length);
      }),
      { numRuns: 200 },
    );
  });

  /** The plan applied edit by edit, as applyGraphPlan once did (a scan of the graph per edit). */
  function oneByOne(graph: MigrationGraph, plan: GraphEditPlan) {
    let g = graph;
    const made = new Map<string, string>();
    for (const n of plan.newNodes) {
      const added = addNode(g, { label: n.label, patternId: n.patternId });
      made.set(n.key, added.id);
      g = added.graph;
    }
    const nodeId = (r: NodeRef) => (r.kind === 'existing' ? r.id : (made.get(r.key) ?? r.key));
    for (const e of plan.addEdges) {
      const added = addEdge(g, nodeId(e.from), nodeId(e.to));
      if (!added) continue;
      g = e.label === null ? added.graph : updateEdge(added.graph, added.id, { label: e.label });
    }
    for (const r of plan.relabel) g = updateEdge(g, r.edgeId, { label: r.label });
    return { graph: g, ids: made };
  }

  it('applying a plan at once gives exactly what the edits one by one give, refused edges and all', () => {
    const refused = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(label, { nil: null })), { maxLength: 6 });
    fc.assert(
      fc.property(plans, refused, ({ g, plan }, picks) => {
        // Besides the plan's own edges: loops, repeats and ends that are in no graph, which are left out.
        const refs: NodeRef[] = [
          ...g.nodes.map((n) => ({ kind: 'existing' as const, id: n.id })),
          ...plan.newNodes.map((n) => ({ kind: 'new' as const, key: n.key })),
          { kind: 'existing', id: 'nowhere' },
        ];
        const extra = picks.map(([a, b, l]) => ({ from: refs[a % refs.length]!, to: refs[b % refs.length]!, label: l }));
        const full: GraphEditPlan = { ...plan, addEdges: [...plan.addEdges, ...extra, ...plan.addEdges] };
        const expected = oneByOne(g, full);
        const actual = applyGraphPlan(g, full);
        expect(actual.graph).toEqual(expected.graph);
        expect(JSON.stringify(actual.graph)).toBe(JSON.stringify(expected.graph));
        expect([...actual.ids]).toEqual([...expected.ids]);
        expect(actual.graph === g).toBe(expected.graph === g);
      }),
      { numRuns: 300 },
    );
  });

  it('gives ids one after another as freshId would, had each been added first', () => {
    const bases = fc.array(fc.constantFrom('a', 'A!', 'a 2', 'a-2', '', '--', 'item', 'b', 'a-3'), { maxLength: 30 });
    fc.assert(
      fc.property(graphs, bases, (g, names) => {
        const allocate = idAllocator(g);
        let grown = g;
        for (const name of names) {
          const expected = freshId(grown, name);
          expect(allocate(name)).toBe(expected);
          grown = { ...grown, nodes: [...grown.nodes, { id: expected, label: name, patternId: null }] };
        }
      }),
      { numRuns: 200 },
    );
  });
});
