import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { edgeName } from '../domain/graph/graph';
import { BUILTIN_DATASET as ds } from '../domain/model/builtin-dataset';
import { applyGraphPlan } from '../domain/graph/edit';
import { planMermaidImport } from '../domain/mermaid/import-plan';
import { selectGraph } from './graph-selectors';
import { importMermaid } from './mermaid-apply';
import { type AppStore, createAppStore } from './store';

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
});
afterEach(() => store.dispose());

const state = () => store.getState();
const graph = () => selectGraph(state());
const history = () => store.temporal.getState();
const names = () => graph().edges.map((e) => edgeName(graph(), e));

const QUADRANT = [
  'quadrantChart',
  '    title Architecture Forces',
  '    x-axis Internal Complexity --> External Complexity',
  '    y-axis Operational Overhead --> Team Autonomy',
  '    point Monolith: [0.35, 0.25]',
  '    point ModularMonolith: [0.4, 0.4]',
  '    point SpaceBased: [0.6, 0.1]',
].join('\n');

const FLOWCHART = [
  'flowchart LR',
  '    Monolith -->|Encapsulate Modules| ModularMonolith',
  '    Serverless -->|Cell out| cells[Cell-Based Architecture]',
  '    shared_database -->|Split the schema| database_per_service',
].join('\n');

describe('importing a quadrant chart', () => {
  it('moves the named points, and keeps a point back at its source place as the source’s', () => {
    state().placeOption('modular-monolith', { x: 0.9, y: 0.9 });
    const out = importMermaid(store, QUADRANT);
    expect(out).toMatchObject({
      ok: true,
      quadrant: {
        moved: [
          { name: 'Monolith', position: { x: 0.35, y: 0.25 } },
          { name: 'Modular Monolith', position: { x: 0.4, y: 0.4 } },
          { name: 'Space-Based', position: { x: 0.6, y: 0.1 } },
        ],
        unchanged: 0,
        axesSwitched: false,
      },
      graph: null,
    });
    expect(state().positions).toEqual({ monolith: { x: 0.35, y: 0.25 }, 'space-based': { x: 0.6, y: 0.1 } });
  });

  it('switches the chart back to the source’s forces axes when other axes are shown', () => {
    state().setAxis('x', 'scalability');
    const out = importMermaid(store, QUADRANT);
    expect(out.ok && out.quadrant?.axesSwitched).toBe(true);
    expect(state().axes).toEqual({ x: 'forces', y: 'forces' });
  });

  it('says which points were already there', () => {
    importMermaid(store, QUADRANT);
    const again = importMermaid(store, QUADRANT);
    expect(again.ok && again.quadrant).toEqual({ moved: [], unchanged: 3, axesSwitched: false });
  });
});

describe('importing a flowchart', () => {
  it('adds what is new as one undoable step, exactly as the domain plan says', () => {
    const before = graph();
    const planned = planMermaidImport(FLOWCHART, ds, before);
    if (!planned.ok || !planned.plan.graph) throw new Error('plan failed');
    const out = importMermaid(store, FLOWCHART);
    expect(out).toMatchObject({
      ok: true,
      graph: {
        added: ['Serverless to Cell-Based Architecture: Cell out'],
        newNodes: ['Cell-Based Architecture'],
        labelled: ['Shared Database to Database per Service: Split the schema'],
        present: ['Monolith to Modular Monolith: Encapsulate Modules'],
      },
    });
    expect(graph()).toEqual(applyGraphPlan(before, planned.plan.graph).graph);
    expect(names()).toContain('Serverless to Cell-Based Architecture: Cell out');
    expect(graph().nodes.find((n) => n.id === 'cell-based-architecture')).toMatchObject({ patternId: 'cell-based' });
    expect(history().pastStates).toHaveLength(1);

    history().undo();
    expect(graph()).toEqual(before);
    history().redo();
    expect(names()).toContain('Shared Database to Database per Service: Split the schema');
  });

  it('changes nothing, and leaves no history entry, when every migration is already there', () => {
    const out = importMermaid(store, 'flowchart LR\n  Monolith -->|Encapsulate Modules| ModularMonolith');
    expect(out.ok && out.graph?.present).toEqual(['Monolith to Modular Monolith: Encapsulate Modules']);
    expect(state().graphEdits).toEqual({});
    expect(history().pastStates).toHaveLength(0);
  });
});

describe('a failed import', () => {
  it('leaves the state exactly as it was', () => {
    state().placeOption('soa', { x: 0.1, y: 0.1 });
    state().setAxis('y', 'go-fit');
    state().addEdge('soa', 'serverless');
    const before = { ...state() };
    const past = history().pastStates.length;
    const out = importMermaid(store, `${QUADRANT}\n    point Nanoservices: [0.5, 0.5]\n`);
    expect(out).toEqual({
      ok: false,
      problems: [
        {
          line: 8,
          message:
            '“Nanoservices” names no option of the dataset (known: Monolith, Modular Monolith, SOA, Microservices, Serverless, Space-Based)',
        },
      ],
    });
    const bad = importMermaid(store, `${FLOWCHART}\n    a --> b & c`);
    expect(bad.ok).toBe(false);
    expect(state()).toEqual(before);
    expect(history().pastStates).toHaveLength(past);
  });
});

describe('the graph check on a Mermaid import', () => {
  it('refuses an import onto a graph that is already unsound, naming the field, and changes nothing', () => {
    const base = graph();
    const broken = { ...base, nodes: [...base.nodes, { ...base.nodes[0]! }] };
    store.setState({ graphEdits: { builtin: broken } });
    const out = importMermaid(store, FLOWCHART);
    expect(out).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          message: `the migration graph would not be sound: nodes[${base.nodes.length}].id: duplicate node id "${base.nodes[0]!.id}" (also at nodes[0].id)`,
        },
      ],
    });
    expect(graph()).toBe(broken);
  });
});
