import { useState } from 'react';
import { Link } from 'react-router';
import { problemText } from '../../domain/mermaid/problem';
import { useAppStoreApi } from '../../store/store';
import { importMermaid, type MermaidImportOutcome } from '../../store/mermaid-apply';
import { ProblemList } from '../../ui/notice';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const coords = (p: { x: number; y: number }) => `${p.x}, ${p.y}`;

type Done = Extract<MermaidImportOutcome, { ok: true }>;

function QuadrantSummary({ quadrant }: { quadrant: NonNullable<Done['quadrant']> }) {
  const { moved, unchanged, axesSwitched } = quadrant;
  return (
    <p>
      {moved.length
        ? `Moved ${count(moved.length, 'point')}: ${moved.map((m) => `${m.name} (${coords(m.position)})`).join(', ')}.`
        : 'No point moved.'}
      {unchanged ? ` ${count(unchanged, 'point')} already where the text puts ${unchanged === 1 ? 'it' : 'them'}.` : ''}
      {axesSwitched ? ' The chart is back on the source’s forces axes.' : ''} <Link to="/forces">See the forces chart</Link>
    </p>
  );
}

function GraphSummary({ graph }: { graph: NonNullable<Done['graph']> }) {
  const { added, newNodes, labelled, present } = graph;
  const changed = added.length + newNodes.length + labelled.length > 0;
  return (
    <p>
      {added.length || newNodes.length
        ? `Added ${count(added.length, 'migration')}, ${count(newNodes.length, 'new node')}: ${[...added, ...newNodes.map((n) => `node ${n}`)].join('; ')}.`
        : 'No migration added.'}
      {labelled.length ? ` Labelled ${count(labelled.length, 'migration')}: ${labelled.join('; ')}.` : ''}
      {present.length ? ` ${count(present.length, 'migration')} already in the graph.` : ''}
      {changed ? ' Undo on the migration view takes the import back.' : ''} <Link to="/migration">See the migration graph</Link>
    </p>
  );
}

/** Paste Mermaid from the source or an exported record: quadrant points become positions, flowchart edges migrations. */
export function MermaidImportPanel() {
  const store = useAppStoreApi();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<MermaidImportOutcome | null>(null);
  return (
    <section className="panel" aria-labelledby="mermaid-import-title">
      <h2 id="mermaid-import-title">Import from Mermaid</h2>
      <p className="small muted">
        Paste a <code>quadrantChart</code> (its points become positions on the forces chart) or a <code>flowchart</code> (its edges become
        migrations), bare or inside Markdown <code>```mermaid</code> blocks — the source document itself works.
      </p>
      <form
        className="paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          setOutcome(importMermaid(store, text));
        }}
      >
        <label className="field">
          <span>Mermaid quadrantChart or flowchart</span>
          <textarea
            rows={6}
            spellCheck={false}
            className="mermaid-input"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            placeholder={'quadrantChart\n    Monolith: [0.3, 0.2]'}
          />
        </label>
        <button type="submit" className="button small" disabled={!text.trim()}>
          Import Mermaid
        </button>
      </form>
      <div role="status" className="mermaid-import-status small">
        {outcome?.ok ? (
          <>
            {outcome.quadrant ? <QuadrantSummary quadrant={outcome.quadrant} /> : null}
            {outcome.graph ? <GraphSummary graph={outcome.graph} /> : null}
            {outcome.notes.length ? (
              <details>
                <summary>Read but not imported ({outcome.notes.length})</summary>
                <ul className="problem-list">
                  {outcome.notes.map((n, i) => (
                    <li key={i}>{n}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </>
        ) : null}
      </div>
      {outcome && !outcome.ok ? (
        <div role="alert" className="mermaid-import-problems small">
          <p>
            <strong>Nothing was imported</strong>: {count(outcome.problems.length, 'problem')} in the pasted text.
          </p>
          <ProblemList problems={outcome.problems.map((p) => problemText(p))} label="Mermaid problems" />
        </div>
      ) : null}
    </section>
  );
}
