import { useState } from 'react';
import { edgeName, type MigrationGraph } from '../../domain/graph/graph';
import { useAppStore, useDataset } from '../../store/store';

/** Rename a migration, set its effort and write its steps (one per line). */
export function EdgeEditor({ graph, edgeId, onClose }: { graph: MigrationGraph; edgeId: string | null; onClose: () => void }) {
  const updateEdge = useAppStore((s) => s.updateEdge);
  const removeElements = useAppStore((s) => s.removeElements);
  const edge = graph.edges.find((e) => e.id === edgeId);
  if (!edge) {
    return (
      <section className="panel" aria-labelledby="edge-editor-title">
        <h2 id="edge-editor-title">Edit a migration</h2>
        <p className="muted small">
          Select an edge (click it, or Tab to it) to rename it, set its effort or write its steps. Connect two nodes by dragging from one’s
          right handle to another; Delete removes what is selected.
        </p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="edge-editor-title">
      <h2 id="edge-editor-title">Edit {edgeName(graph, edge)}</h2>
      <EdgeForm
        key={edge.id}
        initial={{ label: edge.label ?? '', effort: edge.effort, steps: edge.steps.join('\n') }}
        onSave={(v) =>
          updateEdge(edge.id, {
            label: v.label.trim() || null,
            effort: v.effort,
            steps: v.steps
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
          })
        }
        onDelete={() => {
          removeElements([], [edge.id]);
          onClose();
        }}
      />
    </section>
  );
}

function EdgeForm({
  initial,
  onSave,
  onDelete,
}: {
  initial: { label: string; effort: number; steps: string };
  onSave: (v: { label: string; effort: number; steps: string }) => void;
  onDelete: () => void;
}) {
  const [v, setV] = useState(initial);
  const changed = v.label !== initial.label || v.effort !== initial.effort || v.steps !== initial.steps;
  return (
    <form
      className="edge-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(v);
      }}
    >
      <label className="field">
        <span>Name</span>
        <input value={v.label} onChange={(e) => setV({ ...v, label: e.currentTarget.value })} placeholder="e.g. Strangler Fig" />
      </label>
      <label className="field">
        <span>Effort (relative, used by “least total effort”)</span>
        <input
          type="number"
          min={0}
          max={100}
          step={0.5}
          value={v.effort}
          onChange={(e) => setV({ ...v, effort: Math.max(0, e.currentTarget.valueAsNumber || 0) })}
        />
      </label>
      <label className="field">
        <span>Steps, one per line</span>
        <textarea rows={4} value={v.steps} onChange={(e) => setV({ ...v, steps: e.currentTarget.value })} />
      </label>
      <div className="details-actions">
        <button type="submit" className="button small primary" disabled={!changed}>
          Save migration
        </button>
        <button type="button" className="button small ghost" onClick={onDelete}>
          Delete migration
        </button>
      </div>
    </form>
  );
}

/** Add nodes, undo/redo, re-layout and reset. */
export function GraphTools({ graph }: { graph: MigrationGraph }) {
  const dataset = useDataset();
  const addNode = useAppStore((s) => s.addNode);
  const relayout = useAppStore((s) => s.relayout);
  const resetGraph = useAppStore((s) => s.resetGraph);
  const [custom, setCustom] = useState('');
  const inGraph = new Set(graph.nodes.map((n) => n.patternId));
  const addable = dataset.patterns.filter((p) => !inGraph.has(p.id));

  return (
    <section className="panel" aria-labelledby="graph-tools-title">
      <h2 id="graph-tools-title">Edit the graph</h2>
      <div className="details-actions">
        <button type="button" className="button small ghost" onClick={() => relayout()}>
          Re-layout
        </button>
        <button type="button" className="button small ghost" onClick={resetGraph}>
          Back to the source graph
        </button>
      </div>
      <label className="field">
        <span>Add an architecture from the dataset</span>
        <select
          value=""
          onChange={(e) => {
            const p = dataset.patterns.find((x) => x.id === e.currentTarget.value);
            if (p) addNode({ label: p.shortName ?? p.name, patternId: p.id });
          }}
        >
          <option value="">Choose…</option>
          {addable.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (custom.trim()) addNode({ label: custom.trim(), patternId: null });
          setCustom('');
        }}
      >
        <label className="field grow">
          <span>Or a custom one</span>
          <input value={custom} onChange={(e) => setCustom(e.currentTarget.value)} placeholder="e.g. Cell-based (pilot)" />
        </label>
        <button type="submit" className="button small" disabled={!custom.trim()}>
          Add node
        </button>
      </form>
    </section>
  );
}
