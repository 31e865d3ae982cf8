import { marked } from 'marked';
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { graphFromDataset } from '../graph/graph';
import { findPaths } from '../graph/paths';
import { BUILTIN_DATASET as ds } from '../model/builtin-dataset';
import type { Position } from '../quadrant/positions';
import { buildDecision, DEFAULT_CONTEXT, optionLabels } from '../scoring/decision';
import { explainLeader } from '../scoring/explain';
import { rank } from '../scoring/rank';
import { sensitivity } from '../scoring/sensitivity';
import type { DecisionRecord } from '../snapshot/snapshot';
import { aggregateGroup } from '../group/aggregate';
import { keyed, type Group } from '../group/core';
import { consensus, criterionSpreads } from '../group/disagreement';
import { adrInput, type AdrFacts } from './adr-input';
import { HOSTILE, unsafeHtml } from '../../../tests/hostile-text';
import { decisionMarkdown } from './markdown';

interface Choices {
  record?: Partial<DecisionRecord>;
  weights?: Record<string, number>;
  answers?: Record<number, string>;
  current?: string;
  target?: string;
  positions?: Record<string, Position>;
}

/** The built-in dataset's decision after the team's choices, worked out by the domain functions. */
function facts(c: Choices = {}): AdrFacts {
  const sliders = { ...ds.scoring?.defaultWeights, ...c.weights };
  const context = { ...DEFAULT_CONTEXT, answers: c.answers ?? {} };
  const decision = buildDecision(ds, sliders, context, {});
  const ranking = rank(decision.matrix, decision.weights);
  const labels = optionLabels(ds);
  const names = new Map(decision.criteria.map((x) => [x.id, x.name]));
  const graph = graphFromDataset(ds);
  const current = c.current ?? null;
  const target = c.target ?? null;
  return {
    dataset: ds,
    record: {
      title: 'How should we structure our backend?',
      status: 'proposed',
      date: '2026-12-02',
      participants: [],
      rationale: '',
      ...c.record,
      chosen: c.record?.chosen ?? { kind: 'leader' },
      supersededBy: c.record?.supersededBy ?? null,
    },
    context,
    overrides: {},
    positions: c.positions ?? {},
    axes: { x: 'forces', y: 'forces' },
    sliders,
    decision,
    ranking,
    sensitivity: sensitivity(decision.matrix, decision.weights, ranking, { factors: decision.factors }),
    explanation: explainLeader(
      ranking,
      (id) => labels.get(id) ?? id,
      (id) => names.get(id) ?? id,
    ),
    migration: { graph, current, target, result: current && target ? findPaths(graph, current, target, 'steps') : null },
    group: null,
  };
}

const markdown = (c?: Choices) => decisionMarkdown(adrInput(facts(c)));

it('writes a MADR-shaped record with the ranking, weights and Mermaid blocks that Mermaid parses', async () => {
  const md = markdown({
    record: { title: 'Backend for orders', status: 'accepted', participants: ['Ana', 'Ben'], rationale: 'One team for now.' },
    weights: { 'compliance-security': 10 },
    answers: { 3: 'no' },
    current: 'monolith',
    target: 'microservices',
    positions: { monolith: { x: 0.45, y: 0.3 } },
  });

  const headings = md.split('\n').filter((l) => l.startsWith('#'));
  expect(headings.slice(0, 9)).toEqual([
    '# Backend for orders',
    '## Context and Problem Statement',
    '## Decision Drivers',
    '## Considered Options',
    '## Decision Outcome',
    '### Consequences',
    '### Ranking',
    '### Architecture Forces',
    '### Migration path',
  ]);
  expect(headings).toContain('## Pros and Cons of the Options');
  expect(md).toContain('* Status: accepted');
  expect(md).toContain('* Deciders: Ana, Ben');
  expect(md).toContain('* Compliance/Security: weight 10/10');
  expect(md).toContain('* Operational Overhead: weight 5/10 (counts ×2: Do you have observability, CI/CD and DevOps in place? No)');
  // Overhead counting double (no DevOps) and compliance at 10 put Monolith first.
  expect(md).toContain('Chosen option: “Monolith”. Monolith leads Serverless because of Compliance/Security');
  expect(md).toContain('One team for now.');
  expect(md).toContain('* Migration path: Monolith → Modular Monolith → Microservices.');
  expect(md).toContain('* Modular Monolith to Microservices: Strangler Fig:');
  expect(md).toContain('  * Identify bounded contexts.');
  expect(md).toMatch(/\| 1 \| Monolith \| \d+\.\d \|/);
  expect(md).toContain('* Space-Based (not ranked: no rating for Team Size');
  expect(md).toContain('    Monolith: [0.45, 0.3]');
  expect(md).toContain('Good, because Simple deployment');

  const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(blocks).toHaveLength(2);
  for (const b of blocks) await expect(mermaid.parse(b)).resolves.toBeTruthy();
  expect(blocks[1]).toContain('monolith ==>|"Encapsulate Modules"| modular_monolith');
});

it('says why there is no path when the current architecture is not set', () => {
  expect(markdown()).toContain('* The current architecture is not set, so no migration path was worked out.');
});

it('says so when the team is already at the target, or when no path leads there', () => {
  expect(markdown({ current: 'serverless', target: 'serverless' })).toContain('* Already at Serverless: nothing to migrate.');
  expect(markdown({ current: 'serverless', target: 'monolith' })).toContain(
    '* No migration path from Serverless to Monolith in the graph.',
  );
});

