import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownValue } from './core';
import { GroupSchema } from './participants';
import { MAX_PROBLEMS_PER_PARTICIPANT, readGroup, readParticipantInput } from './read-group';

const CRITERIA = ['scalability', 'go-fit', 'constructor'];
const OPTIONS = ['monolith', 'microservices'];

describe('readParticipantInput', () => {
  it('keeps valid weights and the pick', () => {
    const r = readParticipantInput({ weights: { scalability: 7, 'go-fit': 0, constructor: 10 }, pick: 'monolith' }, CRITERIA, {
      options: OPTIONS,
    });
    expect(r.problems).toEqual([]);
    expect({ ...r.value.weights }).toEqual({ scalability: 7, 'go-fit': 0, constructor: 10 });
    expect(r.value.pick).toBe('monolith');
  });

  it('drops and names "abc", 1e9, NaN, a negative and an unknown criterion, for the participant', () => {
    const r = readParticipantInput(
      { weights: { scalability: 'abc', 'go-fit': 1e9, constructor: Number.NaN, toString: 3, extra: 5 }, pick: null },
      [...CRITERIA, 'neg'],
      { participant: 'p7' },
    );
    expect({ ...r.value.weights }).toEqual({});
    expect(r.problems.map((p) => [p.participant, p.path, p.message])).toEqual([
      ['p7', 'inputs.p7.weights.scalability', 'weight "abc" is not a number; ignored'],
      ['p7', 'inputs.p7.weights["go-fit"]', 'weight 1000000000 is above 10; ignored'],
      ['p7', 'inputs.p7.weights.constructor', 'weight NaN is not a finite number; ignored'],
      ['p7', 'inputs.p7.weights.toString', '"toString" is not a criterion of this decision; ignored'],
      ['p7', 'inputs.p7.weights.extra', '"extra" is not a criterion of this decision; ignored'],
    ]);
    const neg = readParticipantInput({ weights: { scalability: -1 } }, CRITERIA);
    expect(neg.problems.map((p) => p.message)).toEqual(['weight -1 is below 0; ignored']);
  });

  it('handles a "__proto__" key as data: named, never setting a prototype', () => {
    const raw = JSON.parse('{"weights":{"__proto__":{"scalability":9},"scalability":2},"pick":null}');
    const r = readParticipantInput(raw, CRITERIA);
    expect(Object.getPrototypeOf(r.value.weights)).toBeNull();
    expect(Object.keys(r.value.weights)).toEqual(['scalability']);
    expect(r.value.weights.scalability).toBe(2);
    expect(r.problems.map((p) => p.path)).toEqual(['weights.__proto__']);
  });

  it('drops a pick that is not an option, a bad date, unknown fields', () => {
    const r = readParticipantInput({ weights: {}, pick: 'nope', updatedAt: 5, colour: 'red' }, CRITERIA, { options: OPTIONS });
    expect(r.value).toEqual({ weights: {}, pick: null });
    expect(r.problems.map((p) => p.path)).toEqual(['colour', 'pick', 'updatedAt']);
  });

  it('lists at most a bounded number of problems for one participant', () => {
    const weights = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`x${i}`, i]));
    const r = readParticipantInput({ weights, pick: null }, CRITERIA);
    expect(r.problems).toHaveLength(MAX_PROBLEMS_PER_PARTICIPANT + 1);
    expect(r.problems.at(-1)!.message).toBe(`and ${500 - MAX_PROBLEMS_PER_PARTICIPANT} more problems, not listed`);
  });

  it('survives a getter that throws', () => {
    const raw = {
      pick: null,
      get weights(): never {
        throw new Error('hostile');
      },
    };
    const r = readParticipantInput(raw, CRITERIA);
    expect(r.value.pick).toBeNull();
    expect(r.problems.map((p) => p.message)).toEqual(['could not be read; ignored']);
  });

  it('never throws and keeps only valid weights, whatever the value (property)', () => {
    const key = fc.oneof(fc.constantFrom(...CRITERIA, '__proto__', 'toString', 'valueOf'), fc.string());
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ weights: fc.dictionary(key, fc.anything()), pick: fc.anything() })), (raw) => {
        const r = readParticipantInput(raw, CRITERIA, { options: OPTIONS });
        for (const [k, v] of Object.entries(r.value.weights)) {
          expect(CRITERIA).toContain(k);
          expect(Number.isFinite(v) && v >= 0 && v <= 10).toBe(true);
        }
        expect(r.value.pick === null || OPTIONS.includes(r.value.pick)).toBe(true);
        // What is kept is what a snapshot accepts.
        expect(GroupSchema.shape.inputs.safeParse(JSON.parse(JSON.stringify({ p: r.value }))).success).toBe(true);
      }),
    );
  });
});

describe('readGroup', () => {
  it('keeps the valid parts of a peer-written group and names the rest', () => {
    const raw = JSON.parse(
      JSON.stringify({
        participants: [
          { id: 'a', name: ' Ana ' },
          { id: 'a', name: 'dup' },
          { id: 'bad id!', name: 'x' },
          'nobody',
          { id: 'constructor', name: 4 },
        ],
        inputs: {
          a: { weights: { scalability: 5, 'go-fit': 'abc' }, pick: null },
          constructor: { weights: { 'go-fit': 2 }, pick: null },
          ghost: { weights: {} },
        },
        method: 'vote',
        overrides: { scalability: 1e9, 'go-fit': 3 },
        anonymous: 'yes',
        revealed: true,
      }),
    );
    const r = readGroup(raw, CRITERIA);
    expect(r.value.participants).toEqual([
      { id: 'a', name: 'Ana' },
      { id: 'constructor', name: null },
    ]);
    expect({ ...ownValue(r.value.inputs, 'a')!.weights }).toEqual({ scalability: 5 });
    expect({ ...ownValue(r.value.inputs, 'constructor')!.weights }).toEqual({ 'go-fit': 2 });
    expect(ownValue(r.value.inputs, 'ghost')).toBeUndefined();
    expect({ ...r.value.overrides }).toEqual({ 'go-fit': 3 });
    expect(r.value.method).toBe('geometric');
    expect(r.value.anonymous).toBe(false);
    expect(r.value.revealed).toBe(true);
    expect(r.problems.map((p) => p.path)).toEqual([
      'participants[1]',
      'participants[2]',
      'participants[3]',
      'participants[4].name',
      'inputs.a.weights["go-fit"]',
      'inputs.ghost',
      'overrides.scalability',
      'method',
      'anonymous',
    ]);
    // What was read is a valid group.
    expect(GroupSchema.safeParse(JSON.parse(JSON.stringify(r.value))).success).toBe(true);
  });

  it('refuses "__proto__" as a participant id and as an entry key, naming both', () => {
    const raw = JSON.parse(
      '{"participants":[{"id":"__proto__","name":"X"},{"id":"ok","name":null}],"inputs":{"__proto__":{"weights":{"scalability":1}}}}',
    );
    const r = readGroup(raw, CRITERIA);
    expect(r.value.participants).toEqual([{ id: 'ok', name: null }]);
    expect(Object.keys(r.value.inputs)).toEqual([]);
    expect(r.problems.map((p) => p.path)).toEqual(['participants[0]', 'inputs.__proto__']);
  });

  it('reads anything without throwing, into a valid group (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (raw) => {
        const r = readGroup({ participants: [{ id: 'p', name: 'P' }], inputs: { p: raw }, overrides: raw, method: raw }, CRITERIA);
        expect(GroupSchema.safeParse(JSON.parse(JSON.stringify(r.value))).success).toBe(true);
        expect(readGroup(raw, CRITERIA).value.participants.length).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
