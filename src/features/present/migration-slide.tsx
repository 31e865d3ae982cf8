import { useState } from 'react';
import type { MigrationGraph } from '../../domain/graph/graph';
import type { MigrationPath } from '../../domain/graph/paths';
import { selectMigrationPlan } from '../../store/graph-selectors';
import { useAppStore } from '../../store/store';

const nodeLabel = (graph: MigrationGraph, id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;

/**
 * The migration path from where the team is to the target (the ranking's leader unless the team
 * picked one), one migration at a time: the path on the left, the chosen migration's steps beside it.
 * The "where the team is" picker keeps its place in every state, so it keeps focus while its value
 * (and so the path) changes under the arrow keys.
 */
export function MigrationSlide() {
  const plan = useAppStore((s) => selectMigrationPlan(s, 'steps'));
  const setCurrent = useAppStore((s) => s.setMigrationCurrent);
  const { graph, current, target, result } = plan;
  const path = result?.kind === 'found' ? result.paths[0]! : null;
  const pathKey = path?.edges.join('>') ?? '';
  // The migration shown; back to the first when the path changes.
  const [picked, setPicked] = useState({ pathKey, active: 0 });
  const active = picked.pathKey === pathKey ? picked.active : 0;
  const targetName = target ? nodeLabel(graph, target) : '';

  let message: string | null = null;
  if (!target) message = 'No target: the leader has no node on the migration graph.';
  else if (!current || !result) message = `Say where the team is now to see the path to ${targetName}.`;
  else if (result.kind === 'same') message = `The team is already at ${targetName}: no migration needed.`;
  else if (result.kind === 'none') message = `No migration path leads from ${nodeLabel(graph, current)} to ${targetName} on the graph yet.`;

  return (
    <div className="present-columns migration">
      <div className="present-path-column">
        {path ? (
          <PathList graph={graph} path={path} active={active} onPick={(i) => setPicked({ pathKey, active: i })} />
        ) : (
          <p className="present-lede">{message}</p>
        )}
        <label className="present-field">
          Where the team is now{' '}
          <select value={current ?? ''} onChange={(e) => setCurrent(e.currentTarget.value || null)}>
            <option value="">Choose…</option>
            {graph.nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {path && <StepsPanel graph={graph} path={path} active={active} />}
    </div>
  );
}

function migrationTitle(graph: MigrationGraph, path: MigrationPath, i: number): string {
  const e = graph.edges.find((ee) => ee.id === path.edges[i]);
  return e?.label ?? `${nodeLabel(graph, path.nodes[i]!)} to ${nodeLabel(graph, path.nodes[i + 1]!)}`;
}

function PathList({
  graph,
  path,
  active,
  onPick,
}: {
  graph: MigrationGraph;
  path: MigrationPath;
  active: number;
  onPick: (i: number) => void;
}) {
  const { nodes, edges } = path;
  return (
    <ol className="present-path" aria-label="Migration path">
      {nodes.map((n, i) => (
        <li key={n}>
          <span className={i === active || i === active + 1 ? 'present-node on' : 'present-node'}>{nodeLabel(graph, n)}</span>
          {i < edges.length && (
            <button
              type="button"
              className="present-edge"
              aria-pressed={i === active}
              aria-label={`Migration ${i + 1} of ${edges.length}: ${nodeLabel(graph, n)} to ${nodeLabel(graph, nodes[i + 1]!)}: ${migrationTitle(graph, path, i)}`}
              onClick={() => onPick(i)}
            >
              ↓ {migrationTitle(graph, path, i)}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

function StepsPanel({ graph, path, active }: { graph: MigrationGraph; path: MigrationPath; active: number }) {
  const edge = graph.edges.find((e) => e.id === path.edges[active]);
  const count = path.edges.length;
  return (
    <section className="present-aside" aria-labelledby="present-step-title">
      <h2 id="present-step-title">
        {count > 1 ? `Migration ${active + 1} of ${count}: ` : ''}
        {migrationTitle(graph, path, active)}
      </h2>
      {edge && edge.steps.length > 0 ? (
        <ol className="present-steps">
          {edge.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      ) : (
        <p>The source lists no steps for this migration.</p>
      )}
    </section>
  );
}
