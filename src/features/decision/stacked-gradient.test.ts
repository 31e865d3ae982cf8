import { describe, expect, it } from 'vitest';
import { SEPARATOR, stackedGradient } from './stacked-gradient';

describe('stackedGradient', () => {
  it('draws each part from where the previous ended, with a line between parts, and the track after the last', () => {
    expect(
      stackedGradient([
        ['red', 0.25],
        ['blue', 0.5],
      ]),
    ).toBe(`linear-gradient(to right, red 0% 25%, ${SEPARATOR} 25% 25.25%, blue 25.25% 75%, transparent 75%)`);
  });

  it('leaves out parts of zero (no line for them) and draws nothing when every part is zero', () => {
    expect(
      stackedGradient([
        ['red', 0],
        ['blue', 0.4],
        ['green', -0.1],
      ]),
    ).toBe('linear-gradient(to right, blue 0% 40%, transparent 40%)');
    expect(stackedGradient([['red', 0]])).toBe('none');
    expect(stackedGradient([])).toBe('none');
  });

  it('rounds stops to a thousandth of a percent and never runs past the end of the bar', () => {
    expect(stackedGradient([['red', 1 / 3]])).toBe('linear-gradient(to right, red 0% 33.333%, transparent 33.333%)');
    expect(
      stackedGradient([
        ['red', 0.7],
        ['blue', 0.5],
      ]),
    ).toContain('blue 70.25% 100%, transparent 100%');
  });
});
