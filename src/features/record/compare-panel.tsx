import { useMemo, useState, type ReactNode } from 'react';
import { BUILTIN_DATASET } from '../../domain/model/builtin-dataset';
import { formatProblem } from '../../domain/model/problem';
import {
  changeCount,
  decisionFacts,
  diffDecisions,
  diffMarkdown,
  pathText,
  signedWeight,
  snapshotInput,
} from '../../domain/snapshot/compare';
import { formatWeight } from '../../domain/group/core';
import type { Snapshot } from '../../domain/snapshot/snapshot';
import { downloadText, fileSlug } from '../../lib/download-file';
import { selectDecisionInput } from '../../store/compare-selectors';
import { useAppStore } from '../../store/store';
import { FileButton } from '../../ui/file-button';
import { formatScore } from '../../ui/format';
import { useOpenSnapshot } from './use-snapshot';
import './compare-panel.css';

const CURRENT = 'current';
const fixed = (v: number) => v.toFixed(2);

function ChangeTable({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  if (rows.length === 0) return null;
  return (
    <table className="data-table compare-decisions-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th scope="col" key={i}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) =>
              j === 0 ? (
                <th scope="row" key={j}>
                  {c}
                </th>
              ) : (
                <td key={j}>{c}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Two decisions side by side — any two of: the decision in use, the saved snapshots, a file (a
 * snapshot or an exported image) — and what changed from the first to the second, as tables and as
 * a Markdown file.
 */
export function ComparePanel() {
  const state = useAppStore((s) => s);
  const entries = state.library.entries;
  const { readFile } = useOpenSnapshot();
  const [files, setFiles] = useState<{ name: string; snapshot: Snapshot }[]>([]);
  const [before, setBefore] = useState(entries[0] ? `saved:${entries[0].id}` : CURRENT);
  const [after, setAfter] = useState(CURRENT);
  const [problem, setProblem] = useState<string | null>(null);

  const sides = useMemo(() => {
    const out = new Map<string, { name: string; snapshot: Snapshot | null }>([[CURRENT, { name: 'The decision in use', snapshot: null }]]);
    for (const e of entries) out.set(`saved:${e.id}`, { name: e.name, snapshot: e.snapshot });
    for (const [i, f] of files.entries()) out.set(`file:${i}`, { name: f.name, snapshot: f.snapshot });
    return out;
  }, [entries, files]);
  const a = sides.get(before) ?? sides.get(CURRENT)!;
  const b = sides.get(after) ?? sides.get(CURRENT)!;
  const diff = useMemo(() => {
    const facts = (s: Snapshot | null) => decisionFacts(s ? snapshotInput(s, BUILTIN_DATASET) : selectDecisionInput(state));
    return diffDecisions(facts(a.snapshot), facts(b.snapshot));
  }, [a, b, state]);
  const count = changeCount(diff);
  const names = { before: a.name, after: b.name };

  const addFile = async (file: File) => {
    const result = await readFile(file);
    if (result === 'cancelled') return;
    if (!result.ok) {
      setProblem(`Could not read ${file.name}: ${result.problems.map((p) => formatProblem(p)).join('; ')}`);
      return;
    }
    setProblem(null);
    setFiles((f) => [...f, { name: file.name, snapshot: result.snapshot }]);
    setBefore(`file:${files.length}`);
  };

  const picker = (label: string, value: string, set: (v: string) => void) => (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.currentTarget.value)}>
        {[...sides].map(([key, side]) => (
          <option key={key} value={key}>
            {key.startsWith('file:') ? `File: ${side.name}` : key.startsWith('saved:') ? `Saved: ${side.name}` : side.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="panel compare-decisions" aria-labelledby="compare-decisions-title">
      <h2 id="compare-decisions-title">Compare two decisions</h2>
      <div className="compare-decisions-pickers">
        {picker('Before', before, setBefore)}
        {picker('After', after, setAfter)}
        <FileButton
          inputLabel="Decision file to compare"
          onFile={addFile}
          accept=".json,application/json,.png,image/png,.svg,image/svg+xml"
        >
          Compare with a file…
        </FileButton>
      </div>
      {problem && (
        <p role="alert" className="warning">
          {problem}
        </p>
      )}
      <p role="status" className="compare-decisions-summary">
        {count === 0 ? 'The two decisions are the same.' : `${count} change${count === 1 ? '' : 's'} from “${a.name}” to “${b.name}”.`}
      </p>
      {diff.dataset && (
        <p>
          Dataset: {diff.dataset.before} → {diff.dataset.after}.
        </p>
      )}
      {diff.leader && (
        <p className="compare-decisions-leader">
          Leader: <strong>{diff.leader.before ?? 'none'}</strong> → <strong>{diff.leader.after ?? 'none'}</strong>
        </p>
      )}
      <div className="compare-decisions-tables">
        <ChangeTable
          caption="Weights"
          head={['Criterion', a.name, b.name, 'Change']}
          rows={diff.weights.map((w) => [
            w.label,
            w.before === null ? 'not a criterion' : formatWeight(w.before),
            w.after === null ? 'not a criterion' : formatWeight(w.after),
            signedWeight(w.delta),
          ])}
        />
        <ChangeTable caption="Group input" head={['', a.name, b.name]} rows={diff.group.map((g) => [g.label, g.before, g.after])} />
        <ChangeTable
          caption="Team answers"
          head={['Question', a.name, b.name]}
          rows={diff.context.map((c) => [c.label, c.before, c.after])}
        />
        <ChangeTable
          caption="Rating overrides"
          head={['Option and criterion', a.name, b.name]}
          rows={diff.ratings.map((r) => [`${r.option}, ${r.criterion}`, r.before, r.after])}
        />
        <ChangeTable
          caption="Ranking"
          head={['Option', a.name, b.name]}
          rows={[...diff.ranking]
            .sort((x, y) => (x.after?.rank ?? x.before?.rank ?? 0) - (y.after?.rank ?? y.before?.rank ?? 0))
            .map((r) => [
              r.label,
              r.before ? `#${r.before.rank} (${formatScore(r.before.score)})` : 'not ranked',
              r.after ? `#${r.after.rank} (${formatScore(r.after.score)})` : 'not ranked',
            ])}
        />
        <ChangeTable
          caption="Quadrant positions (x, y)"
          head={['Option', a.name, b.name]}
          rows={diff.positions.map((p) => [
            p.label,
            p.before ? `${fixed(p.before.x)}, ${fixed(p.before.y)}` : 'not plotted',
            p.after ? `${fixed(p.after.x)}, ${fixed(p.after.y)}` : 'not plotted',
          ])}
        />
        {diff.path && (
          <ChangeTable
            caption="Migration path"
            head={['', a.name, b.name]}
            rows={[['Path', pathText(diff.path.before), pathText(diff.path.after)]]}
          />
        )}
        <ChangeTable
          caption="Record"
          head={['Field', a.name, b.name]}
          rows={diff.record.map((r) => [r.label, r.before || '(empty)', r.after || '(empty)'])}
        />
      </div>
      <button
        type="button"
        className="button"
        onClick={() => downloadText(`${fileSlug(`${a.name} vs ${b.name}`, 'comparison')}.md`, diffMarkdown(diff, names), 'text/markdown')}
      >
        Download comparison (Markdown)
      </button>
    </section>
  );
}
