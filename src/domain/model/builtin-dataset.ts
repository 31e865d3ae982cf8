/**
 * The built-in dataset. It is checked before it ships, not in the browser at every start (running
 * the schema on it cost first-load time and kept the schema library on the first route):
 * `npm run build` runs scripts/check-builtin-dataset.ts, which fails loudly when data/dataset.json
 * does not validate, and builtin-dataset.test.ts checks that the file is exactly what the schema
 * returns for it (no defaults to fill in), so shipping it as it is changes nothing.
 */
import raw from '../../../data/dataset.json';
import type { Dataset } from './dataset';

const { $schema: _editorHint, ...document } = raw as { $schema?: string };
export const BUILTIN_DATASET = document as unknown as Dataset;
