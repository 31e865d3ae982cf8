import { type AggregationMethod, WEIGHT_MAX, WEIGHT_MIN, keyed, ownValue } from '../domain/group/core';
import { type ParticipantEntry, initialGroupSettings, nextJoined } from '../domain/group/entries';
import { newParticipantId } from '../domain/group/ids';
import type { Slice } from './slice-context';

export interface GroupSlice {
  /** Adds a participant (null: no name, shown as "Participant N"); returns the new id. */
  addParticipant: (name: string | null) => string;
  /** Adds a participant with a given id (a phone joining a room makes its own id). */
  joinAsParticipant: (id: string, name: string | null) => void;
  renameParticipant: (id: string, name: string | null) => void;
  /** The facilitator's "remove entry": the participant and what they entered, with an Undo toast. */
  removeParticipant: (id: string) => void;
  setParticipantWeight: (id: string, criterion: string, weight: number) => void;
  setParticipantPick: (id: string, pick: string | null) => void;
  /**
   * "Done": every criterion the participant left untouched takes the value their screen showed, so
   * what they saw is what counts.
   */
  completeParticipantEntry: (id: string, shown: Readonly<Record<string, number>>) => void;
  setGroupMethod: (method: AggregationMethod) => void;
  /** The facilitator's weight for a criterion in place of the room's aggregate; null removes it. */
  setGroupOverride: (criterion: string, weight: number | null) => void;
  setGroupAnonymous: (anonymous: boolean) => void;
  /** Show the entries to the room, and rank with the room's weights (planning poker's reveal). */
  setGroupRevealed: (revealed: boolean) => void;
  /** Removes every participant and setting, with an Undo toast. */
  clearGroup: () => void;
}

const clamp = (w: number) => Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, Number.isFinite(w) ? w : WEIGHT_MIN));
const cleanName = (name: string | null) => {
  const trimmed = name?.trim().slice(0, 80) ?? '';
  return trimmed === '' ? null : trimmed;
};

export const createGroupSlice: Slice<GroupSlice> = (ctx) => (set, get) => {
  const stamp = () => new Date(ctx.now()).toISOString();
  /** Replaces one participant's entry (nothing when they are not listed). */
  const update = (id: string, change: (e: ParticipantEntry) => ParticipantEntry) =>
    set((s) => {
      const entry = ownValue(s.participants, id);
      if (!entry) return {};
      return { participants: keyed([...Object.entries(s.participants).filter(([k]) => k !== id), [id, change(entry)]]) };
    });
  const add = (id: string, name: string | null) =>
    set((s) => {
      if (ownValue(s.participants, id)) return {};
      const entry: ParticipantEntry = { name: cleanName(name), joined: nextJoined(s.participants), weights: keyed(), pick: null };
      return { participants: keyed([...Object.entries(s.participants), [id, entry]]) };
    });

  return {
    addParticipant: (name) => {
      let id = newParticipantId();
      while (ownValue(get().participants, id)) id = newParticipantId();
      add(id, name);
      return id;
    },
    joinAsParticipant: add,
    renameParticipant: (id, name) => ctx.track(`participant-name:${id}`, () => update(id, (e) => ({ ...e, name: cleanName(name) }))),
    removeParticipant: (id) => {
      const entry = ownValue(get().participants, id);
      if (!entry) return;
      set((s) => ({
        participants: keyed(Object.entries(s.participants).filter(([k]) => k !== id)),
        toast: { message: 'Participant removed, with their entry.', undo: true },
      }));
    },
    setParticipantWeight: (id, criterion, weight) =>
      ctx.track(`participant-weight:${id}:${criterion}`, () =>
        update(id, (e) => ({
          ...e,
          weights: keyed([...Object.entries(e.weights).filter(([k]) => k !== criterion), [criterion, clamp(weight)]]),
          updatedAt: stamp(),
        })),
      ),
    setParticipantPick: (id, pick) => update(id, (e) => ({ ...e, pick: pick === '' ? null : pick, updatedAt: stamp() })),
    completeParticipantEntry: (id, shown) =>
      update(id, (e) => {
        const missing = Object.entries(shown).filter(([c]) => ownValue(e.weights, c) === undefined);
        if (missing.length === 0) return e;
        return {
          ...e,
          weights: keyed([...Object.entries(e.weights), ...missing.map(([c, v]) => [c, clamp(v)] as const)]),
          updatedAt: stamp(),
        };
      }),
    setGroupMethod: (method) => set((s) => ({ group: { ...s.group, method } })),
    setGroupOverride: (criterion, weight) =>
      ctx.track(`group-override:${criterion}`, () =>
        set((s) => {
          const rest = Object.entries(s.group.overrides).filter(([k]) => k !== criterion);
          const overrides = weight === null ? keyed(rest) : keyed([...rest, [criterion, clamp(weight)]]);
          return { group: { ...s.group, overrides } };
        }),
      ),
    setGroupAnonymous: (anonymous) => set((s) => ({ group: { ...s.group, anonymous } })),
    setGroupRevealed: (revealed) => set((s) => ({ group: { ...s.group, revealed } })),
    clearGroup: () => {
      const s = get();
      if (Object.keys(s.participants).length === 0 && Object.keys(s.group.overrides).length === 0) return;
      set({ participants: keyed(), group: initialGroupSettings(), toast: { message: 'Group input cleared.', undo: true } });
    },
  };
};
