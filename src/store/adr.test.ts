import { afterEach, beforeEach, expect, it } from 'vitest';
import { adrInput } from '../domain/madr/adr-input';
import { decisionMarkdown } from '../domain/madr/markdown';
import { selectAdrFacts } from './adr';
import { type AppStore, createAppStore } from './store';

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
});
afterEach(() => store.dispose());

const markdown = () => decisionMarkdown(adrInput(selectAdrFacts(store.getState())));

it('the record is written from the decision in the store', () => {
  const s = store.getState();
  s.updateRecord({ title: 'Backend for orders', participants: ['Ana'] });
  s.setWeight('compliance-security', 10);
  s.answer(3, 'no');
  s.setMigrationCurrent('monolith');
  s.setMigrationTarget('microservices');
  s.placeOption('monolith', { x: 0.45, y: 0.3 });
  const md = markdown();
  expect(md).toContain('# Backend for orders');
  expect(md).toContain('* Deciders: Ana');
  expect(md).toContain('* Compliance/Security: weight 10/10');
  expect(md).toContain('(counts ×2: Do you have observability, CI/CD and DevOps in place? No)');
  expect(md).toContain('* Migration path: Monolith → Modular Monolith → Microservices.');
  expect(md).toContain('    Monolith: [0.45, 0.3]');
});

it('says why there is no path when the current architecture is not set', () => {
  expect(markdown()).toContain('* The current architecture is not set, so no migration path was worked out.');
});
