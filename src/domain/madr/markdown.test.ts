import mermaid from 'mermaid';
import { expect, it } from 'vitest';
import { graphFromDataset } from '../graph/graph';
import { findPaths } from '../graph/paths';
import { BUILTIN_DATASET as ds } from '../model/builtin-dataset';
import type { Position } from '../quadrant/positions';
import { buildDecision, DEFAULT_CONTEXT, optionLabels } from '../scoring/decision';
import { explainLeader } from '../scoring/explain';
import { rank } from '../scoring/rank';
import { sensitivity } from '../scoring/sensitivity';
import type { DecisionRecord } from '../snapshot/snapshot';
import { adrInput, type AdrFacts } from './adr-input';
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
