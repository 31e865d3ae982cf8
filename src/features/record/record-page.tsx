import { useState } from 'react';
import { Link } from 'react-router';
import { adrInput } from '../../domain/madr/adr-input';
import { decisionMarkdown } from '../../domain/madr/markdown';
import { shareLink, SAFE_LINK_LENGTH } from '../../domain/snapshot/share-link';
import { DECISION_STATUSES } from '../../domain/snapshot/snapshot';
import { downloadText, fileSlug } from '../../lib/download-file';
import { selectAdrFacts } from '../../store/adr';
import { captureSnapshot } from '../../store/snapshot-io';
import { resolveChoice } from '../../domain/scoring/choice';
import { selectDecisionView, selectGroupView } from '../../store/decision-selectors';
import { selectMigrationPlan } from '../../store/graph-selectors';
import { useAppStore, useAppStoreApi } from '../../store/store';
import { formatScore } from '../../ui/format';
import { useDocumentTitle } from '../../ui/use-document-title';
import { FileButton } from '../../ui/file-button';
import { useOpenSnapshot } from './use-snapshot';
import { MermaidImportPanel } from './mermaid-import-panel';
import { SnapshotsPanel } from './snapshots-panel';
import { ComparePanel } from './compare-panel';
import { downloadSnapshotFile } from './download-snapshot';

