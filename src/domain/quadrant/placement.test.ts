import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, overlaps } from './labels';
import { fanOut, MAX_FAN, type Mark, marksOverlap, placeClearLabels, placeQuadrantNames } from './placement';

const bounds: Box = { x: 0, y: 0, width: 600, height: 400 };
const box = (m: Mark): Box => ({ x: m.cx - m.r, y: m.cy - m.r, width: 2 * m.r, height: 2 * m.r });
const inside = (a: Box, b: Box) =>
  a.x >= b.x - 1e-9 && a.y >= b.y - 1e-9 && a.x + a.width <= b.x + b.width + 1e-9 && a.y + a.height <= b.y + b.height + 1e-9;

/** Up to MAX_FAN marks on a few spots, so that many coincide (as options with the same fits do). */
const piles = fc
  .array(
    fc.record({
      spot: fc.integer({ min: 0, max: 5 }),
      jitter: fc.integer({ min: -6, max: 6 }),
      r: fc.integer({ min: 8, max: 22 }),
    }),
    { minLength: 1, maxLength: MAX_FAN },
  )
  .map((ps) =>
    ps.map(
      (p, i): Mark => ({
        id: `m${i}`,
        cx: 60 + (p.spot % 3) * 240 + p.jitter,
        cy: 80 + Math.floor(p.spot / 3) * 240 + p.jitter,
        r: p.r,
      }),
    ),
  );

describe('fanOut', () => {
  it('draws a mark that overlaps nothing where it is', () => {
    const marks: Mark[] = [
      { id: 'a', cx: 100, cy: 100, r: 20 },
      { id: 'b', cx: 300, cy: 100, r: 20 },
    ];
    expect(fanOut(marks, bounds)).toEqual(marks.map((m) => ({ ...m, spot: null })));
  });

  it('sets two coincident marks side by side, each remembering the true spot', () => {
    const [a, b] = fanOut(
      [
        { id: 'a', cx: 200, cy: 200, r: 20 },
        { id: 'b', cx: 200, cy: 200, r: 14 },
      ],
      bounds,
    );
    expect(marksOverlap(a!, b!)).toBe(false);
    expect(a!.cy).toBeCloseTo(200);
    expect(b!.cy).toBeCloseTo(200);
    expect(a!.cx).toBeLessThan(b!.cx);
    expect(a!.spot).toEqual({ x: 200, y: 200 });
    expect(b!.spot).toEqual({ x: 200, y: 200 });
  });

  it('keeps a fan at the plot’s edge inside the plot', () => {
    const marks = fanOut(
      [
        { id: 'a', cx: 0, cy: 0, r: 20 },
        { id: 'b', cx: 0, cy: 0, r: 20 },
        { id: 'c', cx: 0, cy: 0, r: 20 },
      ],
      bounds,
    );
    for (const m of marks) expect(inside(box(m), bounds), m.id).toBe(true);
  });

  it('leaves no two marks overlapping, keeps them in the plot and near their spot (property)', () => {
    fc.assert(
      fc.property(piles, (marks) => {
        const placed = fanOut(marks, bounds);
        placed.forEach((a, i) => {
          expect(inside(box(a), bounds), a.id).toBe(true);
          // A fan's radius is bounded by its size: never far from where the option really is.
          expect(Math.hypot(a.cx - marks[i]!.cx, a.cy - marks[i]!.cy)).toBeLessThan(200);
          placed.forEach((b, j) => {
            if (j > i) expect(marksOverlap(a, b), `${a.id} and ${b.id}`).toBe(false);
          });
        });
      }),
    );
  });
});

describe('placeQuadrantNames', () => {
  const names = ([1, 2, 3, 4] as const).map((quadrant) => ({ quadrant, width: 120, height: 18 }));

  it('puts each name in its outer corner when nothing is there', () => {
    const [q1, q2, q3, q4] = placeQuadrantNames(names, bounds, []);
    expect(q1).toEqual({ x: 470, y: 10, width: 120, height: 18 });
    expect(q2).toEqual({ x: 10, y: 10, width: 120, height: 18 });
    expect(q3).toEqual({ x: 10, y: 372, width: 120, height: 18 });
    expect(q4).toEqual({ x: 470, y: 372, width: 120, height: 18 });
  });

  it('moves a name that a mark would cover to a free corner of the same quadrant', () => {
    const mark = { id: 'serverless', cx: 540, cy: 30, r: 22 };
    const [q1] = placeQuadrantNames(names, bounds, [mark]);
    expect(overlaps(q1!, box(mark))).toBe(false);
    expect(inside(q1!, { x: 300, y: 0, width: 300, height: 200 })).toBe(true);
  });
});

describe('placeClearLabels', () => {
  it('puts a lone label right of its mark, with no leader', () => {
    const [l] = placeClearLabels([{ id: 'a', cx: 100, cy: 100, r: 10 }], [{ id: 'a', width: 60, height: 16 }], bounds);
    expect(l).toEqual({ id: 'a', box: { x: 114, y: 92, width: 60, height: 16 }, leader: null });
  });

  it('no two labels overlap, nor a label a mark or an obstacle, and all stay inside (property)', () => {
    const obstacle: Box = { x: 470, y: 10, width: 120, height: 18 };
    fc.assert(
      fc.property(piles, fc.array(fc.integer({ min: 20, max: 170 }), { minLength: MAX_FAN, maxLength: MAX_FAN }), (raw, widths) => {
        const marks = fanOut(raw, bounds);
        const labels = placeClearLabels(
          marks,
          marks.map((m, i) => ({ id: m.id, width: widths[i]!, height: 17 })),
          bounds,
          [obstacle],
        );
        const boxes = labels.flatMap((l) => (l ? [l.box] : []));
        boxes.forEach((a, i) => {
          expect(inside(a, bounds)).toBe(true);
          expect(overlaps(a, obstacle)).toBe(false);
          for (const m of marks) expect(overlaps(a, box(m))).toBe(false);
          boxes.forEach((b, j) => {
            if (j > i) expect(overlaps(a, b), `labels ${i} and ${j}`).toBe(false);
          });
        });
      }),
    );
  });

  it('labels every one of two coincident options once they are fanned out', () => {
    const marks = fanOut(
      [
        { id: 'monolith', cx: 300, cy: 200, r: 20 },
        { id: 'modular', cx: 300, cy: 200, r: 20 },
      ],
      bounds,
    );
    const labels = placeClearLabels(
      marks,
      [
        { id: 'monolith', width: 70, height: 17 },
        { id: 'modular', width: 130, height: 17 },
      ],
      bounds,
    );
    expect(labels.every((l) => l !== null)).toBe(true);
  });
});
