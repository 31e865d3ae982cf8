/** The JSON Schema of a dataset file, generated from the zod schema (committed as data/dataset.schema.json). */
import { z } from 'zod';
import { DatasetSchema } from './dataset';

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown> & {
    properties: Record<string, unknown>;
  };
  return {
    ...schema,
    title: 'Architecture Workbench dataset',
    description:
      'A dataset of architecture patterns for Architecture Workbench. Generated from src/domain/model/dataset.ts by `npm run schema`; do not edit by hand.',
    properties: {
      $schema: { type: 'string', description: 'Path or URL of this JSON Schema, for editor help' },
      ...schema.properties,
    },
  };
}

export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