it('names a checklist answer’s criterion as added by it, and other axes by their criterion', () => {
  const input = adrInput({ ...facts({ answers: { 1: 'yes' } }), axes: { x: 'scalability', y: 'forces' } });
  expect(input.drivers.filter((d) => d.note === 'added by a checklist answer').length).toBeGreaterThan(0);
  expect(input.quadrant).toMatchObject({
    xLow: 'Scalability fit poor',
    xHigh: 'good',
    yLow: 'Operational Overhead',
    yHigh: 'Team Autonomy',
  });
  expect(input.quadrant.quadrants).toBeUndefined();
});

it('lists the room: who took part, how their weights were aggregated, and where they disagreed', () => {
  const f = facts();
  const group: Group = {
    participants: [
      { id: 'a', name: 'Ana' },
      { id: 'b', name: 'Ben' },
    ],
    inputs: keyed([
      ['a', { weights: keyed([['scalability', 10]]), pick: null }],
      ['b', { weights: keyed([['scalability', 2]]), pick: null }],
    ]),
    method: 'median',
    overrides: keyed(),
    anonymous: false,
    revealed: true,
  };
  const criteria = ds.scoring!.scales.map((x) => x.criterionId);
  const spreads = criterionSpreads(group, criteria);
  const md = decisionMarkdown(
    adrInput({
      ...f,
      group: {
        group,
        aggregate: aggregateGroup(group, criteria),
        spreads,
        consensus: consensus({ ds, decision: f.decision, group, teamSliders: f.sliders }),
      },
    }),
  );
  expect(md).toContain('### Group input');
  expect(md).toContain('* Participants (2): Ana, Ben.');
  expect(md).toContain("* Team weights: the median of the participants' weights");
  expect(md).toContain('* The room disagreed on: Scalability (2–10).');
  // An anonymous room: the number, never a name.
  const anonymous = decisionMarkdown(
    adrInput({
      ...f,
      group: {
        group: { ...group, anonymous: true },
        aggregate: null,
        spreads,
        consensus: consensus({ ds, decision: f.decision, group, teamSliders: f.sliders }),
      },
    }),
  );
  expect(anonymous).toContain('* Participants: 2 participants, anonymous');
  expect(anonymous).not.toMatch(/Ana|Ben/);
});

describe('hostile text from a dataset or a snapshot', () => {
  /** Every string of the record's input replaced by a hostile one (in turn), the status kept. */
  function hostile<T>(value: T, at = { i: 0 }): T {
    if (typeof value === 'string') return HOSTILE[at.i++ % HOSTILE.length] as T;
    if (Array.isArray(value)) return value.map((v) => hostile(v, at)) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'status' ? v : hostile(v, at)])) as T;
    }
    return value;
  }

  const base = () =>
    adrInput(
      facts({
        record: { participants: ['Ana', 'Ben'], rationale: 'Because.' },
        current: 'monolith',
        target: 'microservices',
      }),
    );

  it('puts every field in the record (title, participants, rationale, options, steps, pros and cons)', () => {
    const input = base();
    expect(input.path?.steps.length).toBeGreaterThan(0);
    expect(input.options.some((o) => o.good.length && o.bad.length)).toBe(true);
    expect(input.answers.length).toBeGreaterThanOrEqual(0);
    const fields = JSON.stringify(hostile(input)).match(/<script>|onerror|javascript:/g) ?? [];
    expect(fields.length).toBeGreaterThan(20);
  });

  it('renders no HTML element, link or image from any of them in an ordinary Markdown viewer, and reads as written', async () => {
    const input = hostile({ ...base(), answers: [{ title: 'T', prompt: 'P', answer: 'A', effect: 'E' }] });
    const md = decisionMarkdown(input);
    const html = marked.parse(md, { async: false });
    expect(unsafeHtml(html)).toBeNull();
    const div = document.createElement('div');
    div.innerHTML = html;
    const text = div.textContent ?? '';
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('[click me](javascript:alert(1))');
    expect(text).toContain('![pixel](data:image/svg+xml;base64,PHN2Zy8+)');
    // The record's structure holds: headings and Mermaid blocks are still the writer's own.
    const headings = md.split('\n').filter((l) => /^#{1,2} /.test(l));
    expect(headings.filter((h) => h.startsWith('## '))).toEqual([
      '## Context and Problem Statement',
      '## Decision Drivers',
      '## Considered Options',
      '## Decision Outcome',
      '## Pros and Cons of the Options',
    ]);
    const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(2);
    for (const b of blocks) await expect(mermaid.parse(b)).resolves.toBeTruthy();
  });

  it('the same input unescaped would carry script (the check can fail)', () => {
    const input = hostile(base());
    expect(unsafeHtml(marked.parse(`# ${input.record.title}\n\n${input.record.rationale}`, { async: false }))).not.toBeNull();
  });
});

it('gives each option the source’s considerations under their own heading, and says where the source gives none', () => {
  const md = markdown();
  const section = (name: string) => {
    const start = md.indexOf(`### ${name}\n`);
    const end = md.indexOf('\n### ', start + 1);
    return md.slice(start, end === -1 ? undefined : end);
  };
  expect(section('Serverless')).toContain(
    [
      '#### Considerations (from the source)',
      '',
      '* Avoid long-running transactions (function timeouts).',
      '* Handle idempotency (retries).',
      '* Observability via structured logs and tracing (X-Ray, OpenTelemetry).',
    ].join('\n'),
  );
  expect(section('Microservices')).toContain('#### Considerations\n\nNot in the source.');
  expect(md).not.toContain('—\n');
});

it('a superseded decision says by which one (MADR: "superseded by …")', () => {
  const md = markdown({ record: { status: 'superseded', supersededBy: 'Q4 <decision>' } });
  expect(md).toContain('* Status: superseded by “Q4 &lt;decision&gt;”');
  expect(markdown({ record: { status: 'accepted' } })).toContain('* Status: accepted\n');
});
