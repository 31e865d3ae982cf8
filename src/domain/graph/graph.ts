/** Our own migration graph: architectures as nodes, migrations as edges. No view library types here. */
import type { Dataset } from '../model/dataset';

export interface GraphNode {
  id: string;
  label: string;
  /** The pattern this node stands for, or null for a custom node. */
  patternId: string | null;
  /** Where the team put the node; unset nodes are placed by the automatic layout. */
  position?: { x: number; y: number };
}

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  label: string | null;
  steps: string[];
  /** Relative effort of the migration (default 1); used by "least effort" path finding. */
  effort: number;
  origin: 'source' | 'ours';
}

export interface MigrationGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function graphFromDataset(ds: Dataset): MigrationGraph {
  return {
    nodes: ds.migrationNodes.map((n) => ({ id: n.id, label: n.label, patternId: n.patternId })),
    edges: ds.migrations.map((m) => ({
      id: m.id,
      from: m.from,
      to: m.to,
      label: m.label,
      steps: [...m.steps],
      effort: 1,
      origin: m.origin,
    })),
  };
}

/** The name people read for an edge, e.g. "Monolith to Modular Monolith: Encapsulate Modules". */
export function edgeName(graph: MigrationGraph, edge: GraphEdge): string {
  const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;
  return `${label(edge.from)} to ${label(edge.to)}${edge.label ? `: ${edge.label}` : ''}`;
}

/** A new id that no node or edge has yet, from a readable base. */
export function freshId(graph: MigrationGraph, base: string): string {
  return idAllocator(graph)(base);
}

/**
 * Gives ids one after another as `freshId` would if each were added to the graph before the next
 * was asked for (the same ids, in the same order), in constant time each: the ids taken are a set
 * made once, and each base remembers the suffix it reached (the lowest free suffix never goes back,
 * as ids are only added). For edits that add thousands of nodes at once.
 */
export function idAllocator(graph: MigrationGraph): (base: string) => string {
  const taken = new Set<string>();
  for (const n of graph.nodes) taken.add(n.id);
  for (const e of graph.edges) taken.add(e.id);
  const nextSuffix = new Map<string, number>();
  return (base) => {
    const slug =
      base
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'item';
    let id = slug;
    if (taken.has(id)) {
      let i = nextSuffix.get(slug) ?? 2;
      while (taken.has(`${slug}-${i}`)) i++;
      nextSuffix.set(slug, i + 1);
      id = `${slug}-${i}`;
    }
    taken.add(id);
    return id;
  };
}

/** The graph node standing for a pattern (the option a ranking talks about). */
export function nodeForPattern(graph: MigrationGraph, patternId: string): GraphNode | undefined {
  return graph.nodes.find((n) => n.patternId === patternId) ?? graph.nodes.find((n) => n.id === patternId);
}
