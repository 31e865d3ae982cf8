/**
 * Scoring with ids that are names of Object.prototype members: the "constructor" dataset ranks
 * exactly as the same dataset with that id renamed (before, a "constructor" criterion read
 * Object.prototype.constructor as its slider value and ranked every option 0).
 */
import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/repo-file';
import { parseDatasetText } from '../model/parse-dataset-text';
import { buildDecision, DEFAULT_CONTEXT } from './decision';
import { rank } from './rank';

const text = readRepoFile('tests/fixtures/hostile/constructor-ids.dataset.json');

function read(t: string) {
  const result = parseDatasetText(t);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('a dataset whose ids are "constructor"', () => {
  const hostile = read(text);
  const plain = read(text.replaceAll('"constructor"', '"plain-id"'));
  const ranked = (ds: typeof hostile, answers: Record<number, string> = {}) => {
    const decision = buildDecision(ds, {}, { ...DEFAULT_CONTEXT, answers }, {});
    return { decision, ranking: rank(decision.matrix, decision.weights) };
  };

  it('has "constructor" as a criterion, an option and a checklist answer', () => {
    expect(hostile.decisionFramework.criteria.map((c) => c.id)).toContain('constructor');
    expect(hostile.decisionFramework.options.map((o) => o.patternId)).toContain('constructor');
    expect(hostile.scoring?.questions[0]?.answers[0]?.id).toBe('constructor');
  });

  it('weighs the "constructor" criterion by its default weight, not by a member of Object.prototype', () => {
    const { decision } = ranked(hostile);
    expect(Object.hasOwn(decision.weights, 'constructor')).toBe(true);
    expect(decision.weights.constructor).toBe(hostile.scoring?.defaultWeights.constructor);
    expect(Object.values(decision.weights).every((w) => typeof w === 'number' && Number.isFinite(w))).toBe(true);
  });

  it('ranks as the same dataset with the id renamed: scores, order and ties (not all 0)', () => {
    const rename = (id: string) => (id === 'constructor' ? 'plain-id' : id);
    const cases: Record<number, string>[] = [{}, { 1: 'constructor' }, { 1: 'no' }];
    for (const answers of cases) {
      const a = ranked(hostile, answers).ranking;
      const b = ranked(plain, Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, rename(v)]))).ranking;
      expect(a.ranked.map((r) => [rename(r.option), r.score, r.rank])).toEqual(b.ranked.map((r) => [r.option, r.score, r.rank]));
      expect(a.unrated).toEqual([]);
      expect(new Set(a.ranked.map((r) => r.score)).size).toBeGreaterThan(1);
      expect(a.ranked[0]!.score).toBeGreaterThan(0);
    }
  });
});
