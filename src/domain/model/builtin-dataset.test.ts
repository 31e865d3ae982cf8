import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/repo-file';
import { BUILTIN_DATASET } from './builtin-dataset';
import { validateDataset } from './parse-dataset';

describe('the built-in dataset as shipped', () => {
  it('validates, and is exactly what the schema returns for it, so the app need not run the schema at start', () => {
    const result = validateDataset(JSON.parse(readRepoFile('data/dataset.json')));
    expect(result.ok).toBe(true);
    expect(BUILTIN_DATASET).toEqual(result.ok ? result.value : null);
  });
});
