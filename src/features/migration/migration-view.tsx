import { useState } from 'react';
import { edgeName, type MigrationGraph } from '../../domain/graph/graph';
import { type PathCost, stepsWritten } from '../../domain/graph/paths';
import { useAppStore } from '../../store/store';
import { StepsList } from '../../ui/steps-list';
import { GraphCanvas, type Highlight } from './graph-canvas';
import { EdgeEditor, GraphTools } from './graph-editor';
import { useMigrationPlan } from './use-migration';
import { usePlayer } from './use-player';

const reducedMotionQuery = typeof window !== 'undefined' ? window.matchMedia?.('(prefers-reduced-motion: reduce)') : undefined;

function label(graph: MigrationGraph, id: string | null) {
  return graph.nodes.find((n) => n.id === id)?.label ?? id ?? '';
}

/** The migration graph with the way from the team's architecture to its target, played step by step. */
export function MigrationView() {
  const [cost, setCost] = useState<PathCost>('steps');
  const [choice, setChoice] = useState(0);
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  // The node picked for renaming; a double-click or F2 in the graph picks one and asks for the cursor in its name.
  const [renaming, setRenaming] = useState({ id: '', focusKey: 0 });
  const plan = useMigrationPlan(cost);
  const setCurrent = useAppStore((s) => s.setMigrationCurrent);
  const setTarget = useAppStore((s) => s.setMigrationTarget);
  const addEdge = useAppStore((s) => s.addEdge);
  const { graph, result } = plan;

  const paths = result?.kind === 'found' ? result.paths : [];
  const path = paths[Math.min(choice, paths.length - 1)] ?? null;
  const player = usePlayer(path?.edges.length ?? 0, `${path?.edges.join('>') ?? ''}|${cost}`);
  const activeEdgeId = path && player.step > 0 ? (path.edges[player.step - 1] ?? null) : null;
  const activeEdge = graph.edges.find((e) => e.id === activeEdgeId) ?? null;
  const highlight: Highlight = {
    pathEdges: new Set(path?.edges ?? []),
    doneEdges: new Set(path?.edges.slice(0, Math.max(0, player.step - 1)) ?? []),
    activeEdge: activeEdgeId,
    leaving: activeEdge?.from ?? null,
    reaching: activeEdge?.to ?? null,
    current: plan.current,
    target: plan.target,
  };

  // The chosen path has no written steps, yet another way does: say so and offer it (the cheapest
  // path stays first; a one-step path with nothing written should not leave the team with nothing).
  const share = (i: number) => {
    const { documented, total } = stepsWritten(graph, paths[i]!);
    return total === 0 ? 0 : documented / total;
  };
  const chosen = path ? paths.indexOf(path) : -1;
  let documentedWay = -1;
  if (chosen >= 0 && share(chosen) === 0) {
    for (let i = 0; i < paths.length; i++) if (share(i) > 0 && (documentedWay < 0 || share(i) > share(documentedWay))) documentedWay = i;
  }

  const leaderNote = plan.targetFollowsLeader ? ' (the ranking’s leader)' : '';

  return (
    <div className="migration">
      <section className="panel migration-canvas" aria-label="Migration graph">
        <GraphCanvas
          graph={graph}
          highlight={highlight}
          reducedMotion={!!reducedMotionQuery?.matches}
          selectedEdge={selectedEdge}
          onSelectEdge={setSelectedEdge}
          onEditNode={(id) => setRenaming((r) => ({ id, focusKey: r.focusKey + 1 }))}
        />
      </section>
      <div className="migration-side">
        <section className="panel" aria-labelledby="plan-title">
          <h2 id="plan-title">Your path</h2>
          <div className="plan-fields">
            <label className="field">
              <span>You are at</span>
              <select value={plan.current ?? ''} onChange={(e) => setCurrent(e.currentTarget.value || null)}>
                <option value="">Choose your current architecture…</option>
                {graph.nodes.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Target</span>
              <select
                value={plan.targetFollowsLeader ? '' : (plan.target ?? '')}
                onChange={(e) => setTarget(e.currentTarget.value || null)}
              >
                <option value="">
                  The ranking’s leader{plan.targetFollowsLeader && plan.target ? ` (${label(graph, plan.target)})` : ''}
                </option>
                {graph.nodes.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Shortest by</span>
              <select value={cost} onChange={(e) => setCost(e.currentTarget.value as PathCost)}>
                <option value="steps">Fewest migrations</option>
                <option value="effort">Least total effort</option>
              </select>
            </label>
          </div>

          <div aria-live="polite" className="plan-result">
            {!plan.current && (
              <p className="muted">Choose where you are now to see the way to {label(graph, plan.target) || 'your target'}.</p>
            )}
            {plan.current && !plan.target && <p className="muted">Pick a target, or rate options so the ranking has a leader.</p>}
            {result?.kind === 'same' && (
              <p>
                You are already at {label(graph, result.node)}
                {leaderNote}. Nothing to migrate.
              </p>
            )}
            {result?.kind === 'none' && (
              <div className="no-path">
                <p>
                  <strong>No path</strong> from {label(graph, plan.current)} to {label(graph, plan.target)}
                  {leaderNote} in this graph.
                </p>
                <p className="small">
                  From {label(graph, plan.current)} you can reach: {result.reachable.map((id) => label(graph, id)).join(', ')}.
                </p>
                <button type="button" className="button small" onClick={() => addEdge(result.suggestion.from, result.suggestion.to)}>
                  Add a migration {label(graph, result.suggestion.from)} → {label(graph, result.suggestion.to)}
                </button>
              </div>
            )}
            {paths.length > 0 && (
              <fieldset className="paths">
                <legend>
                  {paths.length === 1 ? 'One way' : `${paths.length} ways`} to {label(graph, plan.target)}
                  {leaderNote}
                </legend>
                {paths.map((p, i) => {
                  const written = stepsWritten(graph, p);
                  return (
                    <label key={p.edges.join('>')} className="check path-option">
                      <input type="radio" name="path" checked={path === p} onChange={() => setChoice(i)} />
                      <span>
                        {p.nodes.map((n) => label(graph, n)).join(' → ')}{' '}
                        <span className="muted small">
                          ({cost === 'steps' ? `${p.cost} migration${p.cost === 1 ? '' : 's'}` : `effort ${p.cost}`}
                          {i > 0 && p.cost === paths[0]!.cost ? ', as short' : ''}; {written.documented} of {written.total}{' '}
                          {written.total === 1 ? 'migration has' : 'migrations have'} steps)
                        </span>
                      </span>
                    </label>
                  );
                })}
              </fieldset>
            )}
            {documentedWay >= 0 && (
              <p className="path-hint">
                No steps are written for this path’s migrations.{' '}
                <button type="button" className="button small" onClick={() => setChoice(documentedWay)}>
                  Show the way with written steps
                </button>
              </p>
            )}
          </div>

          {path && (
            <div className="player" role="group" aria-label="Play the migration">
              <div className="player-buttons">
                <button type="button" className="button small" onClick={player.restart}>
                  Restart
                </button>
                {/* Named by their visible words (WCAG 2.5.3: “click Next” works); the arrows are decoration. */}
                <button type="button" className="button small" onClick={player.back} disabled={player.step === 0}>
                  <span aria-hidden="true">◀</span> Back
                </button>
                {player.playing ? (
                  <button type="button" className="button small primary" onClick={player.pause}>
                    Pause
                  </button>
                ) : (
                  <button type="button" className="button small primary" onClick={player.play}>
                    Play
                  </button>
                )}
                <button type="button" className="button small" onClick={player.forward} disabled={player.step >= path.edges.length}>
                  Next <span aria-hidden="true">▶</span>
                </button>
                <label className="speed">
                  <span className="visually-hidden">Speed</span>
                  <select value={player.speed} onChange={(e) => player.setSpeed(Number(e.currentTarget.value))} aria-label="Speed">
                    <option value={0.5}>0.5×</option>
                    <option value={1}>1×</option>
                    <option value={2}>2×</option>
                  </select>
                </label>
              </div>
              <p className="player-status" aria-live="polite">
                {player.step === 0
                  ? `Start: ${label(graph, plan.current)}. ${path.edges.length} migration${path.edges.length === 1 ? '' : 's'} ahead.`
                  : `Step ${player.step} of ${path.edges.length}: ${activeEdge ? edgeName(graph, activeEdge) : ''}`}
              </p>
              {activeEdge && (
                <div className="active-steps">
                  <h3>
                    {label(graph, activeEdge.from)} → {label(graph, activeEdge.to)}
                    {activeEdge.label && <span className="edge-label">{activeEdge.label}</span>}
                  </h3>
                  <StepsList steps={activeEdge.steps} empty="No steps written for this migration yet." />
                </div>
              )}
            </div>
          )}
        </section>
        <EdgeEditor graph={graph} edgeId={selectedEdge} onClose={() => setSelectedEdge(null)} />
        <GraphTools
          graph={graph}
          onAdded={setSelectedEdge}
          renaming={renaming.id}
          focusKey={renaming.focusKey}
          onPick={(id) => setRenaming((r) => ({ ...r, id }))}
        />
      </div>
    </div>
  );
}
