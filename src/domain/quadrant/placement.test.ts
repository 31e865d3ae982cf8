import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, overlaps } from './labels';
import {
  CROWDED,
  fanOut,
  MAX_FAN,
  type Mark,
  marksOverlap,
  type PlacedMark,
  placeClearLabels,
  placeQuadrantNames,
  spotCorners,
} from './placement';

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

  it('fans out the others when one mark is not on the plane (a NaN coordinate)', () => {
    const [a, b, lost] = fanOut(
      [
        { id: 'a', cx: 200, cy: 200, r: 20 },
        { id: 'b', cx: 200, cy: 200, r: 14 },
        { id: 'lost', cx: Number.NaN, cy: 100, r: 10 },
      ],
      bounds,
    );
    expect(marksOverlap(a!, b!)).toBe(false);
    expect(a!.spot).toEqual({ x: 200, y: 200 });
    expect(lost!.spot).toBeNull();
  });

  it('takes in a mark that a fan reaches, whichever comes first in the list', () => {
    // b and c coincide; fanned side by side, c lands on a (28 px from their spot, clear of it before).
    const a: Mark = { id: 'a', cx: 128, cy: 100, r: 10 };
    const b: Mark = { id: 'b', cx: 100, cy: 100, r: 10 };
    const c: Mark = { id: 'c', cx: 100, cy: 100, r: 10 };
    expect(marksOverlap(a, b)).toBe(false);
    for (const marks of [
      [a, b, c],
      [b, c, a],
    ]) {
      const placed = fanOut(marks, bounds);
      // All three are one pile now, fanned around their mean: each away from its spot, none overlapping.
      for (const m of placed) expect(m.spot, m.id).not.toBeNull();
      placed.forEach((m, i) => {
        for (const n of placed.slice(i + 1)) expect(marksOverlap(m, n), `${m.id} and ${n.id}`).toBe(false);
      });
    }
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

// The placement as first written (Math.hypot per pair, string grid keys, every overlapping pair
// joined each round): the faster fanOut must give exactly its result.
const PLAIN_GAP = 4;
/** Larger piles (only in crowded generated datasets) stay where they are: a fan of them would be a smear. */

function plainOverlap(a: Mark, b: Mark): boolean {
  return Math.hypot(a.cx - b.cx, a.cy - b.cy) < a.r + b.r - 0.5;
}

/** Pairs of overlapping marks, found through a grid (about constant work per mark). */
function overlappingPairs(marks: readonly Mark[]): [number, number][] {
  const size = 2 * Math.max(1, ...marks.map((m) => m.r)) + 1;
  const cells = new Map<string, number[]>();
  const cellOf = (m: Mark) => [Math.floor(m.cx / size), Math.floor(m.cy / size)] as const;
  marks.forEach((m, i) => {
    const [cx, cy] = cellOf(m);
    const key = `${cx},${cy}`;
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  });
  const pairs: [number, number][] = [];
  marks.forEach((m, i) => {
    const [cx, cy] = cellOf(m);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j > i && plainOverlap(m, marks[j] as Mark)) pairs.push([i, j]);
        }
      }
    }
  });
  return pairs;
}

