/**
 * Where the quadrant's marks, point labels and quadrant names go so that nothing hides anything:
 * - marks that would overlap are fanned out around their common spot (the view draws a leader line
 *   back to the true spot), so two options with the same fits are both seen;
 * - each quadrant's name takes the first corner of its quadrant that no mark covers;
 * - each point's label takes the first free spot around its mark, farther out with a leader line if
 *   it must, and is left out when there is none (the point keeps its name on hover, on focus and in
 *   the table): a label never overlaps a mark, another label or a quadrant name.
 * Pure and deterministic, in pixels.
 */
import { type Box, BoxGrid, Coverage, overlaps } from './labels';

export interface Mark {
  id: string;
  cx: number;
  cy: number;
  r: number;
}

export interface PlacedMark extends Mark {
  /** The true spot, when the mark was fanned out away from it; null when it is drawn there. */
  spot: { x: number; y: number } | null;
}

/** Room between fanned-out marks, in pixels. */
const GAP = 4;
/** Larger piles (only in crowded generated datasets) stay where they are: a fan of them would be a smear. */
export const MAX_FAN = 12;

export function marksOverlap(a: Mark, b: Mark): boolean {
  const reach = a.r + b.r - 0.5;
  if (!(reach > 0)) return false;
  // Squared distances decide all but a hair-thin band around the edge, where Math.hypot (the
  // definition) decides: the same answers as hypot alone, without its cost for 1,000s of pairs.
  const dx = a.cx - b.cx;
  const dy = a.cy - b.cy;
  const d2 = dx * dx + dy * dy;
  const r2 = reach * reach;
  if (d2 > r2 * (1 + 1e-9)) return false;
  if (d2 < r2 * (1 - 1e-9)) return true;
  return Math.hypot(dx, dy) < reach;
}

function markBox(m: Mark): Box {
  return { x: m.cx - m.r, y: m.cy - m.r, width: 2 * m.r, height: 2 * m.r };
}

/**
 * Each pair of overlapping marks, found through a grid (about constant work per mark), unless
 * `known(i, j)` says the pair is already accounted for (then it is not measured). The grid is flat:
 * marks sorted into their cells by counting (typed arrays, no map or array per cell), as this runs
 * on every slider step for up to 1,000s of marks. With `only`, just the pairs with at least one
 * mark for which `only` is true (each pair once, as (smaller index, larger index)).
 */
function forEachOverlap(
  marks: readonly Mark[],
  known: (i: number, j: number) => boolean,
  visit: (i: number, j: number) => void,
  only?: (i: number) => boolean,
): void {
  const n = marks.length;
  // A mark not on the plane (a coordinate or radius NaN or infinite) is left out: it overlaps nothing
  // that matters, and it must not stretch the grid or stop the others being compared.
  const onPlane = (m: Mark) => Number.isFinite(m.cx) && Number.isFinite(m.cy) && Number.isFinite(m.r);
  let maxR = 1;
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const m of marks) {
    if (!onPlane(m)) continue;
    maxR = Math.max(maxR, m.r);
    x0 = Math.min(x0, m.cx);
    y0 = Math.min(y0, m.cy);
    x1 = Math.max(x1, m.cx);
    y1 = Math.max(y1, m.cy);
  }
  if (!(x1 >= x0 && y1 >= y0) || !Number.isFinite(x1 - x0) || !Number.isFinite(y1 - y0)) return;
  // Cells at least as wide as any two marks' reach: overlapping marks are in the same or adjacent
  // cells. At most 1,024 a side (wider cells when the marks lie far apart).
  const size = Math.max(2 * maxR + 1, (x1 - x0) / 1024, (y1 - y0) / 1024);
  const cols = Math.floor((x1 - x0) / size) + 1;
  const rows = Math.floor((y1 - y0) / size) + 1;
  const cellOf = new Int32Array(n).fill(-1);
  const start = new Int32Array(cols * rows + 1);
  marks.forEach((m, i) => {
    if (!onPlane(m)) return;
    const c = Math.floor((m.cy - y0) / size) * cols + Math.floor((m.cx - x0) / size);
    cellOf[i] = c;
    start[c + 1]!++;
  });
  for (let c = 0; c < cols * rows; c++) start[c + 1]! += start[c]!;
  // Each cell's marks, in index order.
  const members = new Int32Array(n);
  const fill = start.slice(0, cols * rows);
  for (let i = 0; i < n; i++) {
    const c = cellOf[i]!;
    if (c >= 0) members[fill[c]!++] = i;
  }
  for (let i = 0; i < n; i++) {
    const c = cellOf[i]!;
    if (c < 0 || (only && !only(i))) continue;
    const m = marks[i] as Mark;
    const col = c % cols;
    const row = (c - col) / cols;
    for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
      for (let k = Math.max(0, col - 1); k <= Math.min(cols - 1, col + 1); k++) {
        const cell = r * cols + k;
        for (let at = start[cell]!; at < start[cell + 1]!; at++) {
          const j = members[at]!;
          if (j > i) {
            if (!known(i, j) && marksOverlap(m, marks[j] as Mark)) visit(i, j);
          } else if (only && j < i && !only(j)) {
            // A pair whose smaller index does not count is found from its larger one.
            if (!known(j, i) && marksOverlap(marks[j] as Mark, m)) visit(j, i);
          }
        }
      }
    }
  }
}

