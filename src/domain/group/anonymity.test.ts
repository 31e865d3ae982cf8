import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymizeGroup, exportGroup, participantLabel, participantLabels } from './anonymity';
import { type Group, emptyGroup, keyed, ownValue } from './core';
import { GroupSchema } from './participants';

const g: Group = {
  ...emptyGroup(),
  participants: [
    { id: 'ana-k', name: 'Ana K' },
    { id: 'x2', name: null },
    { id: 'constructor', name: 'Bo' },
  ],
  inputs: keyed([
    ['constructor', { weights: keyed([['scalability', 3]]), pick: 'monolith', updatedAt: '2026-12-02T04:00:00.000Z' }],
    ['ana-k', { weights: keyed([['scalability', 8]]), pick: null }],
  ]),
};

describe('participantLabels', () => {
  it('shows names, and "Participant N" for the unnamed', () => {
    expect([...participantLabels(g).values()]).toEqual(['Ana K', 'Participant 2', 'Bo']);
    expect(participantLabel(g, 'constructor')).toBe('Bo');
    expect(participantLabel(g, 'toString')).toBe('A removed participant');
  });

  it('shows no name at all in an anonymous room', () => {
    expect([...participantLabels({ ...g, anonymous: true }).values()]).toEqual(['Participant 1', 'Participant 2', 'Participant 3']);
  });
});

describe('anonymizeGroup', () => {
  it('replaces names and ids, keeps the weights and picks by position, drops entry times', () => {
    const a = anonymizeGroup(g);
    expect(a.participants).toEqual([
      { id: 'p1', name: null },
      { id: 'p2', name: null },
      { id: 'p3', name: null },
    ]);
    expect(ownValue(a.inputs, 'p1')).toEqual({ weights: { scalability: 8 }, pick: null });
    expect(ownValue(a.inputs, 'p3')).toEqual({ weights: { scalability: 3 }, pick: 'monolith' });
    expect(Object.keys(a.inputs)).toEqual(['p1', 'p3']);
    expect(a.anonymous).toBe(true);
    expect(GroupSchema.safeParse(JSON.parse(JSON.stringify(a))).success).toBe(true);
  });

  it('leaves a named room as it is in an export', () => {
    expect(exportGroup(g)).toBe(g);
    expect(exportGroup({ ...g, anonymous: true }).participants.every((p) => p.name === null)).toBe(true);
  });

  it('an anonymous export contains no participant name, whatever the names and ids (property)', () => {
    // Names carry a marker no id, criterion or option has, so a plain text search is exact.
    const name = fc.string({ minLength: 1, maxLength: 20 }).map((s) => `Nm§${s}`);
    const id = fc.oneof(
      fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty'),
      fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
    );
    const person = fc.record({
      id,
      name: fc.option(name),
      weight: fc.integer({ min: 0, max: 10 }),
      pick: fc.option(fc.constantFrom('monolith', 'soa')),
    });
    fc.assert(
      fc.property(fc.uniqueArray(person, { selector: (p) => p.id, maxLength: 8 }), fc.boolean(), (people, useNameAsId) => {
        const ps = people.map((p) => ({ id: useNameAsId && p.name ? `Nm-${p.id}` : p.id, name: p.name }));
        const group: Group = {
          ...emptyGroup(true),
          participants: ps,
          inputs: keyed(
            ps.map(
              (p, i) =>
                [
                  p.id,
                  { weights: keyed([['scalability', people[i]!.weight]]), pick: people[i]!.pick, updatedAt: '2026-12-02T04:00:00.000Z' },
                ] as const,
            ),
          ),
        };
        const text = JSON.stringify(exportGroup(group));
        for (const p of ps) {
          if (p.name) {
            expect(text).not.toContain(JSON.stringify(p.name).slice(1, -1));
            expect(text).not.toContain('Nm');
          }
        }
        expect(JSON.parse(text).participants.map((p: { id: string }) => p.id)).toEqual(ps.map((_, i) => `p${i + 1}`));
        expect(text).not.toContain('updatedAt');
      }),
    );
  });
});
