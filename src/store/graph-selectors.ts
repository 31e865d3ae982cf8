/** Derived migration data: the graph in use, the effective target and the paths to it. */
import { graphFromDataset, nodeForPattern, type MigrationGraph } from '../domain/graph/graph';
import { findPaths, type PathCost, type PathResult } from '../domain/graph/paths';
import type { Dataset } from '../domain/model/dataset';
import { selectDecisionView } from './decision-selectors';
import { memoized } from './memo';
import { selectDataset, type AppState } from './store';

const fromDataset = new WeakMap<Dataset, MigrationGraph>();

/** The key the team's graph edits are kept under: the loaded dataset's id, or 'builtin'. */
export function datasetKeyOf(s: Pick<AppState, 'custom'>): string {
  return s.custom?.dataset.id ?? 'builtin';
}

/** The team's edited graph for the dataset in use, or the dataset's own. */
export function selectGraph(s: Pick<AppState, 'custom' | 'graphEdits'>): MigrationGraph {
  const ds = selectDataset(s);
  const key = datasetKeyOf(s);
  const edited = Object.hasOwn(s.graphEdits, key) ? s.graphEdits[key] : undefined;
  if (edited) return edited;
  let g = fromDataset.get(ds);
  if (!g) {
    g = graphFromDataset(ds);
    fromDataset.set(ds, g);
  }
  return g;
}

export interface MigrationPlan {
  graph: MigrationGraph;
  current: string | null;
  target: string | null;
  /** True while the target follows the ranking's leader (the team has not picked one). */
  targetFollowsLeader: boolean;
  result: PathResult | null;
}

export function selectMigrationPlan(s: AppState, cost: PathCost): MigrationPlan {
  const graph = selectGraph(s);
  const view = selectDecisionView(s);
  return memoized(s.memo, 'migrationPlan', [graph, view.ranking, s.migrationCurrent, s.migrationTarget, cost], () => {
    const has = (id: string | null) => id !== null && graph.nodes.some((n) => n.id === id);
    const current = has(s.migrationCurrent) ? s.migrationCurrent : null;
    const leader = view.ranking.ranked[0]?.option;
    const leaderNode = leader ? (nodeForPattern(graph, leader)?.id ?? null) : null;
    const picked = has(s.migrationTarget) ? s.migrationTarget : null;
    const target = picked ?? leaderNode;
    const result = current && target ? findPaths(graph, current, target, cost) : null;
    return { graph, current, target, targetFollowsLeader: picked === null, result };
  });
}
