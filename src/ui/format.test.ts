import { describe, expect, it } from 'vitest';
import { axisLabel, axisRange, formatCoordinate, formatCoordinates, formatScore, LANGUAGES, languageName, weightValueText } from './format';

const quadrant = {
  xAxis: { low: 'Internal Complexity', high: 'External Complexity' },
  yAxis: { low: 'Operational Overhead', high: 'Team Autonomy' },
};
const criterionName = (id: string) => ({ scalability: 'Scalability', 'go-fit': 'Go Fit' })[id] ?? id;

describe('formatScore', () => {
  it('shows a score out of 100 with one decimal', () => {
    expect(formatScore(0.8137)).toBe('81.4');
    expect(formatScore(1)).toBe('100.0');
    expect(formatScore(0)).toBe('0.0');
    expect(formatScore(0.12345)).toBe('12.3');
  });
});

describe('formatCoordinates', () => {
  it('writes coordinates with two decimals', () => {
    expect(formatCoordinate(0.3)).toBe('0.30');
    expect(formatCoordinate(0.333333)).toBe('0.33');
    expect(formatCoordinates({ x: 0.3, y: 0.2 })).toBe('x 0.30, y 0.20');
    expect(formatCoordinates({ x: 1, y: 0 })).toBe('x 1.00, y 0.00');
  });
});

describe('languageName', () => {
  it('names the languages the dataset rates, in their order', () => {
    expect(LANGUAGES.map(languageName)).toEqual(['PHP', 'Go']);
  });

  it('leaves an unknown language id as it is', () => {
    expect(languageName('rust')).toBe('rust');
  });
});

describe('axisLabel', () => {
  it('uses the source’s force on the forces axes', () => {
    expect(axisLabel(quadrant, 'forces', 'x', criterionName)).toEqual({
      low: 'Internal Complexity',
      high: 'External Complexity',
      title: 'Internal Complexity → External Complexity',
    });
    expect(axisLabel(quadrant, 'forces', 'y', criterionName).low).toBe('Operational Overhead');
  });

  it('names a criterion axis by its fit, poor to good, the same on both directions', () => {
    const x = axisLabel(quadrant, 'scalability', 'x', criterionName);
    expect(x).toEqual({ low: 'Scalability fit: poor', high: 'good', title: 'Scalability fit' });
    expect(axisLabel(quadrant, 'scalability', 'y', criterionName)).toEqual(x);
    expect(axisRange(x)).toBe('Scalability fit: poor → good');
  });
});

describe('weightValueText', () => {
  it('says the value of 10 and what the context makes the weight count for', () => {
    expect(weightValueText(5, 1)).toBe('5 of 10');
    expect(weightValueText(7, 2)).toBe('7 of 10, counts ×2');
    expect(weightValueText(2.5, 0.5)).toBe('2.5 of 10, counts ×0.5');
    expect(weightValueText(5, 0)).toBe('5 of 10, no effect');
  });
});
