import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyed, ownValue } from './core';
import { fromGroup, hasEntered, nextJoined, orderedIds, toGroup, unusedInput, type ParticipantEntry } from './entries';
import { GroupSchema } from './participants';

const entry = (joined: number, name: string | null = null, weights: [string, number][] = []): ParticipantEntry => ({
  name,
  joined,
  weights: keyed(weights),
  pick: null,
});

describe("the decision's participant entries", () => {
  it('lists participants by when they joined, then by id (two phones joining at once)', () => {
    const entries = keyed([
      ['zed', entry(2)],
      ['bob', entry(1)],
      ['amy', entry(2)],
    ]);
    expect(orderedIds(entries)).toEqual(['bob', 'amy', 'zed']);
    expect(nextJoined(entries)).toBe(3);
    expect(nextJoined(keyed())).toBe(1);
  });

  it('turns into the domain group and back without losing anything', () => {
    const settings = { method: 'median' as const, overrides: keyed([['scalability', 3]]), anonymous: false, revealed: true };
    const entries = keyed([
      ['ana', { ...entry(1, 'Ana', [['scalability', 8]]), pick: 'soa', updatedAt: '2026-12-01T10:00:00.000Z' }],
      ['p2', entry(2, null, [['go-fit', 0]])],
    ]);
    const group = toGroup(entries, settings);
    expect(GroupSchema.safeParse(JSON.parse(JSON.stringify(group))).success).toBe(true);
    expect(group.participants).toEqual([
      { id: 'ana', name: 'Ana' },
      { id: 'p2', name: null },
    ]);
    const back = fromGroup(group);
    expect(back.group).toEqual(settings);
    expect(back.participants).toEqual(entries);
  });

  it('keeps ids that are names of Object.prototype members as ordinary participants', () => {
    const entries = keyed([
      ['constructor', entry(1, 'C', [['toString', 4]])],
      ['hasOwnProperty', entry(2)],
    ]);
    const group = toGroup(entries, { method: 'mean', overrides: keyed(), anonymous: false, revealed: false });
    expect(group.participants.map((p) => p.id)).toEqual(['constructor', 'hasOwnProperty']);
    expect(ownValue(group.inputs, 'constructor')?.weights.toString).toBe(4);
  });

  it('any order of the same entries gives the same group (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.integer({ min: 0, max: 5 })), {
          selector: ([id]) => id,
          maxLength: 8,
        }),
        (list) => {
          const a = toGroup(keyed(list.map(([id, j]) => [id, entry(j)])), {
            method: 'mean',
            overrides: keyed(),
            anonymous: false,
            revealed: false,
          });
          const b = toGroup(keyed([...list].reverse().map(([id, j]) => [id, entry(j)])), {
            method: 'mean',
            overrides: keyed(),
            anonymous: false,
            revealed: false,
          });
          expect(a.participants).toEqual(b.participants);
        },
      ),
    );
  });

  it('says whether a participant has entered anything', () => {
    expect(hasEntered(undefined)).toBe(false);
    expect(hasEntered(entry(1))).toBe(false);
    expect(hasEntered(entry(1, null, [['x', 0]]))).toBe(true);
    expect(hasEntered({ ...entry(1), pick: 'soa' })).toBe(true);
  });

  it('names the weights and picks the decision cannot use, per participant in list order, and nothing else', () => {
    const entries = keyed<ParticipantEntry>([
      [
        'b',
        {
          ...entry(2, 'Ben', [
            ['no-such-criterion', 3],
            ['scalability', 4],
          ]),
          pick: 'gone',
        },
      ],
      [
        'a',
        {
          ...entry(1, 'Ana', [
            ['scalability', 9],
            ['constructor', 2],
          ]),
          pick: 'monolith',
        },
      ],
      ['c', entry(3, 'Cleo', [['scalability', 1]])],
    ]);
    expect(unusedInput(entries, ['scalability', 'team-size'], ['monolith', 'soa'])).toEqual([
      { participant: 'a', path: ['weights', 'constructor'], message: '“constructor” is not a criterion of this decision; ignored' },
      {
        participant: 'b',
        path: ['weights', 'no-such-criterion'],
        message: '“no-such-criterion” is not a criterion of this decision; ignored',
      },
      { participant: 'b', path: ['pick'], message: '“gone” is not an option of this decision; ignored' },
    ]);
    expect(unusedInput(entries, ['scalability', 'constructor', 'no-such-criterion'], ['monolith', 'gone'])).toEqual([]);
  });
});
