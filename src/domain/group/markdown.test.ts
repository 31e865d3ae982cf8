import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DATASET } from '../model/builtin-dataset';
import { buildDecision, DEFAULT_CONTEXT, optionLabel } from '../scoring/decision';
import { aggregateGroup, teamSliders } from './aggregate';
import { consensus, criterionSpreads, sliderCriteria } from './disagreement';
import { groupRecordLines, pickTally } from './markdown';
import { type Group, emptyGroup, keyed } from './core';
import { HOSTILE, unsafeHtml } from '../../../tests/hostile-text';

const ds = BUILTIN_DATASET;
const decision = buildDecision(ds, {}, DEFAULT_CONTEXT, {});
const CRITERIA = sliderCriteria(decision);
const DEFAULTS = ds.scoring!.defaultWeights;
const names = new Map(decision.criteria.map((c) => [c.id, c.name]));

function record(group: Group): string[] {
  const aggregate = aggregateGroup(group, CRITERIA);
  return groupRecordLines({
    group,
    aggregate,
    spreads: criterionSpreads(group, CRITERIA),
    consensus: consensus({ ds, decision, group, teamSliders: teamSliders(aggregate, DEFAULTS) }),
    criterionName: (id) => names.get(id) ?? id,
    optionName: (id) => optionLabel(ds, id),
  });
}

const room: Group = {
  ...emptyGroup(),
  method: 'median',
  participants: [
    { id: 'a', name: 'Ana | K' },
    { id: 'b', name: null },
    { id: 'c', name: 'Bo' },
    { id: 'd', name: 'Cy' },
  ],
  inputs: keyed([
    ['a', { weights: keyed([...Object.entries(DEFAULTS), ['scalability', 9]]), pick: 'serverless' }],
    ['b', { weights: keyed([...Object.entries(DEFAULTS), ['scalability', 5]]), pick: 'serverless' }],
    [
      'c',
      {
        weights: keyed([
          ['operational-overhead', 10],
          ['scalability', 0],
        ]),
        pick: 'monolith',
      },
    ],
  ]),
  overrides: keyed([['go-fit', 2]]),
};

describe('groupRecordLines', () => {
  it('writes participants, method, aggregate table, disagreements, consensus and picks', () => {
    expect(record(room)).toEqual([
      '### Group input',
      '',
      '* Participants (4): Ana | K, Participant 2, Bo, Cy; 3 entered weights.',
      "* Team weights: the median of the participants' weights (one outlier cannot move it).",
      "* Set by the facilitator in place of the room's median: Go Fit.",
      '',
      "| Criterion | Team weight | Room's median | Lowest | Highest | Marks |",
      '| --- | --- | --- | --- | --- | --- |',
      '| Team Size | 5 | 5 | 5 | 5 | 2 |',
      '| Deployment Frequency | 5 | 5 | 5 | 5 | 2 |',
      '| Operational Overhead | 5 | 5 | 5 | 10 | 3 |',
      '| Scalability | 5 | 5 | 0 | 9 | 3 |',
      '| Compliance/Security | 5 | 5 | 5 | 5 | 2 |',
      '| PHP Fit | 5 | 5 | 5 | 5 | 2 |',
      '| Go Fit | 2 (facilitator) | 5 | 5 | 5 | 2 |',
      '',
      '* The room disagreed on: Scalability (0–9), Operational Overhead (5–10).',
      "* Consensus: 1 of 3 participants would lead with another option than the team's (Serverless) at their own weights (Bo: Monolith).",
      '* Picks: Serverless (2), Monolith (1).',
    ]);
  });

  it('escapes a criterion name in a table cell', () => {
    const group: Group = {
      ...emptyGroup(),
      participants: [{ id: 'a', name: 'A' }],
      inputs: keyed([['a', { weights: keyed([['x', 3]]), pick: null }]]),
    };
    const lines = groupRecordLines({
      group,
      aggregate: aggregateGroup(group, ['x']),
      spreads: [],
      criterionName: () => 'Cost | risk',
      optionName: (o) => o,
    });
    expect(lines).toContain('| Cost \\| risk | 3 | 3 | – | – | 1 |');
  });

  it('shows hostile participant, criterion and option names as text, never as HTML or links', () => {
    const group: Group = {
      ...emptyGroup(),
      participants: HOSTILE.map((name, i) => ({ id: `p${i}`, name })),
      inputs: keyed(HOSTILE.map((_, i) => [`p${i}`, { weights: keyed([['x', i % 10]]), pick: 'o' }])),
    };
    const lines = groupRecordLines({
      group,
      aggregate: aggregateGroup(group, ['x']),
      spreads: criterionSpreads(group, ['x']),
      criterionName: () => '<img src=x onerror=alert(1)> | [c](javascript:alert(1))',
      optionName: () => '<script>alert(1)</script>',
      threshold: 1,
    });
    const html = marked.parse(lines.join('\n'), { async: false });
    expect(unsafeHtml(html)).toBeNull();
    const div = document.createElement('div');
    div.innerHTML = html;
    expect(div.textContent).toContain('<img src=x onerror=alert(1)> | [c](javascript:alert(1))');
    expect(div.textContent).toContain('Picks: <script>alert(1)</script> (13)');
  });

  it('says when nobody has weighed in', () => {
    expect(record({ ...emptyGroup(), participants: [{ id: 'a', name: 'Ana' }] })).toEqual([
      '### Group input',
      '',
      '* Participants (1): Ana; 0 entered weights.',
      "* Nobody has entered weights yet: the team's own weights are used.",
    ]);
  });

  it('counts instead of naming in an anonymous room', () => {
    const lines = record({ ...room, anonymous: true });
    expect(lines[2]).toBe('* Participants: 4 participants, anonymous; 3 entered weights.');
    expect(lines.at(-2)).toBe(
      "* Consensus: 1 of 3 participants would lead with another option than the team's (Serverless) at their own weights.",
    );
  });

  it('names no participant in an anonymous room (property)', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 }).map((s) => `Nm§${s.trim() || 'x'}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.integer({ min: 0, max: 10 })), { minLength: 1, maxLength: 5 }), (people) => {
        const group: Group = {
          ...emptyGroup(true),
          participants: people.map(([n], i) => ({ id: `id${i}`, name: n })),
          inputs: keyed(
            people.map(
              ([, w], i) =>
                [
                  `id${i}`,
                  {
                    weights: keyed([
                      ['scalability', w],
                      ['go-fit', 10 - w],
                    ]),
                    pick: 'soa',
                  },
                ] as const,
            ),
          ),
        };
        expect(record(group).join('\n')).not.toContain('Nm');
      }),
      { numRuns: 50 },
    );
  });
});

describe('pickTally', () => {
  it('counts picks, most picked first', () => {
    expect(pickTally(room)).toEqual([
      ['serverless', 2],
      ['monolith', 1],
    ]);
  });
});