/** Members of one pile placed on a circle around their mean, in the order they lie around it. */
function plainFan(members: readonly Mark[], bounds: Box): { x: number; y: number }[] {
  const k = members.length;
  const mx = members.reduce((s, m) => s + m.cx, 0) / k;
  const my = members.reduce((s, m) => s + m.cy, 0) / k;
  const angle = (m: Mark) => Math.atan2(m.cy - my, m.cx - mx);
  const spread = Math.max(...members.map((m) => Math.hypot(m.cx - mx, m.cy - my)));
  const order = members.map((_, i) => i).sort((a, b) => (spread < 0.5 ? a - b : angle(members[a]!) - angle(members[b]!) || a - b));
  const start = spread < 0.5 ? Math.PI : angle(members[order[0]!]!);
  const maxR = Math.max(...members.map((m) => m.r));
  const radius = (2 * maxR + PLAIN_GAP) / (2 * Math.sin(Math.PI / k));
  const out: { x: number; y: number }[] = new Array(k);
  order.forEach((member, slot) => {
    const a = start + (2 * Math.PI * slot) / k;
    out[member] = { x: mx + radius * Math.cos(a), y: my + radius * Math.sin(a) };
  });
  // The whole fan moves inside the plot when it would stick out.
  const x0 = Math.min(...out.map((p) => p.x - maxR));
  const x1 = Math.max(...out.map((p) => p.x + maxR));
  const y0 = Math.min(...out.map((p) => p.y - maxR));
  const y1 = Math.max(...out.map((p) => p.y + maxR));
  const dx = Math.max(0, bounds.x - x0) - Math.max(0, x1 - (bounds.x + bounds.width));
  const dy = Math.max(0, bounds.y - y0) - Math.max(0, y1 - (bounds.y + bounds.height));
  return out.map((p) => ({ x: p.x + dx, y: p.y + dy }));
}

/**
 * Marks drawn where no two overlap: piles of overlapping marks (up to MAX_FAN) are fanned out around
 * their mean; a fan that then touches another mark takes it in, until nothing overlaps.
 */
function plainFanOut(marks: readonly Mark[], bounds: Box): PlacedMark[] {
  const parent = marks.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    parent[i] = r;
    return r;
  };
  let shown: Mark[] = [...marks];
  for (let round = 0; round < 8; round++) {
    let merged = false;
    for (const [a, b] of overlappingPairs(shown)) {
      const [ra, rb] = [find(a), find(b)];
      if (ra !== rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
        merged = true;
      }
    }
    if (!merged) break;
    const piles = new Map<number, number[]>();
    marks.forEach((_, i) => {
      const root = find(i);
      const pile = piles.get(root);
      if (pile) pile.push(i);
      else piles.set(root, [i]);
    });
    shown = [...marks];
    for (const pile of piles.values()) {
      if (pile.length < 2 || pile.length > MAX_FAN) continue;
      const spots = plainFan(
        pile.map((i) => marks[i] as Mark),
        bounds,
      );
      pile.forEach((i, j) => {
        shown[i] = { ...(marks[i] as Mark), cx: spots[j]!.x, cy: spots[j]!.y };
      });
    }
  }
  return marks.map((m, i) => {
    const s = shown[i] as Mark;
    const moved = Math.hypot(s.cx - m.cx, s.cy - m.cy) > 0.5;
    return { ...m, cx: s.cx, cy: s.cy, spot: moved ? { x: m.cx, y: m.cy } : null };
  });
}

describe('fanOut, as fast as a slider step needs', () => {
  // Crowded charts like the generated 1,000-option dataset: many marks on a few spots and scattered
  // ones, so piles form, fans hit other marks, and some piles are too large to fan.
  const crowd = fc
    .record({
      spots: fc.array(fc.record({ x: fc.integer({ min: 0, max: 600 }), y: fc.integer({ min: 0, max: 400 }) }), {
        minLength: 1,
        maxLength: 8,
      }),
      marks: fc.array(
        fc.record({
          spot: fc.nat(),
          jitter: fc.tuple(fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: -30, max: 30, noNaN: true })),
          r: fc.double({ min: 8, max: 22, noNaN: true }),
          scattered: fc.boolean(),
        }),
        { maxLength: 160 },
      ),
    })
    .map(({ spots, marks }) =>
      marks.map((m, i): Mark => {
        const s = spots[m.spot % spots.length]!;
        return m.scattered
          ? { id: `m${i}`, cx: (m.spot * 37) % 600, cy: (m.spot * 53) % 400, r: m.r }
          : { id: `m${i}`, cx: s.x + m.jitter[0], cy: s.y + m.jitter[1], r: m.r };
      }),
    );

  it('gives exactly what the straightforward placement gives', () => {
    fc.assert(
      fc.property(crowd, (marks) => {
        expect(fanOut(marks, bounds)).toEqual(plainFanOut(marks, bounds));
      }),
      { numRuns: 200 },
    );
  });

  it('marksOverlap answers as Math.hypot does, at the edge too', () => {
    const edge = fc.record({
      dx: fc.integer({ min: -60, max: 60 }),
      dy: fc.integer({ min: -60, max: 60 }),
      r: fc.integer({ min: 0, max: 60 }),
    });
    fc.assert(
      fc.property(edge, fc.double({ min: -1, max: 1, noNaN: true }), ({ dx, dy, r }, nudge) => {
        const a: Mark = { id: 'a', cx: 0, cy: 0, r: r / 2 + 0.25 };
        const b: Mark = { id: 'b', cx: dx + nudge * 1e-7, cy: dy, r: r / 2 };
        expect(marksOverlap(a, b)).toBe(plainOverlap(a, b));
      }),
      { numRuns: 2000 },
    );
    // 3-4-5: exactly at the edge (distance 5, reach 5) is not an overlap.
    expect(marksOverlap({ id: 'a', cx: 0, cy: 0, r: 2.75 }, { id: 'b', cx: 3, cy: 4, r: 2.75 })).toBe(false);
  });
});

