/**
 * A large, valid dataset for the benchmark: `patterns` options rated on `criteria` criteria (all
 * ranked: every option has a rating for every criterion and is on the forces quadrant), and a
 * migration graph of `nodes` nodes and `edges` edges. Deterministic: the same seed gives the same
 * dataset; the randomness is a seeded PRNG passed in by seed, never Math.random.
 */
import type { Dataset } from '../model/dataset';

export interface GenerateOptions {
  seed: number;
  patterns: number;
  criteria: number;
  nodes: number;
  edges: number;
}

export const BENCH_SIZES: Omit<GenerateOptions, 'seed'> = { patterns: 1000, criteria: 20, nodes: 500, edges: 1000 };

/** mulberry32: a small, well-known 32-bit PRNG; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = ['Very Low', 'Low', 'Medium', 'High', 'Very High'];
const FIT_LEVELS = ['excellent', 'good', 'limited'] as const;
const src = (section: string) => ({ section: `Generated › ${section}` });

export function generateDataset(options: GenerateOptions): Dataset {
  const { seed, patterns: nPatterns, criteria: nCriteria, nodes: nNodes, edges: nEdges } = options;
  if (nCriteria < 1 || nPatterns < 1) throw new Error('need at least one pattern and one criterion');
  if (nEdges > nNodes * (nNodes - 1)) throw new Error(`${nNodes} nodes cannot carry ${nEdges} distinct edges`);
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const round = (x: number) => Math.round(x * 1000) / 1000;

  const categories = Array.from({ length: 4 }, (_, i) => ({
    id: `family-${i + 1}`,
    name: `Family ${i + 1}`,
    source: src(`Family ${i + 1}`),
  }));
  const patternIds = Array.from({ length: nPatterns }, (_, i) => `pattern-${i + 1}`);
  const patterns: Dataset['patterns'] = patternIds.map((id, i) => ({
    id,
    name: `Generated Pattern ${i + 1}`,
    shortName: `P${i + 1}`,
    category: pick(categories).id,
    source: src(`Pattern ${i + 1}`),
    summary: `Generated pattern ${i + 1} for the benchmark.`,
    whenToUse: ['When measuring.'],
    benefits: ['Deterministic.'],
    tradeOffs: ['Not real.'],
    phpNotes: [],
    goNotes: [],
    keyConcepts: [],
    sections: [],
    tables: [],
    codeExamples: [],
    languageFit: {
      php: { level: pick(FIT_LEVELS), origin: 'source', basis: 'Generated.' },
      go: { level: pick(FIT_LEVELS), origin: 'source', basis: 'Generated.' },
    },
    editorial: [],
  }));

  // Criterion 1 is a team-size range (as in the source); the others are ordinal words.
  const criterionIds = Array.from({ length: nCriteria }, (_, i) => `criterion-${i + 1}`);
  const criteria = criterionIds.map((id, c) => ({
    id,
    name: `Criterion ${c + 1}`,
    ratings: Object.fromEntries(
      patternIds.map((pid) => {
        if (c === 0) {
          const low = 1 + Math.floor(random() * 40);
          return [pid, `${low}-${low + 1 + Math.floor(random() * 200)}`];
        }
        return [pid, pick(LEVELS)];
      }),
    ),
  }));
  const scales: NonNullable<Dataset['scoring']>['scales'] = criterionIds.map((criterionId, c) =>
    c === 0
      ? { criterionId, kind: 'range', contextField: 'teamSize', softness: 1, explanation: 'Team size inside the range fits.' }
      : {
          criterionId,
          kind: 'ordinal',
          levels: LEVELS.map((rating, k) => ({ rating, fit: round(c % 2 ? k / 4 : 1 - k / 4) })),
          explanation: 'Generated scale.',
        },
  );

  const nodeIds = Array.from({ length: nNodes }, (_, i) => `node-${i + 1}`);
  const migrationNodes = nodeIds.map((id, i) => ({
    id,
    label: `Node ${i + 1}`,
    patternId: i < nPatterns ? (patternIds[i] as string) : null,
  }));
  // A connected, mostly forward graph (like migrations): a chain through every node, then random
  // extra edges, no duplicates and no self-loops.
  const seen = new Set<string>();
  const migrations: Dataset['migrations'] = [];
  const addEdge = (from: number, to: number) => {
    const key = `${from}>${to}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    const k = migrations.length + 1;
    migrations.push({
      id: `migration-${k}`,
      from: nodeIds[from] as string,
      to: nodeIds[to] as string,
      label: `Step ${k}`,
      steps: [`Do step ${k}.`],
      origin: 'source',
      source: src(`Migration ${k}`),
    });
  };
  for (let i = 1; i < nNodes && migrations.length < nEdges; i++) addEdge(Math.floor(random() * i), i);
  while (migrations.length < nEdges) {
    const a = Math.floor(random() * nNodes);
    const b = Math.floor(random() * nNodes);
    if (a < b || random() < 0.1) addEdge(a, b);
  }

  return {
    type: 'architecture-workbench/dataset',
    version: 1,
    id: `generated-${seed}`,
    title: `Generated: ${nPatterns} patterns × ${nCriteria} criteria (seed ${seed})`,
    description: 'A generated dataset for the performance benchmark.',
    source: { title: 'Generated by src/domain/bench/generate-dataset.ts' },
    categories,
    patterns,
    quadrant: {
      title: 'Generated Forces',
      source: src('Quadrant'),
      xAxis: { low: 'Low X', high: 'High X' },
      yAxis: { low: 'Low Y', high: 'High Y' },
      quadrants: [1, 2, 3, 4].map((number) => ({ number, name: `Quadrant ${number}` })),
      points: patternIds.map((patternId, i) => ({ label: `P${i + 1}`, patternId, x: round(random()), y: round(random()) })),
    },
    decisionFramework: {
      source: src('Decision framework'),
      options: patternIds.map((patternId, i) => ({ patternId, label: `P${i + 1}` })),
      criteria,
      checklist: [{ number: 1, title: 'Team', question: 'Is the team small?' }],
    },
    languageComparison: {
      source: src('Languages'),
      phpHeading: 'PHP',
      goHeading: 'Go',
      rows: [{ aspect: 'Speed', php: 'Fine', go: 'Fast' }],
    },
    migrationNodes,
    migrations,
    scoring: {
      origin: 'ours',
      note: 'Generated scales.',
      extraOptions: [],
      scales,
      defaultWeights: Object.fromEntries(criterionIds.map((id) => [id, 5])),
      profiles: [],
      questions: [
        {
          checklistNumber: 1,
          prompt: 'Is the team small?',
          answers: [
            {
              id: 'yes',
              label: 'Yes',
              explanation: 'Criterion 1 counts double.',
              effects: [{ kind: 'scale-weight', criterionId: 'criterion-1', factor: 2 }],
            },
            { id: 'no', label: 'No', explanation: 'No change.', effects: [] },
          ],
        },
      ],
    },
  };
}
