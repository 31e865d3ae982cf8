import type { GraphEdge, GraphNode, MigrationGraph } from '../domain/graph/graph';
import * as edit from '../domain/graph/edit';
import { datasetKeyOf, selectGraph } from './graph-selectors';
import type { Slice } from './slice-context';

export interface GraphSlice {
  /**
   * Applies a change to the migration graph in use as one step (one undo). The change is a pure
   * function of the graph (domain/graph/edit.ts); returning the same graph changes nothing.
   */
  changeGraph: (change: (graph: MigrationGraph) => MigrationGraph) => void;
  addNode: (node: Omit<GraphNode, 'id'>) => string;
  renameNode: (id: string, label: string) => void;
  addEdge: (from: string, to: string) => string | null;
  updateEdge: (id: string, patch: Partial<Pick<GraphEdge, 'label' | 'steps' | 'effort'>>) => void;
  removeElements: (nodeIds: string[], edgeIds: string[]) => void;
  moveNodes: (positions: Record<string, { x: number; y: number }>) => void;
  /** Forget the team's node placements: the automatic layout takes over again. */
  relayout: () => void;
  resetGraph: () => void;
  setMigrationCurrent: (id: string | null) => void;
  setMigrationTarget: (id: string | null) => void;
}

export const createGraphSlice: Slice<GraphSlice> = (ctx) => (set, get) => {
  const changeGraph: GraphSlice['changeGraph'] = (change) => {
    const before = selectGraph(get());
    const after = change(before);
    if (after === before) return;
    const key = datasetKeyOf(get());
    set((s) => {
      // A removed node can no longer be where the team is or where it goes.
      const has = (id: string | null) => id === null || after.nodes.some((n) => n.id === id);
      return {
        graphEdits: { ...s.graphEdits, [key]: after },
        migrationCurrent: has(s.migrationCurrent) ? s.migrationCurrent : null,
        migrationTarget: has(s.migrationTarget) ? s.migrationTarget : null,
      };
    });
  };
  return {
    changeGraph,
    addNode: (node) => {
      const { graph, id } = edit.addNode(selectGraph(get()), node);
      changeGraph(() => graph);
      return id;
    },
    renameNode: (id, label) => changeGraph((g) => edit.renameNode(g, id, label)),
    addEdge: (from, to) => {
      const added = edit.addEdge(selectGraph(get()), from, to);
      if (!added) return null;
      changeGraph(() => added.graph);
      return added.id;
    },
    updateEdge: (id, patch) => changeGraph((g) => edit.updateEdge(g, id, patch)),
    removeElements: (nodeIds, edgeIds) => changeGraph((g) => edit.removeElements(g, nodeIds, edgeIds)),
    // Dragging a node reports many moves: one undo step per node and drag.
    moveNodes: (positions) =>
      ctx.track(`move:${Object.keys(positions).sort().join(',')}`, () => changeGraph((g) => edit.moveNodes(g, positions))),
    relayout: () => changeGraph(edit.relayout),
    resetGraph: () =>
      set((s) => {
        const key = datasetKeyOf(s);
        if (!Object.hasOwn(s.graphEdits, key)) return s;
        const graphEdits = { ...s.graphEdits };
        delete graphEdits[key];
        return { graphEdits, toast: { message: 'The migration graph is back to the source’s.', undo: true } };
      }),
    setMigrationCurrent: (id) => set({ migrationCurrent: id }),
    setMigrationTarget: (id) => set({ migrationTarget: id }),
  };
};
