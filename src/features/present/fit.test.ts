import { describe, expect, it } from 'vitest';
import { largestFitting } from './fit';

describe('largestFitting', () => {
  it('finds the largest scale that fits, to a hundredth, never one that does not', () => {
    for (const limit of [1.07, 1.234, 1.5, 1.599]) {
      const tried: number[] = [];
      const scale = largestFitting(
        (s) => {
          tried.push(s);
          return s <= limit;
        },
        1,
        1.6,
      );
      expect(scale).toBeLessThanOrEqual(limit);
      expect(scale).toBeGreaterThan(limit - 0.01);
      // Every scale tried is a two-decimal number, as the one kept is.
      for (const s of tried) expect(Math.round(s * 100) / 100).toBe(s);
      // A few layouts, not one per hundredth.
      expect(tried.length).toBeLessThanOrEqual(9);
    }
  });

  it('keeps the base size when even it does not fit, and takes the most when that fits', () => {
    expect(largestFitting(() => false, 1, 1.6)).toBe(1);
    expect(largestFitting(() => true, 1, 1.6)).toBe(1.6);
  });

  it('asks nothing more when the range is empty', () => {
    let asked = 0;
    expect(
      largestFitting(
        () => {
          asked++;
          return true;
        },
        1,
        1,
      ),
    ).toBe(1);
    expect(asked).toBe(0);
  });
});
