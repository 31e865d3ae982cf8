import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, type LabelInput } from './labels';

const bounds = { x: 0, y: 0, width: 400, height: 300 };
const label = (id: string, cx: number, cy: number, width = 60): LabelInput => ({ id, cx, cy, r: 8, width, height: 16 });

describe('placeLabels', () => {
  it('puts a lone label to the right of its point', () => {
    expect(placeLabels([label('a', 100, 100)], bounds)[0]).toEqual({ id: 'a', box: { x: 112, y: 92, width: 60, height: 16 }, clear: true });
  });

  it('moves a label inside the plot when the right side is outside', () => {
    const [placed] = placeLabels([label('a', 390, 100)], bounds);
    expect(placed!.box.x + placed!.box.width).toBeLessThanOrEqual(400);
    expect(placed!.clear).toBe(true);
  });

  it('keeps two close points’ labels apart', () => {
    const placed = placeLabels([label('a', 100, 100), label('b', 110, 104)], bounds);
    expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
    expect(placed.every((p) => p.clear)).toBe(true);
  });

  it('never overlaps a label with another label or a point when a free spot exists', () => {
    const pts = fc.uniqueArray(
      fc.record({ cx: fc.integer({ min: 20, max: 380 }), cy: fc.integer({ min: 20, max: 280 }) }),
      { minLength: 1, maxLength: 6, selector: (p) => `${Math.round(p.cx / 40)},${Math.round(p.cy / 40)}` },
    );
    fc.assert(
      fc.property(pts, (ps) => {
        const inputs = ps.map((p, i) => label(`p${i}`, p.cx, p.cy, 50));
        const placed = placeLabels(inputs, bounds);
        placed.forEach((a, i) => {
          if (!a.clear) return;
          placed.forEach((b, j) => j !== i && b.clear && expect(overlaps(a.box, b.box)).toBe(false));
          inputs.forEach((p) =>
            expect(overlaps(a.box, { x: p.cx - p.r, y: p.cy - p.r, width: 2 * p.r, height: 2 * p.r })).toBe(false),
          );
        });
      }),
    );
  });

  it('places the six source points of the forces chart clear of each other at projector size', () => {
    // 1280×720 plot area of the chart, roughly 760×460 px; labels at 13 px.
    const W = 760;
    const H = 460;
    const source = [
      ['Monolith', 0.3, 0.2], ['Modular Monolith', 0.4, 0.4], ['SOA', 0.6, 0.5],
      ['Microservices', 0.7, 0.8], ['Serverless', 0.8, 0.9], ['Space-Based', 0.9, 0.7],
    ] as const;
    const inputs = source.map(([name, x, y]) => ({ id: name, cx: x * W, cy: (1 - y) * H, r: 14, width: name.length * 8, height: 18 }));
    expect(placeLabels(inputs, { x: 0, y: 0, width: W, height: H }).every((p) => p.clear)).toBe(true);
  });
});
