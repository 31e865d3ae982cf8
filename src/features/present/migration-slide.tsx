import { useState } from 'react';
import type { MigrationGraph } from '../../domain/graph/graph';
import { selectMigrationPlan } from '../../store/graph-selectors';
import { useAppStore } from '../../store/store';

const nodeLabel = (graph: MigrationGraph, id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;

/**
 * The migration path from where the team is to the target (the ranking's leader unless the team
 * picked one), one migration at a time: the path on the left, the chosen migration's steps beside it.
 */
export function MigrationSlide() {
  const plan = useAppStore((s) => selectMigrationPlan(s, 'steps'));
  const setCurrent = useAppStore((s) => s.setMigrationCurrent);
  const { graph, current, target, result } = plan;
  const targetName = target ? nodeLabel(graph, target) : null;

  const picker = (
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
  );

  if (!target) return <p className="present-lede">No target: the leader has no node on the migration graph.</p>;
  if (!current || !result) {
    return (
      <div className="present-stack">
        <p className="present-lede">Say where the team is now to see the path to {targetName}.</p>
        {picker}
      </div>
    );
  }
  if (result.kind === 'same') {
    return (
      <div className="present-stack">
        <p className="present-lede">The team is already at {targetName}: no migration needed.</p>
        {picker}
      </div>
    );
  }
  if (result.kind === 'none') {
    return (
      <div className="present-stack">
        <p className="present-lede">
          No migration path leads from {nodeLabel(graph, current)} to {targetName} on the graph yet.
        </p>
        {picker}
      </div>
    );
  }
  const path = result.paths[0]!;
  return <PathSteps key={path.edges.join('>')} graph={graph} nodes={path.nodes} edges={path.edges} picker={picker} />;
}

function PathSteps({ graph, nodes, edges, picker }: { graph: MigrationGraph; nodes: string[]; edges: string[]; picker: React.ReactNode }) {
  const [active, setActive] = useState(0);
  const edge = graph.edges.find((e) => e.id === edges[active]);
  const title = (i: number) => {
    const e = graph.edges.find((ee) => ee.id === edges[i]);
    return e?.label ?? `${nodeLabel(graph, nodes[i]!)} to ${nodeLabel(graph, nodes[i + 1]!)}`;
  };
  return (
    <div className="present-columns migration">
      <div className="present-path-column">
        <ol className="present-path" aria-label="Migration path">
          {nodes.map((n, i) => (
            <li key={n}>
              <span className={i === active || i === active + 1 ? 'present-node on' : 'present-node'}>{nodeLabel(graph, n)}</span>
              {i < edges.length && (
                <button
                  type="button"
                  className="present-edge"
                  aria-pressed={i === active}
                  aria-label={`Migration ${i + 1} of ${edges.length}: ${nodeLabel(graph, n)} to ${nodeLabel(graph, nodes[i + 1]!)}: ${title(i)}`}
                  onClick={() => setActive(i)}
                >
                  ↓ {title(i)}
                </button>
              )}
            </li>
          ))}
        </ol>
        {picker}
      </div>
      <section className="present-aside" aria-labelledby="present-step-title">
        <h2 id="present-step-title">
          {edges.length > 1 ? `Migration ${active + 1} of ${edges.length}: ` : ''}
          {title(active)}
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
    </div>
  );
}