/** Members of one pile placed on a circle around their mean, in the order they lie around it. */
function fan(members: readonly Mark[], bounds: Box): { x: number; y: number }[] {
  const k = members.length;
  const mx = members.reduce((s, m) => s + m.cx, 0) / k;
  const my = members.reduce((s, m) => s + m.cy, 0) / k;
  const angle = (m: Mark) => Math.atan2(m.cy - my, m.cx - mx);
  const spread = Math.max(...members.map((m) => Math.hypot(m.cx - mx, m.cy - my)));
  const order = members.map((_, i) => i).sort((a, b) => (spread < 0.5 ? a - b : angle(members[a]!) - angle(members[b]!) || a - b));
  const start = spread < 0.5 ? Math.PI : angle(members[order[0]!]!);
  const maxR = Math.max(...members.map((m) => m.r));
  const radius = (2 * maxR + GAP) / (2 * Math.sin(Math.PI / k));
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
export function fanOut(marks: readonly Mark[], bounds: Box): PlacedMark[] {
  const parent = marks.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    // Every mark on the way now points at the root (a pile of 1,000 marks is walked 1,000s of times).
    for (let k = i; parent[k] !== r; ) {
      const next = parent[k]!;
      parent[k] = r;
      k = next;
    }
    return r;
  };
  let shown: Mark[] = [...marks];
  for (let round = 0; round < 8; round++) {
    let merged = false;
    // A pair already in one pile changes nothing: it is not measured again (the piles come out the
    // same as joining every overlapping pair found in this round). After the first round, two marks
    // that are both where they started were measured there (and joined if they overlap): only pairs
    // with a mark fanned away from its spot can be new.
    const moved = round === 0 ? undefined : (i: number) => shown[i] !== marks[i];
    forEachOverlap(
      shown,
      (a, b) => find(a) === find(b),
      (a, b) => {
        const [ra, rb] = [find(a), find(b)];
        if (ra !== rb) {
          parent[Math.max(ra, rb)] = Math.min(ra, rb);
          merged = true;
        }
      },
      moved,
    );
    if (!merged) break;
    const piles = new Map<number, number[]>();
    marks.forEach((_, i) => {
      const root = find(i);
      const pile = piles.get(root);
      if (pile) pile.push(i);
      else piles.set(root, [i]);
    });
    shown = [...marks];
    let fanned = false;
    for (const pile of piles.values()) {
      if (pile.length < 2 || pile.length > MAX_FAN) continue;
      fanned = true;
      const spots = fan(
        pile.map((i) => marks[i] as Mark),
        bounds,
      );
      pile.forEach((i, j) => {
        shown[i] = { ...(marks[i] as Mark), cx: spots[j]!.x, cy: spots[j]!.y };
      });
    }
    // Nothing moved (every pile is one mark or too large to fan): the next round would measure the
    // same marks and find only pairs already joined. Common in a crowded chart (1,000 options).
    if (!fanned) break;
  }
  return marks.map((m, i) => {
    const s = shown[i] as Mark;
    const moved = Math.hypot(s.cx - m.cx, s.cy - m.cy) > 0.5;
    return { ...m, cx: s.cx, cy: s.cy, spot: moved ? { x: m.cx, y: m.cy } : null };
  });
}

