import { describe, expect, it } from 'vitest';
import { BUILTIN_DATASET } from '../model/builtin-dataset';
import { generateDataset } from '../bench/generate-dataset';
import { buildDecision, decisionOptions, DEFAULT_CONTEXT, optionLabel, optionLabels, withSliders } from './decision';

describe('the shortcuts a slider step takes', () => {
  it('withSliders gives exactly what buildDecision gives with those sliders', () => {
    const context = {
      ...DEFAULT_CONTEXT,
      languages: ['go' as const],
      answers: { 1: BUILTIN_DATASET.scoring!.questions[0]!.answers[0]!.id },
    };
    const base = buildDecision(BUILTIN_DATASET, {}, context, {});
    const cases: Record<string, number>[] = [{}, { scalability: 9 }, { 'team-size': 0, 'go-fit': 10 }];
    for (const sliders of cases) {
      expect(withSliders(base, BUILTIN_DATASET, sliders)).toEqual(buildDecision(BUILTIN_DATASET, sliders, context, {}));
    }
  });

  it('optionLabels names every option as optionLabel does', () => {
    for (const ds of [BUILTIN_DATASET, generateDataset({ seed: 3, patterns: 50, criteria: 4, nodes: 10, edges: 12 })]) {
      const labels = optionLabels(ds);
      for (const id of [...decisionOptions(ds), ...ds.patterns.map((p) => p.id)]) expect(labels.get(id)).toBe(optionLabel(ds, id));
    }
  });
});
