import { beforeEach, describe, expect, it } from 'vitest';
import { selectGraph, selectMigrationPlan } from './graph-selectors';
import { flushStorage, resetStore, STORAGE_KEY, useAppStore } from './store';

beforeEach(() => resetStore());

const graph = () => selectGraph(useAppStore.getState());
const undo = () => useAppStore.temporal.getState().undo();
const redo = () => useAppStore.temporal.getState().redo();

describe('graph edits', () => {
  it('starts from the dataset’s migrations', () => {
    expect(graph().edges.map((e) => e.label)).toEqual([
      'Encapsulate Modules', 'Strangler Fig', 'Event-Driven', 'Service Extraction', 'Lambda Sidecar', null,
    ]);
  });

  it('adds an edge, and undo removes it again; redo brings it back', () => {
    const id = useAppStore.getState().addEdge(graph(), 'soa', 'serverless');
    expect(id).toBe('soa-to-serverless');
    expect(graph().edges).toHaveLength(7);
    undo();
    expect(graph().edges).toHaveLength(6);
    redo();
    expect(graph().edges.map((e) => e.id)).toContain('soa-to-serverless');
  });

  it('refuses a self-loop and a duplicate edge', () => {
    expect(useAppStore.getState().addEdge(graph(), 'soa', 'soa')).toBeNull();
    expect(useAppStore.getState().addEdge(graph(), 'monolith', 'modular-monolith')).toBeNull();
    expect(graph().edges).toHaveLength(6);
  });

  it('deleting a node deletes its edges, in one undoable step', () => {
    useAppStore.getState().removeElements(graph(), ['microservices'], []);
    expect(graph().nodes.map((n) => n.id)).not.toContain('microservices');
    expect(graph().edges.map((e) => e.label)).toEqual(['Encapsulate Modules', 'Lambda Sidecar', null]);
    undo();
    expect(graph().edges).toHaveLength(6);
  });

  it('renames an edge and edits its steps and effort', () => {
    useAppStore.getState().updateEdge(graph(), 'soa-to-microservices', { label: 'Extract', steps: ['One'], effort: 3 });
    expect(graph().edges.find((e) => e.id === 'soa-to-microservices')).toMatchObject({ label: 'Extract', steps: ['One'], effort: 3 });
  });

  it('other changes (a slider) leave no undo entry', () => {
    useAppStore.getState().setWeight('scalability', 9);
    expect(useAppStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('keeps edits and the chosen current/target in this browser', () => {
    useAppStore.getState().addNode(graph(), { label: 'Cell-Based Architecture', patternId: 'cell-based' });
    useAppStore.getState().setMigrationCurrent('monolith');
    flushStorage();
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state;
    expect(saved.graphEdits.builtin.nodes.map((n: { id: string }) => n.id)).toContain('cell-based-architecture');
    expect(saved.migrationCurrent).toBe('monolith');
  });
});

describe('migration plan', () => {
  it('targets the ranking leader until the team picks a target', () => {
    useAppStore.getState().setMigrationCurrent('monolith');
    let plan = selectMigrationPlan(useAppStore.getState(), 'steps');
    expect(plan).toMatchObject({ current: 'monolith', target: 'serverless', targetFollowsLeader: true });
    useAppStore.getState().setWeight('compliance-security', 10);
    plan = selectMigrationPlan(useAppStore.getState(), 'steps');
    expect(plan.target).toBe('modular-monolith');
    useAppStore.getState().setMigrationTarget('microservices');
    plan = selectMigrationPlan(useAppStore.getState(), 'steps');
    expect(plan).toMatchObject({ target: 'microservices', targetFollowsLeader: false });
    expect(plan.result).toMatchObject({ kind: 'found', paths: [{ nodes: ['monolith', 'modular-monolith', 'microservices'] }] });
  });
});
