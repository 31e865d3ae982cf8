import { readRepoFile } from '../../../tests/repo-file';
import { expect, it } from 'vitest';
import { datasetJsonSchemaText } from './json-schema';

it('the committed data/dataset.schema.json is the one the zod schema generates (run `npm run schema`)', () => {
  const committed = readRepoFile('data/dataset.schema.json');
  expect(committed).toBe(datasetJsonSchemaText());
});

it('the JSON Schema lets a dataset name its schema and rejects unknown top-level fields', () => {
  const schema = JSON.parse(datasetJsonSchemaText());
  expect(schema.properties.$schema).toEqual(expect.objectContaining({ type: 'string' }));
  expect(schema.additionalProperties).toBe(false);
  expect(schema.required).toEqual(expect.arrayContaining(['patterns', 'quadrant', 'decisionFramework', 'migrations']));
});
