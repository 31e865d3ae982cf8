/**
 * Reading stays linear in the length of the text: lines of 100,000 characters (spaces, dashes,
 * brackets, a chain of nodes) are read to a result. No timed assertion: the test timeout is the bound
 * (the old readers took 7–54 s on some of these lines; now each takes well under 0.1 s).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLabelEnd } from './flowchart-reader';
import { problemText } from './problem';
import { matchPoint, splitAtArrows } from './quadrant-reader';
import { readMermaid } from './read';

const N = 100_000;
const spaces = ' '.repeat(N);
const dashes = '-'.repeat(N);

function problems(text: string): string[] {
  const read = readMermaid(text);
  return read.ok ? [] : read.problems.map(problemText);
}

describe('100,000-character lines', () => {
  it.each([
    ['a quadrant line of spaces between two words', `quadrantChart\nA${spaces}B`, [/^line 2: `A {56}…` is not quadrantChart syntax/]],
    ['a quadrant point with spaces around its colon', `quadrantChart\nA${spaces}:${spaces}[`, [/^line 2: expected `Name: \[x, y\]`/]],
    ['an axis of spaces and dashes', `quadrantChart\nx-axis a${spaces}${dashes}b`, []],
    ['a flowchart label opened and never closed', `flowchart LR\nA --${spaces}x`, [/^line 2: the edge label after `--` is not closed/]],
    ['a flowchart label of dashes', `flowchart LR\nA -- x${dashes}`, [/^line 2: expected a node after the arrow from `A`$/]],
    ['a flowchart with spaces between nodes', `flowchart LR\nA -->${spaces}B`, []],
    ['a node label never closed', `flowchart LR\nA[/${spaces}x`, [/^line 2: the node label `x` is not closed with `\/]` or `\\]`$/]],
  ])('%s', { timeout: 5_000 }, (_what, text, expected) => {
    const found = problems(text);
    expect(found).toEqual(expected.map((re) => expect.stringMatching(re)));
  });

  it('reads a chain of 20,000 nodes on one line', { timeout: 5_000 }, () => {
    const text = `flowchart LR\n${Array.from({ length: 20_000 }, (_, i) => `N${i}`).join(' --> ')}`;
    const read = readMermaid(text);
    if (!read.ok) throw new Error(read.problems.map(problemText).join('\n'));
    const chart = read.charts[0];
    expect(chart?.kind === 'flowchart' && [chart.nodes.length, chart.edges.length]).toEqual([20_000, 19_999]);
  });
});

describe('the one-pass matchers read as the regular expressions they replace', () => {
  const text = (chars: string) => fc.array(fc.constantFrom(...chars.split('')), { maxLength: 24 }).map((cs) => cs.join(''));

  it('matchPoint', () => {
    const old = /^("[^"]*"|[^":[]+?)(:::[\w-]+)?\s*:\s*\[([^\]]*)\](.*)$/;
    fc.assert(
      fc.property(text('ab :[]"-,.0 '), (s) => {
        const t = s.trim();
        const m = t.match(old);
        expect(matchPoint(t)).toEqual(m ? [m[0], m[1], m[2], m[3], m[4]] : null);
      }),
      { numRuns: 2000 },
    );
  });

  it('splitAtArrows', () => {
    fc.assert(
      fc.property(text('a ->'), (s) => {
        const got = splitAtArrows(s);
        const want = s.split(/\s*-{2,}>\s*/);
        // The same pieces, up to the spaces at their ends (every piece is trimmed after the split).
        expect(got.map((p) => p.trim())).toEqual(want.map((p) => p.trim()));
      }),
      { numRuns: 2000 },
    );
  });

  it('findLabelEnd', () => {
    const ends = { '--': /\s*(-{2,}>|-{3,}|--[ox](?=\s))/, '==': /\s*(={2,}>|={3,})/, '-.': /\s*(\.-+>|\.-+)/ } as const;
    fc.assert(
      fc.property(text('a -=.>ox'), fc.constantFrom('--', '==', '-.'), (s, key: '--' | '==' | '-.') => {
        const m = s.match(ends[key]);
        const got = findLabelEnd(s, 0, key);
        if (!m || m.index === undefined) expect(got).toBeNull();
        else {
          // The regex's match starts with the spaces before the arrow; the label is trimmed either way.
          expect(got).not.toBeNull();
          expect(s.slice(0, got!.start).trim()).toBe(s.slice(0, m.index).trim());
          expect(got!.end).toBe(m.index + m[0].length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
