import { useCallback } from 'react';
import type { PathCost } from '../../domain/graph/paths';
import { selectMigrationPlan, type MigrationPlan } from '../../store/graph-selectors';
import { useAppStore } from '../../store/store';

export function useMigrationPlan(cost: PathCost): MigrationPlan {
  return useAppStore(useCallback((s) => selectMigrationPlan(s, cost), [cost]));
}
