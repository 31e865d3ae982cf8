// Writes data/dataset.schema.json from the zod schema. Run with `npm run schema` after changing the schema;
// a unit test fails while the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchemaText } from '../src/domain/model/json-schema';

writeFileSync(new URL('../data/dataset.schema.json', import.meta.url), datasetJsonSchemaText());
console.log('wrote data/dataset.schema.json');
