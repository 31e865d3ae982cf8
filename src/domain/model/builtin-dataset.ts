/** The built-in dataset, validated once at load: a broken data/dataset.json fails loudly. */
import raw from '../../../data/dataset.json';
import { formatProblem, validateDataset } from './parse-dataset';
import type { Dataset } from './dataset';

function load(): Dataset {
  const result = validateDataset(raw);
  if (!result.ok) {
    throw new Error(
      `The built-in dataset data/dataset.json is invalid:\n${result.problems.map((p) => formatProblem(p)).join('\n')}`,
    );
  }
  return result.value;
}

export const BUILTIN_DATASET: Dataset = load();
