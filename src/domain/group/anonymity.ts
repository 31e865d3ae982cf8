/**
 * Names on screen and in exports. In an anonymous room nobody's name appears anywhere: each
 * participant is "Participant N" (N by the order they were added), and what leaves the app (a
 * snapshot file, a share link, the decision record) carries no name, no id that could be one, and
 * no time of entry.
 */
import { type Group, type Participant, type ParticipantInput, keyed, ownValue } from './core';

export const anonymousLabel = (n: number) => `Participant ${n}`;

/**
 * The name to show for each participant id: their name, or "Participant N" when the room is
 * anonymous or they were added without one.
 */
export function participantLabels(group: Pick<Group, 'participants' | 'anonymous'>): Map<string, string> {
  return new Map(group.participants.map((p, i) => [p.id, !group.anonymous && p.name ? p.name : anonymousLabel(i + 1)]));
}

export function participantLabel(group: Pick<Group, 'participants' | 'anonymous'>, id: string): string {
  return participantLabels(group).get(id) ?? 'A removed participant';
}

/**
 * The group with every name removed: names null, ids replaced by `p1`, `p2`… in the group's order
 * (an id may have been made from a name), inputs keyed by the new ids, entry times left out, the
 * room marked anonymous. Entries of people no longer listed are dropped. Weights, picks, the
 * method and overrides are kept: they are the decision, not the people.
 */
export function anonymizeGroup(group: Group): Group {
  const participants: Participant[] = group.participants.map((_, i) => ({ id: `p${i + 1}`, name: null }));
  const inputs: [string, ParticipantInput][] = [];
  group.participants.forEach((p, i) => {
    const input = ownValue(group.inputs, p.id);
    if (input) inputs.push([`p${i + 1}`, { weights: keyed(Object.entries(input.weights)), pick: input.pick }]);
  });
  return {
    participants,
    inputs: keyed(inputs),
    method: group.method,
    overrides: keyed(Object.entries(group.overrides)),
    anonymous: true,
    revealed: group.revealed,
  };
}

/** The group as it goes into an export: anonymized when the room is anonymous, as it is otherwise. */
export function exportGroup(group: Group): Group {
  return group.anonymous ? anonymizeGroup(group) : group;
}
