import { useCallback } from 'react';
import { useStore } from 'zustand';
import type { PathCost } from '../../domain/graph/paths';
import { selectMigrationPlan, type MigrationPlan } from '../../store/graph-selectors';
import { useAppStore } from '../../store/store';

export function useMigrationPlan(cost: PathCost): MigrationPlan {
  return useAppStore(useCallback((s) => selectMigrationPlan(s, cost), [cost]));
}

const undo = () => useAppStore.temporal.getState().undo();
const redo = () => useAppStore.temporal.getState().redo();

/** Undo/redo of graph edits, with whether each is possible. */
export function useGraphHistory() {
  const canUndo = useStore(useAppStore.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(useAppStore.temporal, (t) => t.futureStates.length > 0);
  return { canUndo, canRedo, undo, redo };
}
