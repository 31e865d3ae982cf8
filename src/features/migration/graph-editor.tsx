import { useEffect, useRef, useState } from 'react';
import { edgeName, type MigrationGraph } from '../../domain/graph/graph';
import { useAppStore, useDataset } from '../../store/store';

/** Rename a migration, set its effort and write its steps (one per line). */
export function EdgeEditor({ graph, edgeId, onClose }: { graph: MigrationGraph; edgeId: string | null; onClose: () => void }) {
  const updateEdge = useAppStore((s) => s.updateEdge);
  const removeElements = useAppStore((s) => s.removeElements);
  const edge = graph.edges.find((e) => e.id === edgeId);
  const section = useRef<HTMLElement>(null);
  // A selected edge brings its editor into view (the page's scroll is outside React).
  useEffect(() => {
    if (edgeId) section.current?.scrollIntoView({ block: 'nearest' });
  }, [edgeId]);
  if (!edge) {
    return (
      <section className="panel" aria-labelledby="edge-editor-title">
        <h2 id="edge-editor-title">Edit a migration</h2>
        <p className="muted small">
          Select an edge (click it, or Tab to it and press Enter) to rename it, set its effort or write its steps. Connect two nodes by
          dragging from one’s handle to another’s, or with “Connect” below; Delete removes what is selected.
        </p>
      </section>
    );
  }
  return (
    <section ref={section} className="panel" aria-labelledby="edge-editor-title">
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

/** Add, connect and rename nodes, re-layout and reset. */
export function GraphTools({
  graph,
  onAdded,
  renaming,
  focusKey,
  onPick,
}: {
  graph: MigrationGraph;
  onAdded: (edgeId: string) => void;
  renaming: string;
  focusKey: number;
  onPick: (nodeId: string) => void;
}) {
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
      <ConnectForm graph={graph} onAdded={onAdded} />
      <RenameForm graph={graph} nodeId={renaming} focusKey={focusKey} onPick={onPick} />
    </section>
  );
}

function NodeSelect({
  graph,
  label,
  value,
  onChange,
}: {
  graph: MigrationGraph;
  label: string;
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">Choose…</option>
        {graph.nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** “Connect … to …” without a mouse: the new migration is selected, so its editor opens for a name and steps. */
export function ConnectForm({ graph, onAdded }: { graph: MigrationGraph; onAdded: (edgeId: string) => void }) {
  const addEdge = useAppStore((s) => s.addEdge);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const exists = graph.edges.some((e) => e.from === from && e.to === to);
  const problem =
    from && to && from === to ? 'Choose two different architectures.' : exists ? 'That migration is already in the graph.' : '';
  return (
    <form
      className="graph-form"
      aria-labelledby="connect-title"
      onSubmit={(e) => {
        e.preventDefault();
        const id = addEdge(from, to);
        if (id) onAdded(id);
      }}
    >
      <h3 id="connect-title">Connect two architectures</h3>
      <div className="graph-form-row">
        <NodeSelect graph={graph} label="From" value={from} onChange={setFrom} />
        <NodeSelect graph={graph} label="To" value={to} onChange={setTo} />
      </div>
      {problem && <p className="small muted">{problem}</p>}
      <button type="submit" className="button small" disabled={!from || !to || problem !== ''}>
        Connect
      </button>
    </form>
  );
}

/**
 * Rename an architecture: pick it here, or double-click it (or press F2 on it) in the graph, which
 * picks it and puts the cursor in the name field.
 */
export function RenameForm({
  graph,
  nodeId,
  focusKey,
  onPick,
}: {
  graph: MigrationGraph;
  nodeId: string;
  focusKey: number;
  onPick: (id: string) => void;
}) {
  const renameNode = useAppStore((s) => s.renameNode);
  const node = graph.nodes.find((n) => n.id === nodeId);
  return (
    <form
      className="graph-form"
      aria-labelledby="rename-title"
      onSubmit={(e) => {
        e.preventDefault();
        const input = e.currentTarget.elements.namedItem('node-name') as HTMLInputElement | null;
        if (node && input?.value.trim()) renameNode(node.id, input.value.trim());
      }}
    >
      <h3 id="rename-title">Rename an architecture</h3>
      <NodeSelect graph={graph} label="Architecture" value={node?.id ?? ''} onChange={onPick} />
      {node && (
        <div className="inline-form">
          <label className="field grow">
            <span>New name</span>
            {/* Keyed by node and request: a double-click or F2 starts a fresh field with the cursor in it. */}
            <input key={`${node.id}-${focusKey}`} name="node-name" defaultValue={node.label} autoFocus={focusKey > 0} />
          </label>
          <button type="submit" className="button small">
            Rename
          </button>
        </div>
      )}
    </form>
  );
}
