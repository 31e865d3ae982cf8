import type { MigrationGraph } from '../../domain/graph/graph';
import { participantLabels } from '../../domain/group/anonymity';
import { resolveChoice } from '../../domain/scoring/choice';
import { selectDecisionView, selectGroupView } from '../../store/decision-selectors';
import { selectMigrationPlan } from '../../store/graph-selectors';
import { useAppStore } from '../../store/store';
import { formatScore } from '../../ui/format';
import { listNames } from './format';

const nodeLabel = (graph: MigrationGraph, id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;

/** What was decided: the team's chosen option (the ranking's leader unless the team chose another), why, the path there, who took part. */
export function OutcomeSlide() {
  const { ranking, explanation, optionName } = useAppStore(selectDecisionView);
  const { graph, current, result } = useAppStore((s) => selectMigrationPlan(s, 'steps'));
  const participants = useAppStore((s) => s.record.participants);
  const { group, aggregate } = useAppStore(selectGroupView);
  const n = group.participants.length;
  // The room's weights, when they rank: how many weighed in (never names, in an anonymous room).
  const room =
    group.revealed && aggregate
      ? `${aggregate.participants} of ${n} participant${n === 1 ? '' : 's'} weighed in${group.anonymous ? ' (anonymous)' : `: ${listNames([...participantLabels(group).values()])}`}.`
      : null;
  const chosen = useAppStore((s) => s.record.chosen);
  const choice = resolveChoice(chosen, ranking);
  const shown = choice.ranked ?? null;

  let path: string;
  if (!current || !result) path = 'Not set yet: say on the Migration slide where the team is now.';
  else if (result.kind === 'same') path = `None needed: the team is already at ${nodeLabel(graph, current)}.`;
  else if (result.kind === 'none') path = `No path on the graph yet from ${nodeLabel(graph, current)}.`;
  else {
    const p = result.paths[0]!;
    path = `${p.nodes.map((n) => nodeLabel(graph, n)).join(' → ')} (${p.edges.length} migration${p.edges.length === 1 ? '' : 's'})`;
  }

  return (
    <dl className="present-outcome">
      <div>
        <dt>Chosen</dt>
        <dd className="present-chosen">
          {choice.kind === 'undecided' ? (
            'Not decided yet.'
          ) : choice.option === null ? (
            'Nothing yet: every weight is zero.'
          ) : (
            <>
              {optionName(choice.option)} {shown && <span className="present-num">{formatScore(shown.score)}</span>}
              {choice.overLeader && choice.leader && (
                <span className="present-over">
                  {' '}
                  over the ranking’s leader, {optionName(choice.leader.option)} {formatScore(choice.leader.score)}
                </span>
              )}
            </>
          )}
        </dd>
      </div>
      {explanation && (
        <div>
          <dt>Why</dt>
          <dd>{explanation}</dd>
        </div>
      )}
      <div>
        <dt>Path</dt>
        <dd>{path}</dd>
      </div>
      <div>
        <dt>Who took part</dt>
        <dd>
          {participants.length > 0 ? listNames(participants) : room ? null : 'No participants recorded yet (add them on the Record page).'}
          {room && participants.length > 0 ? ' ' : null}
          {room}
        </dd>
      </div>
    </dl>
  );
}
