import { readRepoFile } from '../../../tests/repo-file';
import { describe, expect, it } from 'vitest';
import { validateDataset } from './parse-dataset';
import { formatPath, formatProblem } from './problem';
import { parseDatasetText } from './parse-dataset-text';

const builtinText = readRepoFile('data/dataset.json');
const builtin = (): Record<string, unknown> & { patterns: Record<string, unknown>[] } => JSON.parse(builtinText);

function problemsOf(text: string) {
  const result = parseDatasetText(text);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.problems;
}

describe('parseDatasetText', () => {
  it('accepts the built-in dataset file as written (with its $schema key)', () => {
    const result = parseDatasetText(builtinText);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.patterns.length).toBeGreaterThan(20);
  });

  it('says an empty file is empty', () => {
    expect(problemsOf('  \n')).toEqual([{ path: '', message: 'the file is empty' }]);
  });

  it('names the line and column of a JSON syntax error', () => {
    const [problem, ...rest] = problemsOf('{\n  "type": "architecture-workbench/dataset",\n  "version": 1,\n  "id": }\n');
    expect(rest).toHaveLength(0);
    expect(problem?.message).toMatch(/^not valid JSON: value expected/);
    expect(problem?.line).toBe(4);
    expect(problem?.column).toBe(9);
  });

  it('reports a coordinate out of range with its field path and line', () => {
    const doc = builtin();
    const quadrant = doc.quadrant as { points: { x: number }[] };
    quadrant.points[2]!.x = 1.7;
    const text = JSON.stringify(doc, null, 2);
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('quadrant.points[2].x');
    expect(problems[0]!.message).toBe('expected a number between 0 and 1');
    const line = text.split('\n')[problems[0]!.line! - 1];
    expect(line).toContain('"x": 1.7');
  });

  it('reports a wrong type and a missing field, each in its place', () => {
    const doc = builtin();
    doc.patterns[3]!.summary = 42;
    delete doc.patterns[5]!.name;
    const problems = problemsOf(JSON.stringify(doc, null, 2));
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'patterns[3].summary: expected string, got number',
      'patterns[5].name: expected string, got nothing (the field is missing)',
    ]);
    expect(problems.every((p) => typeof p.line === 'number')).toBe(true);
  });

  it('reports unknown fields and references to patterns that do not exist', () => {
    const doc = builtin();
    doc.patterns[0]!.colour = 'red';
    (doc.migrations as { from: string }[])[0]!.from = 'mainframe';
    (doc.quadrant as { points: { patternId: string }[] }).points[0]!.patternId = 'nope';
    const messages = problemsOf(JSON.stringify(doc)).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain('patterns[0]: unknown field "colour"');
    expect(messages).toContain('migrations[0].from: unknown migration node "mainframe"');
    expect(messages).toContain('quadrant.points[0].patternId: unknown pattern id "nope"');
  });

  it('reads a pattern’s considerations as an optional titled list and names an empty one', () => {
    const doc = builtin();
    delete doc.patterns[0]!.considerations;
    expect(parseDatasetText(JSON.stringify(doc)).ok).toBe(true);
    doc.patterns[1]!.considerations = { heading: 'Considerations', items: [] };
    doc.patterns[2]!.considerations = ['a bare list'];
    expect(problemsOf(JSON.stringify(doc)).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'patterns[1].considerations.items: expected at least 1 item',
      'patterns[2].considerations: expected object, got array',
    ]);
  });

  it('refuses a document of another type', () => {
    const problems = problemsOf(JSON.stringify({ type: 'something-else', version: 1 }));
    expect(problems[0]).toMatchObject({ path: 'type', message: 'expected "architecture-workbench/dataset"' });
  });

  it('refuses a JSON array at the top level', () => {
    expect(problemsOf('[]')[0]).toMatchObject({ path: '', message: 'expected object, got array' });
  });
});

describe('validateDataset', () => {
  it('validates an already parsed value without needing the text', () => {
    const result = validateDataset({ ...builtin(), title: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ path: 'title', message: 'must not be empty' }]);
  });
});

describe('formatPath and formatProblem', () => {
  it('writes paths the way people read them', () => {
    expect(formatPath(['patterns', 3, 'quadrant', 'x'])).toBe('patterns[3].quadrant.x');
    expect(formatPath(['decisionFramework', 'criteria', 0, 'ratings', 'space-based'])).toBe(
      'decisionFramework.criteria[0].ratings["space-based"]',
    );
  });

  it('puts file, line and field first', () => {
    expect(formatProblem({ path: 'patterns[3].summary', message: 'expected string', line: 12 }, 'mine.json')).toBe(
      'mine.json:12 patterns[3].summary: expected string',
    );
    expect(formatProblem({ path: '', message: 'the file is empty' })).toBe('the file is empty');
  });
});
