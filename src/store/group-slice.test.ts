import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_DATASET } from '../domain/model/builtin-dataset';
import { selectDecisionView, selectGroupView } from './decision-selectors';
import { captureSnapshot, applySnapshot } from './snapshot-io';
import { createAppStore, type AppStore } from './store';

const made: AppStore[] = [];
function makeStore() {
  let t = Date.parse('2026-12-02T09:00:00.000Z');
  const store = createAppStore({ now: () => t });
  made.push(store);
  return { store, s: () => store.getState(), later: (ms: number) => (t += ms) };
}
afterEach(() => {
  for (const store of made.splice(0)) store.dispose();
});

const criteria = BUILTIN_DATASET.scoring!.scales.map((s) => s.criterionId);
const leader = (store: AppStore) => selectDecisionView(store.getState()).ranking.ranked[0]!.option;

describe('group input in the store', () => {
  it('adds participants in order, named or not, each with an id of their own', () => {
    const { s } = makeStore();
    const ana = s().addParticipant('  Ana ');
    const anon = s().addParticipant('');
    expect(ana).not.toBe(anon);
    const group = selectGroupView(s()).group;
    expect(group.participants).toEqual([
      { id: ana, name: 'Ana' },
      { id: anon, name: null },
    ]);
  });

  it('ranks with the room only after Reveal, and then with its aggregate', () => {
    const { store, s } = makeStore();
    // The team's own sliders favour scalability; the room cares only about compliance.
    for (const c of criteria) s().setWeight(c, c === 'scalability' ? 10 : 0);
    const ownLeader = leader(store);
    const ids = [s().addParticipant('Ana'), s().addParticipant('Ben'), s().addParticipant('Cy')];
    for (const id of ids) for (const c of criteria) s().setParticipantWeight(id, c, c === 'compliance-security' ? 10 : 0);
    expect(leader(store)).toBe(ownLeader);
    expect(selectDecisionView(s()).room).toBeNull();

    s().setGroupRevealed(true);
    const view = selectDecisionView(s());
    expect(view.room?.participants).toBe(3);
    expect(view.sliders['compliance-security']).toBe(10);
    expect(view.sliders.scalability).toBe(0);
    expect(leader(store)).not.toBe(ownLeader);
    // The team's own sliders are kept as they were.
    expect(view.ownSliders.scalability).toBe(10);
  });

  it("a facilitator's override replaces one criterion's aggregate and says so", () => {
    const { s } = makeStore();
    const a = s().addParticipant('Ana');
    const b = s().addParticipant('Ben');
    s().setParticipantWeight(a, 'scalability', 2);
    s().setParticipantWeight(b, 'scalability', 8);
    s().setGroupMethod('mean');
    s().setGroupRevealed(true);
    expect(selectDecisionView(s()).sliders.scalability).toBe(5);
    s().setGroupOverride('scalability', 9);
    const row = selectDecisionView(s()).room!.criteria.find((c) => c.criterion === 'scalability')!;
    expect(row).toMatchObject({ value: 9, computed: 5, overridden: true });
    s().setGroupOverride('scalability', null);
    expect(selectDecisionView(s()).sliders.scalability).toBe(5);
  });

  it('Done fills the criteria a participant left untouched with what their screen showed', () => {
    const { s } = makeStore();
    const a = s().addParticipant('Ana');
    s().setParticipantWeight(a, 'scalability', 7);
    s().completeParticipantEntry(a, { scalability: 3, 'go-fit': 4 });
    const input = selectGroupView(s()).group.inputs[a]!;
    expect({ ...input.weights }).toEqual({ scalability: 7, 'go-fit': 4 });
    expect(input.updatedAt).toBe('2026-12-02T09:00:00.000Z');
  });

  it('removing a participant takes their entry out of the aggregate, and Undo brings both back', () => {
    const { s } = makeStore();
    const a = s().addParticipant('Ana');
    const b = s().addParticipant('Ben');
    s().setParticipantWeight(a, 'scalability', 10);
    s().setParticipantWeight(b, 'scalability', 0);
    s().setGroupMethod('mean');
    expect(selectGroupView(s()).aggregate?.weights.scalability).toBe(5);
    s().removeParticipant(b);
    expect(selectGroupView(s()).aggregate?.weights.scalability).toBe(10);
    expect(s().toast?.undo).toBe(true);
    s().undo();
    expect(selectGroupView(s()).aggregate?.weights.scalability).toBe(5);
  });

  it('the room shows where it disagrees and who would lead with another option', () => {
    const { s } = makeStore();
    const a = s().addParticipant('Ana');
    const b = s().addParticipant('Ben');
    for (const c of criteria) {
      s().setParticipantWeight(a, c, c === 'scalability' ? 10 : 1);
      s().setParticipantWeight(b, c, c === 'scalability' ? 0 : 1);
    }
    const view = selectGroupView(s());
    expect(view.discuss.map((d) => d.criterion)).toEqual(['scalability']);
    expect(view.consensus.participants).toHaveLength(2);
  });

  it('survives a snapshot: participants, entries, method and overrides', async () => {
    const a = makeStore();
    const id = a.s().addParticipant('Ana');
    a.s().setParticipantWeight(id, 'scalability', 6);
    a.s().setGroupMethod('median');
    a.s().setGroupOverride('go-fit', 2);
    const snapshot = await captureSnapshot(a.s(), '2026-12-02T10:00:00.000Z');
    const b = makeStore();
    await applySnapshot(b.store, snapshot);
    expect(selectGroupView(b.s()).group).toEqual(selectGroupView(a.s()).group);
  });

  it('an anonymous room exports no names and no ids that could be names', async () => {
    const { s } = makeStore();
    s().joinAsParticipant('ana-smith', 'Ana Smith');
    s().setParticipantWeight('ana-smith', 'scalability', 6);
    s().setGroupAnonymous(true);
    const text = JSON.stringify(await captureSnapshot(s(), '2026-12-02T10:00:00.000Z'));
    expect(text).not.toMatch(/ana/i);
    expect(text).toContain('"scalability":6');
  });
});
