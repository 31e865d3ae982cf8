import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Coverage, overlaps, placeLabels, type Box, type LabelInput } from './labels';

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
    const pts = fc.uniqueArray(fc.record({ cx: fc.integer({ min: 20, max: 380 }), cy: fc.integer({ min: 20, max: 280 }) }), {
      minLength: 1,
      maxLength: 6,
      selector: (p) => `${Math.round(p.cx / 40)},${Math.round(p.cy / 40)}`,
    });
    fc.assert(
      fc.property(pts, (ps) => {
        const inputs = ps.map((p, i) => label(`p${i}`, p.cx, p.cy, 50));
        const placed = placeLabels(inputs, bounds);
        placed.forEach((a, i) => {
          if (!a.clear) return;
          placed.forEach((b, j) => {
            if (j !== i && b.clear) expect(overlaps(a.box, b.box)).toBe(false);
          });
          for (const p of inputs) {
            expect(overlaps(a.box, { x: p.cx - p.r, y: p.cy - p.r, width: 2 * p.r, height: 2 * p.r })).toBe(false);
          }
        });
      }),
    );
  });

  it('places the six source points of the forces chart clear of each other at projector size', () => {
    // 1280×720 plot area of the chart, roughly 760×460 px; labels at 13 px.
    const W = 760;
    const H = 460;
    const source = [
      ['Monolith', 0.3, 0.2],
      ['Modular Monolith', 0.4, 0.4],
      ['SOA', 0.6, 0.5],
      ['Microservices', 0.7, 0.8],
      ['Serverless', 0.8, 0.9],
      ['Space-Based', 0.9, 0.7],
    ] as const;
    const inputs = source.map(([name, x, y]) => ({ id: name, cx: x * W, cy: (1 - y) * H, r: 14, width: name.length * 8, height: 18 }));
    expect(placeLabels(inputs, { x: 0, y: 0, width: W, height: H }).every((p) => p.clear)).toBe(true);
  });
});

describe('placeLabels at scale', () => {
  /** The plain version (every candidate against every taken box), to check the grid-indexed one. */
  function naive(labels: LabelInput[], b: typeof bounds) {
    const inside = (a: { x: number; y: number; width: number; height: number }) =>
      a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
    const taken = labels.map((l) => ({ x: l.cx - l.r, y: l.cy - l.r, width: 2 * l.r, height: 2 * l.r }));
    return labels.map((l) => {
      const d = l.r + 4;
      const { cx, cy, width: w, height: h } = l;
      const options = [
        { x: cx + d, y: cy - h / 2 },
        { x: cx - d - w, y: cy - h / 2 },
        { x: cx - w / 2, y: cy - d - h },
        { x: cx - w / 2, y: cy + d },
        { x: cx + d * 0.7, y: cy - d * 0.7 - h },
        { x: cx - d * 0.7 - w, y: cy - d * 0.7 - h },
        { x: cx + d * 0.7, y: cy + d * 0.7 },
        { x: cx - d * 0.7 - w, y: cy + d * 0.7 },
      ].map((o) => ({ ...o, width: w, height: h }));
      const free = options.find((o) => inside(o) && !taken.some((t) => overlaps(o, t)));
      const box = free ?? options.find(inside) ?? options[0]!;
      taken.push(box);
      return { id: l.id, box, clear: free !== undefined };
    });
  }

  it('places exactly as checking every box would, for many crowded points', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cx: fc.integer({ min: 0, max: 400 }),
            cy: fc.integer({ min: 0, max: 300 }),
            r: fc.integer({ min: 4, max: 22 }),
            w: fc.integer({ min: 10, max: 120 }),
          }),
          { maxLength: 150 },
        ),
        (pts) => {
          const labels = pts.map((p, i) => ({ id: `p${i}`, cx: p.cx, cy: p.cy, r: p.r, width: p.w, height: 17 }));
          expect(placeLabels(labels, bounds)).toEqual(naive(labels, bounds));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('Coverage.clearCorners', () => {
  // Boxes over a 200 × 120 area (4 px cells), some reaching past its edges.
  const boxes = fc.array(
    fc.record({
      x: fc.integer({ min: -20, max: 200 }),
      y: fc.integer({ min: -20, max: 120 }),
      width: fc.integer({ min: 4, max: 60 }),
      height: fc.integer({ min: 4, max: 60 }),
    }),
    { maxLength: 25 },
  );
  const area: Box = { x: 10, y: 20, width: 200, height: 120 };

  it('says a corner may fit exactly where a free run of cells starts, cell by cell', () => {
    fc.assert(
      fc.property(boxes, fc.integer({ min: 5, max: 40 }), fc.integer({ min: 5, max: 24 }), (bs, w, h) => {
        const coverage = new Coverage(area, bs);
        const corners = coverage.clearCorners(w, h)!;
        const cols = Math.ceil(area.width / 4);
        const rows = Math.ceil(area.height / 4);
        // A cell counts as covered when a dot in its middle surely overlaps a box.
        const covered = (i: number, j: number) => coverage.surelyOverlaps(area.x + i * 4 + 1.5, area.y + j * 4 + 1.5, 1, 1);
        const [runW, runH] = [Math.ceil(w / 4) - 1, Math.ceil(h / 4) - 1];
        for (let j = 0; j < rows; j++) {
          for (let i = 0; i < cols; i++) {
            let free = i + runW <= cols && j + runH <= rows;
            for (let b = j; free && b < j + runH; b++) for (let a = i; free && a < i + runW; a++) if (covered(a, b)) free = false;
            const x = area.x + i * 4 + 2;
            const y = area.y + j * 4 + 2;
            expect(corners.mayFit(x, y, x, y), `cell ${i}, ${j}`).toBe(free);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('answers for a region as for any cell in it, and never rules out a spot the raster lets through', () => {
    fc.assert(
      fc.property(
        boxes,
        fc.integer({ min: 5, max: 40 }),
        fc.record({ x: fc.double({ min: -30, max: 230, noNaN: true }), y: fc.double({ min: -30, max: 150, noNaN: true }) }),
        fc.record({ w: fc.double({ min: 0, max: 80, noNaN: true }), h: fc.double({ min: 0, max: 50, noNaN: true }) }),
        (bs, w, from, span) => {
          const h = 17;
          const coverage = new Coverage(area, bs);
          const corners = coverage.clearCorners(w, h)!;
          const [x1, y1] = [from.x + span.w, from.y + span.h];
          // Every corner on a grid of the region, and its edges: one the raster lets through means "may fit".
          let through = false;
          for (let x = from.x; x <= x1 && !through; x += Math.max(0.5, span.w / 40)) {
            for (let y = from.y; y <= y1 && !through; y += Math.max(0.5, span.h / 40)) {
              const inside = x >= area.x && y >= area.y && x + w <= area.x + area.width && y + h <= area.y + area.height;
              if (inside && !coverage.surelyOverlaps(x, y, w, h)) through = true;
            }
          }
          if (through) expect(corners.mayFit(from.x, from.y, x1, y1)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives no answer for a rectangle no larger than a cell', () => {
    const coverage = new Coverage(area, [{ x: 0, y: 0, width: 300, height: 300 }]);
    expect(coverage.clearCorners(4, 17)).toBeNull();
    expect(coverage.clearCorners(17, 1e-17)).toBeNull();
    expect(coverage.clearCorners(Number.NaN, 17)).toBeNull();
    expect(coverage.clearCorners(4.01, 4.01)).not.toBeNull();
  });
});