export interface QuadrantNameInput {
  /** Mermaid numbering: 1 top right, 2 top left, 3 bottom left, 4 bottom right. */
  quadrant: 1 | 2 | 3 | 4;
  width: number;
  height: number;
}

/**
 * Each quadrant's name in the first corner of its quadrant that no mark covers: its outer corner
 * (where the source puts it) first, then the other corner along the same edge, then the two inner ones.
 */
export function placeQuadrantNames(names: readonly QuadrantNameInput[], area: Box, marks: readonly Mark[], inset = 10): Box[] {
  const halfW = area.width / 2;
  const halfH = area.height / 2;
  return names.map((n) => {
    const right = n.quadrant === 1 || n.quadrant === 4;
    const top = n.quadrant === 1 || n.quadrant === 2;
    const qx = area.x + (right ? halfW : 0);
    const qy = area.y + (top ? 0 : halfH);
    const xs = { outer: right ? qx + halfW - inset - n.width : qx + inset, inner: right ? qx + inset : qx + halfW - inset - n.width };
    const ys = { outer: top ? qy + inset : qy + halfH - inset - n.height, inner: top ? qy + halfH - inset - n.height : qy + inset };
    const corners: Box[] = [
      { x: xs.outer, y: ys.outer, width: n.width, height: n.height },
      { x: xs.inner, y: ys.outer, width: n.width, height: n.height },
      { x: xs.outer, y: ys.inner, width: n.width, height: n.height },
      { x: xs.inner, y: ys.inner, width: n.width, height: n.height },
    ];
    return corners.find((c) => !marks.some((m) => overlaps(c, markBox(m)))) ?? (corners[0] as Box);
  });
}

export interface LabelRequest {
  id: string;
  width: number;
  height: number;
}