describe('placeClearLabels, as fast as a slider step needs', () => {
  /** The spots tried around a mark, in order, as [dx, wx, dy, hy] (written out here, not read from the code). */
  const SPOTS = [
    [1, 0, 0, -0.5],
    [-1, -1, 0, -0.5],
    [0, -0.5, -1, -1],
    [0, -0.5, 1, 0],
    [0.7, 0, -0.7, -1],
    [-0.7, -1, -0.7, -1],
    [0.7, 0, 0.7, 0],
    [-0.7, -1, 0.7, 0],
  ] as const;
  /** How far beyond the mark's edge each ring of spots lies. */
  const RINGS = [4, 16, 32, 52];

  /** The plain version: every spot against every box taken so far, in the same order. */
  function plainClearLabels(
    marks: readonly Mark[],
    labels: readonly { id: string; width: number; height: number }[],
    b: Box,
    obstacles: Box[],
  ) {
    const taken: Box[] = [...obstacles, ...marks.map(box)];
    return labels.map((l, i) => {
      const m = marks[i]!;
      for (const [ring, out] of RINGS.entries()) {
        const d = m.r + out;
        for (const [dx, wx, dy, hy] of SPOTS) {
          const candidate = { x: m.cx + dx * d + wx * l.width, y: m.cy + dy * d + hy * l.height, width: l.width, height: l.height };
          if (candidate.x < b.x || candidate.y < b.y) continue;
          if (candidate.x + candidate.width > b.x + b.width || candidate.y + candidate.height > b.y + b.height) continue;
          if (taken.some((t) => overlaps(candidate, t))) continue;
          taken.push(candidate);
          return { id: l.id, box: candidate, ring };
        }
      }
      return null;
    });
  }

  it(`places exactly as checking every box would, with few marks and with ${CROWDED} or more`, () => {
    const obstacle: Box = { x: 470, y: 10, width: 120, height: 18 };
    const crowded = fc.array(
      fc.record({
        cx: fc.double({ min: -10, max: 610, noNaN: true }),
        cy: fc.double({ min: -10, max: 410, noNaN: true }),
        r: fc.double({ min: 4, max: 22, noNaN: true }),
        w: fc.integer({ min: 10, max: 170 }),
      }),
      { minLength: CROWDED, maxLength: 3 * CROWDED },
    );
    const few = fc.array(
      fc.record({
        cx: fc.integer({ min: 0, max: 600 }),
        cy: fc.integer({ min: 0, max: 400 }),
        r: fc.constant(10),
        w: fc.integer({ min: 10, max: 170 }),
      }),
      {
        maxLength: CROWDED - 1,
      },
    );
    let placedInCrowds = 0;
    fc.assert(
      fc.property(fc.oneof(crowded, few), (pts) => {
        const marks = pts.map((p, i): Mark => ({ id: `m${i}`, cx: p.cx, cy: p.cy, r: p.r }));
        const labels = pts.map((p, i) => ({ id: `m${i}`, width: p.w, height: 17 }));
        const placed = placeClearLabels(marks, labels, bounds, [obstacle]);
        const plain = plainClearLabels(marks, labels, bounds, [obstacle]);
        expect(placed.map((l) => l && { id: l.id, box: l.box })).toEqual(plain.map((l) => l && { id: l.id, box: l.box }));
        // A label farther out than the first ring has a leader line back to its mark.
        expect(placed.map((l) => (l ? l.leader !== null : null))).toEqual(plain.map((l) => (l ? l.ring > 0 : null)));
        if (pts.length >= CROWDED) placedInCrowds += placed.filter((l) => l !== null).length;
      }),
      { numRuns: 150 },
    );
    // The crowded cases placed labels (they tried the raster's "not sure" answers, not only its "taken").
    expect(placedInCrowds).toBeGreaterThan(100);
  });

  it('bounds every spot tried around a mark (spotCorners), whatever the mark and label', () => {
    fc.assert(
      fc.property(
        fc.record({ cx: fc.double({ min: -500, max: 500, noNaN: true }), cy: fc.double({ min: -500, max: 500, noNaN: true }) }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        (c, r, w, h) => {
          const m: Mark = { id: 'm', cx: c.cx, cy: c.cy, r };
          const reach = spotCorners(m, w, h);
          for (const out of RINGS) {
            const d = r + out;
            for (const [dx, wx, dy, hy] of SPOTS) {
              const [x, y] = [m.cx + dx * d + wx * w, m.cy + dy * d + hy * h];
              expect(x).toBeGreaterThanOrEqual(reach.x0 - 1e-9);
              expect(x).toBeLessThanOrEqual(reach.x1 + 1e-9);
              expect(y).toBeGreaterThanOrEqual(reach.y0 - 1e-9);
              expect(y).toBeLessThanOrEqual(reach.y1 + 1e-9);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('places labels narrower than a raster cell as checking every box would (a plot covered with marks)', () => {
    // Marks 16 px apart edge to edge: a label of no width fits on the line between two of them.
    const marks: Mark[] = [];
    for (let cy = 8; cy < 400; cy += 16) for (let cx = 8; cx < 600; cx += 16) marks.push({ id: `${cx},${cy}`, cx, cy, r: 8 });
    for (const width of [1e-17, 2]) {
      const labels = marks.map((m) => ({ id: m.id, width, height: 17 }));
      const placed = placeClearLabels(marks, labels, bounds);
      expect(placed.map((l) => l?.box ?? null)).toEqual(plainClearLabels(marks, labels, bounds, []).map((l) => l?.box ?? null));
    }
  });

  it('finds the one gap left in a chart covered with marks, as checking every box would', () => {
    // Marks edge to edge over the whole plot (20 px squares), but for a gap of three of them: 60 × 20 px.
    const gap = (m: Mark) => m.cy === 210 && m.cx >= 210 && m.cx <= 250;
    const grid: Mark[] = [];
    for (let cy = 10; cy < 400; cy += 20) for (let cx = 10; cx < 600; cx += 20) grid.push({ id: `${cx},${cy}`, cx, cy, r: 10 });
    const beside = grid.find((m) => m.cx === 190 && m.cy === 210)!;
    // The mark left of the gap first: its 56 × 17 label, 4 px right of it, fills the rest of the gap.
    const marks = [beside, ...grid.filter((m) => m !== beside && !gap(m))];
    const labels = marks.map((m) => ({ id: m.id, width: 56, height: 17 }));
    const placed = placeClearLabels(marks, labels, bounds);
    expect(placed[0]?.box).toEqual({ x: 204, y: 201.5, width: 56, height: 17 });
    expect(placed.filter((l) => l !== null)).toHaveLength(1);
    expect(placed.map((l) => l?.box ?? null)).toEqual(plainClearLabels(marks, labels, bounds, []).map((l) => l?.box ?? null));
  });
});
