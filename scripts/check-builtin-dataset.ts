/**
 * Build step: the built-in dataset must validate. The app ships data/dataset.json without running
 * the schema in the browser, so this is where a broken file fails, loudly.
 *   tsx scripts/check-builtin-dataset.ts
 */
import { readFileSync } from 'node:fs';
import { formatProblem } from '../src/domain/model/problem';
import { parseDatasetText } from '../src/domain/model/parse-dataset-text';

const file = new URL('../data/dataset.json', import.meta.url);
const result = parseDatasetText(readFileSync(file, 'utf8'));
if (!result.ok) {
  console.error(
    `The built-in dataset data/dataset.json is invalid:\n${result.problems.map((p) => formatProblem(p, 'data/dataset.json')).join('\n')}`,
  );
  process.exit(1);
}
console.log(`data/dataset.json is valid (${result.value.patterns.length} patterns).`);
