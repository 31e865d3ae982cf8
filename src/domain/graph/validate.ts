/**
 * The one check of ids and references, used by every reader that takes a graph or a list of ids from
 * outside: datasets (patterns, criteria, categories, options, migration nodes and migrations),
 * snapshots and share links (the graph edits), saved state and Mermaid imports (the graph after the
 * import). Each problem names the field path of the second (third…) holder of an id, and where the
 * first one is. Plain data in, plain data out; ids are compared in Maps, never as object keys, so an
 * id such as "constructor" or "__proto__" is an id like any other.
 */

import { formatPath } from '../model/problem';

export type IdPath = (string | number)[];

export interface IdProblem {
  path: IdPath;
  message: string;
}

/**
 * Every id held twice in a list: `items[i][field]` for each i, named as `<base>[i].<field>`.
 * `what` names the kind of id in the message ("pattern id", "node id"…).
 */
export function duplicateIds<T>(
  items: readonly T[],
  base: IdPath,
  what: string,
  idOf: (item: T) => string,
  field: string | null = 'id',
): IdProblem[] {
  const first = new Map<string, number>();
  const problems: IdProblem[] = [];
  items.forEach((item, i) => {
    const id = idOf(item);
    const seen = first.get(id);
    const path = field === null ? [...base, i] : [...base, i, field];
    if (seen === undefined) first.set(id, i);
    else {
      const firstPath = field === null ? [...base, seen] : [...base, seen, field];
      problems.push({ path, message: `duplicate ${what} "${id}" (also at ${formatPath(firstPath)})` });
    }
  });
  return problems;
}

/** A graph as the readers see it: nodes with ids, edges with ids and their two ends. */
export interface GraphShape {
  nodes: readonly { id: string }[];
  edges: readonly { id: string; from: string; to: string }[];
}

/** Where a graph's lists are in the document, and what its nodes and edges are called. */
export interface GraphPaths {
  nodes: IdPath;
  edges: IdPath;
  /** "node" in a snapshot's graph, "migration node" in a dataset. */
  node: string;
  /** "edge" in a snapshot's graph, "migration" in a dataset. */
  edge: string;
}

export const SNAPSHOT_GRAPH_PATHS: GraphPaths = { nodes: ['nodes'], edges: ['edges'], node: 'node', edge: 'edge' };

/**
 * Duplicate node ids, duplicate edge ids, and edges from or to a node the graph does not have.
 * An empty list means the graph is sound: every view can draw every node and edge it lists.
 */
export function checkGraph(graph: GraphShape, paths: GraphPaths = SNAPSHOT_GRAPH_PATHS): IdProblem[] {
  const problems = [
    ...duplicateIds(graph.nodes, paths.nodes, `${paths.node} id`, (n) => n.id),
    ...duplicateIds(graph.edges, paths.edges, `${paths.edge} id`, (e) => e.id),
  ];
  const nodes = new Set(graph.nodes.map((n) => n.id));
  graph.edges.forEach((e, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!nodes.has(e[end])) problems.push({ path: [...paths.edges, i, end], message: `unknown ${paths.node} "${e[end]}"` });
    }
  });
  return problems;
}