/** The team's decision: the ranking's leader (default), another option, or not decided yet. */
function ChoiceField() {
  const { ranking, optionName, decision } = useAppStore(selectDecisionView);
  const chosen = useAppStore((s) => s.record.chosen);
  const hasReason = useAppStore((s) => s.record.rationale.trim() !== '');
  const update = useAppStore((s) => s.updateRecord);
  const choice = resolveChoice(chosen, ranking);
  const value = chosen.kind === 'option' ? `option:${chosen.option}` : chosen.kind;
  const leader = choice.leader;
  return (
    <>
      <label className="field">
        <span>Decision</span>
        <select
          value={value}
          aria-describedby={choice.overLeader ? 'choice-note' : undefined}
          onChange={(e) => {
            const v = e.currentTarget.value;
            update({
              chosen: v === 'leader' || v === 'undecided' ? { kind: v } : { kind: 'option', option: v.slice('option:'.length) },
            });
          }}
        >
          <option value="leader">The ranking’s leader{leader ? ` (now ${optionName(leader.option)})` : ''}</option>
          <option value="undecided">Not decided yet</option>
          <optgroup label="Another option">
            {decision.matrix.options.map((o) => (
              <option key={o} value={`option:${o}`}>
                {optionName(o)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      {choice.overLeader && leader && choice.option && (
        <p id="choice-note" className="choice-note" role="note">
          {optionName(choice.option)} is chosen over the ranking’s leader, {optionName(leader.option)} ({formatScore(leader.score)}).{' '}
          {hasReason ? 'The rationale below says why.' : 'Say why in the rationale below: the record asks for it.'}
        </p>
      )}
    </>
  );
}

/** The outcome while the team writes: the decision, the leader and its margin, robustness, the path, who took part. */
function OutcomeSummary() {
  const { ranking, sensitivity, optionName } = useAppStore(selectDecisionView);
  const chosen = useAppStore((s) => s.record.chosen);
  const { graph, current, result } = useAppStore((s) => selectMigrationPlan(s, 'steps'));
  const participants = useAppStore((s) => s.record.participants);
  const { group } = useAppStore(selectGroupView);
  const choice = resolveChoice(chosen, ranking);
  const [first, second] = ranking.noWeight ? [] : ranking.ranked;
  const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;
  const path =
    !current || !result
      ? 'Not set yet (the Migration view)'
      : result.kind === 'found'
        ? result.paths[0]!.nodes.map(label).join(' → ')
        : result.kind === 'same'
          ? `Already at ${label(current)}`
          : `No path from ${label(current)}`;
  const people = group.participants.length > 0 && group.revealed ? group.participants.length : participants.length;
  return (
    <section className="panel" aria-labelledby="outcome-title">
      <h2 id="outcome-title">Outcome</h2>
      <dl className="outcome-list">
        <dt>Decision</dt>
        <dd>{choice.kind === 'undecided' ? 'Not decided yet' : choice.option ? optionName(choice.option) : 'Nothing ranked yet'}</dd>
        <dt>Ranking’s leader</dt>
        <dd>
          {first
            ? `${optionName(first.option)} ${formatScore(first.score)}${second ? `, ${formatScore(first.score - second.score)} ahead of ${optionName(second.option)}` : ''}`
            : 'Nothing ranked yet'}
        </dd>
        <dt>Robustness</dt>
        <dd>
          {sensitivity.reading === 'none'
            ? '–'
            : `${sensitivity.reading}${sensitivity.margin !== null ? ` (a change of ${sensitivity.margin.toFixed(1)} in one weight changes the leader)` : ''}`}
        </dd>
        <dt>Migration path</dt>
        <dd>{path}</dd>
        <dt>Participants</dt>
        <dd>{people === 0 ? 'None recorded yet' : `${people}`}</dd>
      </dl>
    </section>
  );
}

function RecordForm() {
  const record = useAppStore((s) => s.record);
  const update = useAppStore((s) => s.updateRecord);
  // The field keeps what is typed ("Ana, " while typing the next name); when the participants change
  // elsewhere (a snapshot opened, undone) it shows theirs.
  const joined = record.participants.join(', ');
  const [participants, setParticipants] = useState(joined);
  const [shown, setShown] = useState(joined);
  if (joined !== shown) {
    setShown(joined);
    setParticipants(joined);
  }
  return (
    <section className="panel" aria-labelledby="record-title">
      <h2 id="record-title">The decision</h2>
      <div className="record-form">
        <label className="field">
          <span>Title</span>
          <input value={record.title} onChange={(e) => update({ title: e.currentTarget.value })} />
        </label>
        <div className="record-row">
          <label className="field">
            <span>Status</span>
            <select value={record.status} onChange={(e) => update({ status: e.currentTarget.value as (typeof DECISION_STATUSES)[number] })}>
              {DECISION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Date</span>
            <input type="date" value={record.date} onChange={(e) => e.currentTarget.value && update({ date: e.currentTarget.value })} />
          </label>
        </div>
        <label className="field">
          <span>Participants (comma-separated)</span>
          <input
            value={participants}
            onChange={(e) => {
              const text = e.currentTarget.value;
              const list = text
                .split(',')
                .map((p) => p.trim())
                .filter(Boolean);
              setParticipants(text);
              setShown(list.join(', '));
              update({ participants: list });
            }}
          />
        </label>
        <ChoiceField />
        <label className="field">
          <span>Rationale</span>
          <textarea rows={6} value={record.rationale} onChange={(e) => update({ rationale: e.currentTarget.value })} />
        </label>
      </div>
    </section>
  );
}

function ExportPanel() {
  const [message, setMessage] = useState<string | null>(null);
  const [manualLink, setManualLink] = useState<string | null>(null);
  const store = useAppStoreApi();
  const title = useAppStore((s) => s.record.title);
  const slug = fileSlug(title);

  const snapshot = () => captureSnapshot(store.getState(), new Date().toISOString());
  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">Share and file</h2>
      <div className="export-actions">
        <button type="button" className="button primary" onClick={() => void downloadSnapshotFile(store)}>
          Download snapshot (JSON)
        </button>
        <button
          type="button"
          className="button"
          onClick={() => downloadText(`${slug}.md`, decisionMarkdown(adrInput(selectAdrFacts(store.getState()))), 'text/markdown')}
        >
          Download decision record (Markdown)
        </button>
        <button
          type="button"
          className="button"
          onClick={async () => {
            setManualLink(null);
            let link: { url: string; tooLong: boolean };
            try {
              // The link opens the outcome view: the decision read-only, with “Open in the workbench”.
              link = shareLink(new URL('/outcome', window.location.href).href, await snapshot());
            } catch (error) {
              setMessage(
                `Could not make the link: ${error instanceof Error ? error.message : String(error)}. Use the snapshot file instead.`,
              );
              return;
            }
            const { url, tooLong } = link;
            const long = `it is ${url.length.toLocaleString()} characters: over ${SAFE_LINK_LENGTH.toLocaleString()}, chat tools and some browsers may cut it. Prefer the snapshot file.`;
            try {
              await navigator.clipboard.writeText(url);
              setMessage(
                tooLong
                  ? `Link copied, but ${long}`
                  : `Link copied (${url.length.toLocaleString()} characters). Whoever opens it sees this decision.`,
              );
            } catch {
              // No clipboard (permission, plain HTTP): the link is shown to copy by hand.
              setManualLink(url);
              setMessage(`The browser did not allow copying: copy the link below${tooLong ? `; note that ${long}` : '.'}`);
            }
          }}
        >
          Copy share link
        </button>
        <Link className="button ghost" to="/record/report?print=1">
          Print or save as PDF
        </Link>
        <Link className="button ghost" to="/record/report">
          Open printable report
        </Link>
      </div>
      <p className="small muted" role="status">
        {message ?? 'The snapshot holds the whole decision; the Markdown record follows the MADR template and renders on GitHub.'}
      </p>
      {manualLink && (
        <label className="field">
          <span>Share link</span>
          <input readOnly value={manualLink} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </section>
  );
}

function ImportPanel() {
  const { openFile, openText } = useOpenSnapshot();
  const [pasted, setPasted] = useState('');
  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">Open a snapshot</h2>
      <p className="small muted">
        Opening replaces the decision in use (weights, team, ratings, positions, graph, record); Undo brings it back. An image exported from
        the Forces or Migration view (PNG or SVG) carries its decision and opens the same way. You can also drop a snapshot file or such an
        image anywhere on the window.
      </p>
      <FileButton inputLabel="Snapshot file" onFile={openFile} accept=".json,application/json,.png,image/png,.svg,image/svg+xml">
        Open snapshot file…
      </FileButton>
      <form
        className="paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          void openText(pasted, 'pasted text').then((ok) => ok && setPasted(''));
        }}
      >
        <label className="field">
          <span>Or paste a snapshot</span>
          <textarea
            rows={3}
            value={pasted}
            onChange={(e) => setPasted(e.currentTarget.value)}
            placeholder='{"type": "architecture-workbench/snapshot", …}'
          />
        </label>
        <button type="submit" className="button small" disabled={!pasted.trim()}>
          Open pasted snapshot
        </button>
      </form>
    </section>
  );
}

/** The decision record: its facts, and every way to share, file and reopen it. */
export function RecordPage() {
  useDocumentTitle('Decision record');
  return (
    <div className="page">
      <header className="page-header compact">
        <h1>Decision record</h1>
      </header>
      <div className="record-grid">
        <div>
          <RecordForm />
          <OutcomeSummary />
          <SnapshotsPanel />
        </div>
        <div>
          <ExportPanel />
          <ImportPanel />
          <MermaidImportPanel />
        </div>
      </div>
      <ComparePanel />
    </div>
  );
}