export interface ClearLabel {
  id: string;
  box: Box;
  /** A line from the mark to its label, when the label had to sit farther out. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** From this many marks on, label placement first asks a raster of the marks (see Coverage). */
export const CROWDED = 64;

/** How far beyond the mark's edge each ring of candidate spots lies. */
const RINGS = [4, 16, 32, 52];

/**
 * The candidate spots around a mark at distance d beyond its edge, in the order they are tried:
 * right, left, above, below, then the four diagonals (above right, above left, below right, below
 * left). As offsets of the box's corner from the mark's centre, per unit of d, of w and of h: four
 * numbers a spot (dx, wx, dy, hy), flat, so that trying 1,000s of spots a slider step allocates nothing.
 */
// biome-ignore format: one spot per row
const SPOTS: readonly number[] = [
  1, 0, 0, -0.5, // right
  -1, -1, 0, -0.5, // left
  0, -0.5, -1, -1, // above
  0, -0.5, 1, 0, // below
  0.7, 0, -0.7, -1, // above right
  -0.7, -1, -0.7, -1, // above left
  0.7, 0, 0.7, 0, // below right
  -0.7, -1, 0.7, 0, // below left
];

/** The extremes of the spots' four numbers: bounds on where any spot's corner can be. */
const spotRange = (k: number) => {
  const of = SPOTS.filter((_, i) => i % 4 === k);
  return [Math.min(...of), Math.max(...of)] as const;
};
const [DX, WX, DY, HY] = [spotRange(0), spotRange(1), spotRange(2), spotRange(3)];
/** The least of a × b for a in [a0, a1] and b in [b0, b1]: at a corner, whatever the signs. */
const leastProduct = (a0: number, a1: number, b0: number, b1: number) => Math.min(a0 * b0, a0 * b1, a1 * b0, a1 * b1);
/** The most of a × b for a in [a0, a1] and b in [b0, b1]. */
const mostProduct = (a0: number, a1: number, b0: number, b1: number) => Math.max(a0 * b0, a0 * b1, a1 * b0, a1 * b1);

/**
 * Where the top-left corner of a w × h label can be, over all the spots tried around mark m: the
 * corner is m + dx·d + wx·w (and the same in y), d from the nearest ring to the farthest, so it lies
 * within these bounds (inclusive).
 */
export function spotCorners(m: Mark, w: number, h: number): { x0: number; y0: number; x1: number; y1: number } {
  const d0 = m.r + (RINGS[0] as number);
  const d1 = m.r + (RINGS[RINGS.length - 1] as number);
  return {
    x0: m.cx + leastProduct(DX[0], DX[1], d0, d1) + leastProduct(WX[0], WX[1], w, w),
    x1: m.cx + mostProduct(DX[0], DX[1], d0, d1) + mostProduct(WX[0], WX[1], w, w),
    y0: m.cy + leastProduct(DY[0], DY[1], d0, d1) + leastProduct(HY[0], HY[1], h, h),
    y1: m.cy + mostProduct(DY[0], DY[1], d0, d1) + mostProduct(HY[0], HY[1], h, h),
  };
}

/** From the mark's edge to the nearest point of the label's box. */
function leaderTo(m: Mark, b: Box): ClearLabel['leader'] {
  const x2 = Math.min(Math.max(m.cx, b.x), b.x + b.width);
  const y2 = Math.min(Math.max(m.cy, b.y), b.y + b.height);
  const len = Math.hypot(x2 - m.cx, y2 - m.cy) || 1;
  return { x1: m.cx + ((x2 - m.cx) / len) * m.r, y1: m.cy + ((y2 - m.cy) / len) * m.r, x2, y2 };
}

/**
 * Labels in the order given (the most important first), each at the first free spot around its mark,
 * inside the bounds and clear of every mark, every obstacle and every label placed before it; null
 * when there is no such spot. `labels[i]` belongs to `marks[i]`.
 */
export function placeClearLabels(
  marks: readonly Mark[],
  labels: readonly LabelRequest[],
  bounds: Box,
  obstacles: readonly Box[] = [],
): (ClearLabel | null)[] {
  const taken = new BoxGrid(48);
  const fixed = [...obstacles, ...marks.map(markBox)];
  for (const b of fixed) taken.add(b);
  // In a crowded chart most spots lie on a mark: turned down at once by the raster of marks.
  const covered = marks.length >= CROWDED ? new Coverage(bounds, fixed) : null;
  // And where no label, not even the smallest, can lie clear of the marks anywhere around a mark, its
  // label is not tried at all: in a chart covered with marks (1,000 options), that is every label.
  let narrowest = Number.POSITIVE_INFINITY;
  let lowest = Number.POSITIVE_INFINITY;
  for (const l of labels) {
    narrowest = Math.min(narrowest, l.width);
    lowest = Math.min(lowest, l.height);
  }
  const corners = covered?.clearCorners(narrowest, lowest) ?? null;
  const right = bounds.x + bounds.width;
  const bottom = bounds.y + bounds.height;
  return labels.map((l, i) => {
    const m = marks[i] as Mark;
    const { width: w, height: h } = l;
    if (corners) {
      const reach = spotCorners(m, w, h);
      if (!corners.mayFit(reach.x0, reach.y0, reach.x1, reach.y1)) return null;
    }
    for (let ring = 0; ring < RINGS.length; ring++) {
      const d = m.r + (RINGS[ring] as number);
      for (let s = 0; s < SPOTS.length; s += 4) {
        const x = m.cx + (SPOTS[s] as number) * d + (SPOTS[s + 1] as number) * w;
        const y = m.cy + (SPOTS[s + 2] as number) * d + (SPOTS[s + 3] as number) * h;
        if (x < bounds.x || y < bounds.y || x + w > right || y + h > bottom) continue;
        if (covered?.surelyOverlaps(x, y, w, h) || taken.overlapsRect(x, y, w, h)) continue;
        const box = { x, y, width: w, height: h };
        taken.add(box);
        return { id: l.id, box, leader: ring === 0 ? null : leaderTo(m, box) };
      }
    }
    return null;
  });
}
