import type { StateCreator } from 'zustand';
import { freshId, type GraphEdge, type GraphNode, type MigrationGraph } from '../domain/graph/graph';
import type { AppState } from './store';

export interface GraphSlice {
  /** The team's edited migration graph per dataset id; absent until the first edit (then the dataset's graph is copied). */
  graphEdits: Record<string, MigrationGraph>;
  /** Node the team is at now, and the node it wants to reach (null: follow the ranking's leader). */
  migrationCurrent: string | null;
  migrationTarget: string | null;
  addNode: (base: MigrationGraph, node: Omit<GraphNode, 'id'>) => string;
  addEdge: (base: MigrationGraph, from: string, to: string) => string | null;
  updateEdge: (base: MigrationGraph, id: string, patch: Partial<Pick<GraphEdge, 'label' | 'steps' | 'effort'>>) => void;
  removeElements: (base: MigrationGraph, nodeIds: string[], edgeIds: string[]) => void;
  moveNodes: (base: MigrationGraph, positions: Record<string, { x: number; y: number }>) => void;
  /** Forget the team's node placements: the automatic layout takes over again. */
  relayout: (base: MigrationGraph) => void;
  resetGraph: () => void;
  setMigrationCurrent: (id: string | null) => void;
  setMigrationTarget: (id: string | null) => void;
}

export const createGraphSlice: StateCreator<AppState, [], [], GraphSlice> = (set, get) => {
  /** Apply an edit to the graph in use (`base`, from the selector) and store it under the dataset's id. */
  const edit = (base: MigrationGraph, change: (g: MigrationGraph) => MigrationGraph) => {
    const datasetId = get().custom?.dataset.id ?? 'builtin';
    set((s) => ({ graphEdits: { ...s.graphEdits, [datasetId]: change(base) } }));
  };
  return {
    graphEdits: {},
    migrationCurrent: null,
    migrationTarget: null,
    addNode: (base, node) => {
      const id = freshId(base, node.label);
      edit(base, (g) => ({ ...g, nodes: [...g.nodes, { ...node, id }] }));
      return id;
    },
    addEdge: (base, from, to) => {
      if (from === to || base.edges.some((e) => e.from === from && e.to === to)) return null;
      const id = freshId(base, `${from}-to-${to}`);
      edit(base, (g) => ({
        ...g,
        edges: [...g.edges, { id, from, to, label: null, steps: [], effort: 1, origin: 'ours' }],
      }));
      return id;
    },
    updateEdge: (base, id, patch) =>
      edit(base, (g) => ({ ...g, edges: g.edges.map((e) => (e.id === id ? { ...e, ...patch } : e)) })),
    removeElements: (base, nodeIds, edgeIds) => {
      const nodes = new Set(nodeIds);
      const edges = new Set(edgeIds);
      if (nodes.size === 0 && edges.size === 0) return;
      edit(base, (g) => ({
        nodes: g.nodes.filter((n) => !nodes.has(n.id)),
        edges: g.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.from) && !nodes.has(e.to)),
      }));
      set((s) => ({
        migrationCurrent: s.migrationCurrent && nodes.has(s.migrationCurrent) ? null : s.migrationCurrent,
        migrationTarget: s.migrationTarget && nodes.has(s.migrationTarget) ? null : s.migrationTarget,
      }));
    },
    moveNodes: (base, positions) =>
      edit(base, (g) => ({
        ...g,
        nodes: g.nodes.map((n) => (positions[n.id] ? { ...n, position: positions[n.id] } : n)),
      })),
    relayout: (base) =>
      edit(base, (g) => ({ ...g, nodes: g.nodes.map(({ position: _drop, ...n }) => n) })),
    resetGraph: () =>
      set((s) => {
        const graphEdits = { ...s.graphEdits };
        delete graphEdits[s.custom?.dataset.id ?? 'builtin'];
        return { graphEdits };
      }),
    setMigrationCurrent: (id) => set({ migrationCurrent: id }),
    setMigrationTarget: (id) => set({ migrationTarget: id }),
  };
};
