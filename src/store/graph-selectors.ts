/** Derived migration data: the graph in use, the effective target and the paths to it. */
import { graphFromDataset, nodeForPattern, type MigrationGraph } from '../domain/graph/graph';
import { findPaths, type PathCost, type PathResult } from '../domain/graph/paths';
import type { Dataset } from '../domain/model/dataset';
import { selectDecisionView } from './decision-selectors';
import { selectDataset, type AppState } from './store';

const fromDataset = new WeakMap<Dataset, MigrationGraph>();

/** The team's edited graph for the dataset in use, or the dataset's own. */
export function selectGraph(s: AppState): MigrationGraph {
  const ds = selectDataset(s);
  const edited = s.graphEdits[s.custom?.dataset.id ?? 'builtin'];
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

let last: { inputs: unknown[]; plan: MigrationPlan } | null = null;

export function selectMigrationPlan(s: AppState, cost: PathCost): MigrationPlan {
  const graph = selectGraph(s);
  const view = selectDecisionView(s);
  const inputs = [graph, view.ranking, s.migrationCurrent, s.migrationTarget, cost];
  if (last?.inputs.every((x, i) => x === inputs[i])) return last.plan;
  const has = (id: string | null) => id !== null && graph.nodes.some((n) => n.id === id);
  const current = has(s.migrationCurrent) ? s.migrationCurrent : null;
  const leader = view.ranking.ranked[0]?.option;
  const leaderNode = leader ? (nodeForPattern(graph, leader)?.id ?? null) : null;
  const picked = has(s.migrationTarget) ? s.migrationTarget : null;
  const target = picked ?? leaderNode;
  const result = current && target ? findPaths(graph, current, target, cost) : null;
  const plan = { graph, current, target, targetFollowsLeader: picked === null, result };
  last = { inputs, plan };
  return plan;
}
