import mermaid from 'mermaid';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { decisionMarkdown } from '../domain/snapshot/markdown';
import { adrInput } from './adr';
import { type AppStore, createAppStore } from './store';

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
});
afterEach(() => store.dispose());


function markdown() {
  return decisionMarkdown(adrInput(store.getState()));
}

it('writes a MADR-shaped record with the ranking, weights and Mermaid blocks that Mermaid parses', async () => {
  const s = store.getState();
  s.updateRecord({ title: 'Backend for orders', status: 'accepted', participants: ['Ana', 'Ben'], rationale: 'One team for now.' });
  s.setWeight('compliance-security', 10);
  s.answer(3, 'no');
  s.setMigrationCurrent('monolith');
  s.setMigrationTarget('microservices');
  s.placeOption('monolith', { x: 0.45, y: 0.3 });
  const md = markdown();

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
