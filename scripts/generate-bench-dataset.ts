/**
 * Writes the benchmark's generated dataset (1,000 patterns × 20 criteria, a 500-node / 1,000-edge
 * migration graph) to a file, e.g. to load it in the app by hand ("Load dataset…").
 *   tsx scripts/generate-bench-dataset.ts [out=bench/.out/dataset-generated.json] [seed=1]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BENCH_SIZES, generateDataset } from '../src/domain/bench/generate-dataset';

const out = process.argv[2] ?? 'bench/.out/dataset-generated.json';
const seed = Number(process.argv[3] ?? 1);
const dataset = generateDataset({ seed, ...BENCH_SIZES });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(dataset, null, 1));
console.log(
  `${out}: ${dataset.patterns.length} patterns × ${dataset.decisionFramework.criteria.length} criteria, ${dataset.migrationNodes.length} nodes / ${dataset.migrations.length} edges (seed ${seed})`,
);
