import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectGraph, selectMigrationPlan } from './graph-selectors';
import { type AppStore, STORAGE_KEY, createAppStore } from './store';

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
});
afterEach(() => store.dispose());

const graph = () => selectGraph(store.getState());
const undo = () => store.getState().undo();
const redo = () => store.getState().redo();

describe('graph edits', () => {
  it('starts from the dataset’s migrations', () => {
    expect(graph().edges.map((e) => e.label)).toEqual([
      'Encapsulate Modules',
      'Strangler Fig',
      'Event-Driven',
      'Service Extraction',
      'Lambda Sidecar',
      null,
    ]);
  });

  it('adds an edge, and undo removes it again; redo brings it back', () => {
    const id = store.getState().addEdge('soa', 'serverless');
    expect(id).toBe('soa-to-serverless');
    expect(graph().edges).toHaveLength(7);
    undo();
    expect(graph().edges).toHaveLength(6);
    redo();
    expect(graph().edges.map((e) => e.id)).toContain('soa-to-serverless');
  });

  it('refuses a self-loop and a duplicate edge', () => {
    expect(store.getState().addEdge('soa', 'soa')).toBeNull();
    expect(store.getState().addEdge('monolith', 'modular-monolith')).toBeNull();
    expect(graph().edges).toHaveLength(6);
  });

  it('deleting a node deletes its edges, in one undoable step', () => {
    store.getState().removeElements(['microservices'], []);
    expect(graph().nodes.map((n) => n.id)).not.toContain('microservices');
    expect(graph().edges.map((e) => e.label)).toEqual(['Encapsulate Modules', 'Lambda Sidecar', null]);
    undo();
    expect(graph().edges).toHaveLength(6);
  });

  it('renames an edge and edits its steps and effort', () => {
    store.getState().updateEdge('soa-to-microservices', { label: 'Extract', steps: ['One'], effort: 3 });
    expect(graph().edges.find((e) => e.id === 'soa-to-microservices')).toMatchObject({ label: 'Extract', steps: ['One'], effort: 3 });
  });

  it('shares one history with every other edit of the decision', () => {
    store.getState().setWeight('scalability', 9);
    store.getState().addEdge('soa', 'serverless');
    undo();
    expect(graph().edges).toHaveLength(6);
    expect(store.getState().weights).toEqual({ scalability: 9 });
    undo();
    expect(store.getState().weights).toEqual({});
  });

  it('keeps edits and the chosen current/target in this browser', () => {
    store.getState().addNode({ label: 'Cell-Based Architecture', patternId: 'cell-based' });
    store.getState().setMigrationCurrent('monolith');
    store.flush();
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state;
    expect(saved.graphEdits.builtin.nodes.map((n: { id: string }) => n.id)).toContain('cell-based-architecture');
    expect(saved.migrationCurrent).toBe('monolith');
  });
});

describe('migration plan', () => {
  it('targets the ranking leader until the team picks a target', () => {
    store.getState().setMigrationCurrent('monolith');
    let plan = selectMigrationPlan(store.getState(), 'steps');
    expect(plan).toMatchObject({ current: 'monolith', target: 'serverless', targetFollowsLeader: true });
    store.getState().setWeight('compliance-security', 10);
    plan = selectMigrationPlan(store.getState(), 'steps');
    expect(plan.target).toBe('modular-monolith');
    store.getState().setMigrationTarget('microservices');
    plan = selectMigrationPlan(store.getState(), 'steps');
    expect(plan).toMatchObject({ target: 'microservices', targetFollowsLeader: false });
    expect(plan.result).toMatchObject({ kind: 'found', paths: [{ nodes: ['monolith', 'modular-monolith', 'microservices'] }] });
  });
});
