import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addParticipant,
  emptyGroup,
  emptyInput,
  entries,
  keyed,
  ownValue,
  removeParticipant,
  setInput,
  setOverride,
  setWeight,
} from './core';
import { GroupSchema } from './participants';

const PROTO_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('keyed records', () => {
  it('keep Object.prototype member names as ordinary keys', () => {
    const rec = keyed(PROTO_NAMES.map((k, i) => [k, i] as const));
    expect(Object.keys(rec)).toEqual(PROTO_NAMES);
    for (const [i, k] of PROTO_NAMES.entries()) expect(ownValue(rec, k)).toBe(i);
    expect(Object.getPrototypeOf(rec)).toBeNull();
    expect(JSON.parse(JSON.stringify(rec))).toEqual(Object.fromEntries(PROTO_NAMES.map((k, i) => [k, i])));
  });

  it('never return an inherited member', () => {
    const plain: Record<string, number> = {};
    for (const k of PROTO_NAMES) expect(ownValue(plain, k)).toBeUndefined();
    expect(ownValue(keyed<number>(), 'constructor')).toBeUndefined();
  });
});

describe('group edits', () => {
  it('adds, sets and removes a participant with their entry', () => {
    let g = addParticipant(emptyGroup(), { id: 'constructor', name: 'Ana' });
    g = addParticipant(g, { id: 'p2', name: null });
    expect(addParticipant(g, { id: 'p2', name: 'again' })).toBe(g);
    g = setInput(g, 'constructor', setWeight(emptyInput(), 'scalability', 7));
    expect(ownValue(g.inputs, 'constructor')?.weights).toEqual({ scalability: 7 });
    expect(entries(g).map((e) => e.participant.id)).toEqual(['constructor']);
    g = removeParticipant(g, 'constructor');
    expect(g.participants.map((p) => p.id)).toEqual(['p2']);
    expect(Object.keys(g.inputs)).toEqual([]);
  });

  it('ignores an entry for someone who is not a participant', () => {
    const g = emptyGroup();
    expect(setInput(g, 'ghost', emptyInput())).toBe(g);
  });

  it('clamps weights and overrides to the slider range', () => {
    expect(setWeight(emptyInput(), 'a', 12).weights.a).toBe(10);
    expect(setWeight(emptyInput(), 'a', -1).weights.a).toBe(0);
    expect(setWeight(emptyInput(), 'a', Number.NaN).weights.a).toBe(0);
    const g = setOverride(emptyGroup(), 'a', 99);
    expect(g.overrides.a).toBe(10);
    expect(Object.keys(setOverride(g, 'a', null).overrides)).toEqual([]);
  });

  it('reads only entries of listed participants, in their order', () => {
    const g = {
      ...emptyGroup(),
      participants: [
        { id: 'b', name: null },
        { id: 'a', name: null },
      ],
      inputs: keyed([
        ['a', emptyInput()],
        ['removed', emptyInput()],
        ['b', emptyInput()],
      ]),
    };
    expect(entries(g).map((e) => e.participant.id)).toEqual(['b', 'a']);
  });
});

describe('GroupSchema', () => {
  const valid = {
    participants: [
      { id: 'toString', name: 'Ana' },
      { id: 'p2', name: null },
    ],
    inputs: { toString: { weights: { constructor: 3 }, pick: 'monolith', updatedAt: '2026-12-02T04:00:00.000Z' } },
    method: 'median',
    overrides: { scalability: 4 },
    anonymous: false,
    revealed: true,
  };

  it('reads a valid group into null-prototype records', () => {
    const r = GroupSchema.safeParse(valid);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(Object.getPrototypeOf(r.data.inputs)).toBeNull();
    expect(ownValue(r.data.inputs, 'toString')?.weights.constructor).toBe(3);
    expect(ownValue(r.data.inputs, 'constructor')).toBeUndefined();
  });

  it('names what is wrong: weight out of range, duplicate id, unknown method, reserved key', () => {
    const bad = JSON.parse(
      JSON.stringify({
        ...valid,
        participants: [...valid.participants, { id: 'p2', name: 'twice' }],
        inputs: { toString: { weights: { a: 11 }, pick: null }, ghost: { weights: {}, pick: null } },
        method: 'vote',
      }).replace('"overrides":{', '"overrides":{"__proto__":1,'),
    );
    const r = GroupSchema.safeParse(bad);
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['participants', 'inputs.toString.weights.a', 'method', 'overrides.__proto__']));
    const ghost = GroupSchema.safeParse({ ...valid, inputs: { ...valid.inputs, ghost: { weights: {}, pick: null } } });
    expect(ghost.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['inputs.ghost', 'entry of "ghost", who is not a participant'],
    ]);
  });

  it('round-trips through JSON (a snapshot) for any valid group', () => {
    const id = fc.constantFrom('a', 'b', 'constructor', 'toString', 'valueOf', 'p-1');
    const weights = fc.dictionary(id, fc.double({ min: 0, max: 10, noNaN: true }));
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 5 }), weights, (ids, w) => {
        let g = emptyGroup();
        for (const i of ids)
          g = setInput(addParticipant(g, { id: i, name: `N ${i}` }), i, { weights: keyed(Object.entries(w)), pick: null });
        const back = GroupSchema.parse(JSON.parse(JSON.stringify(g)));
        expect(JSON.stringify(back)).toBe(JSON.stringify(g));
      }),
    );
  });
});
