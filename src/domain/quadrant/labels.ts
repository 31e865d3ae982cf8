/**
 * Label placement for chart points: each label goes to the first of eight spots around its point
 * that stays inside the plot and overlaps no point and no label already placed. Greedy, in a fixed
 * order (higher-priority points first), deterministic.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelInput {
  id: string;
  /** Point centre and radius, in pixels. */
  cx: number;
  cy: number;
  r: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /** False when no spot was free: the label sits at its first choice and may overlap. */
  clear: boolean;
}

const GAP = 4;

function candidates(l: LabelInput): Box[] {
  const { cx, cy, r, width: w, height: h } = l;
  const d = r + GAP;
  return [
    { x: cx + d, y: cy - h / 2, width: w, height: h }, // right
    { x: cx - d - w, y: cy - h / 2, width: w, height: h }, // left
    { x: cx - w / 2, y: cy - d - h, width: w, height: h }, // above
    { x: cx - w / 2, y: cy + d, width: w, height: h }, // below
    { x: cx + d * 0.7, y: cy - d * 0.7 - h, width: w, height: h }, // above right
    { x: cx - d * 0.7 - w, y: cy - d * 0.7 - h, width: w, height: h }, // above left
    { x: cx + d * 0.7, y: cy + d * 0.7, width: w, height: h }, // below right
    { x: cx - d * 0.7 - w, y: cy + d * 0.7, width: w, height: h }, // below left
  ];
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(a: Box, bounds: Box): boolean {
  return a.x >= bounds.x && a.y >= bounds.y && a.x + a.width <= bounds.x + bounds.width && a.y + a.height <= bounds.y + bounds.height;
}

function circleBox(l: LabelInput): Box {
  return { x: l.cx - l.r, y: l.cy - l.r, width: 2 * l.r, height: 2 * l.r };
}

/**
 * The boxes already taken, bucketed in a grid so that a candidate is checked only against boxes
 * near it: the same answers as checking every box, in about constant time per candidate instead of
 * time proportional to the number of points (1,000 points: ~16 million checks per placement before).
 */
export class BoxGrid {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly size: number) {}
  private key(cx: number, cy: number): number {
    // Cells are small integers around the plot; pack two into one number key.
    return (cx + 32768) * 65536 + (cy + 32768);
  }
  add(b: Box): void {
    const s = this.size;
    const x1 = Math.floor((b.x + b.width) / s);
    const y1 = Math.floor((b.y + b.height) / s);
    for (let cx = Math.floor(b.x / s); cx <= x1; cx++) {
      for (let cy = Math.floor(b.y / s); cy <= y1; cy++) {
        const k = this.key(cx, cy);
        const cell = this.cells.get(k);
        if (cell) cell.push(b);
        else this.cells.set(k, [b]);
      }
    }
  }
  overlapsAny(b: Box): boolean {
    return this.overlapsRect(b.x, b.y, b.width, b.height);
  }
  /**
   * The same question for a box given by its numbers: placement asks it for up to 32 candidate
   * spots per label on every slider step (1,000 labels), so no box is made for a spot not taken.
   */
  overlapsRect(x: number, y: number, width: number, height: number): boolean {
    const s = this.size;
    const x1 = Math.floor((x + width) / s);
    const y1 = Math.floor((y + height) / s);
    for (let cx = Math.floor(x / s); cx <= x1; cx++) {
      for (let cy = Math.floor(y / s); cy <= y1; cy++) {
        const cell = this.cells.get(this.key(cx, cy));
        if (!cell) continue;
        for (const t of cell) {
          if (x < t.x + t.width && t.x < x + width && y < t.y + t.height && t.y < y + height) return true;
        }
      }
    }
    return false;
  }
}

/**
 * Where fixed boxes (a chart's marks) surely lie, as a raster: a cell of `size` pixels counts when
 * it lies wholly inside one of the boxes, and a summed-area table answers in constant time whether a
 * rectangle shares area with such a cell. When it does, it shares area with that box: the answer
 * "overlaps" is exact. "Not sure" (false) leaves the question to an exact check. In a crowded chart
 * (1,000 marks) most spots tried for a label are taken, and this turns them down without a search.
 */
export class Coverage {
  private readonly sums: Int32Array;
  private readonly cols: number;
  private readonly rows: number;
  constructor(
    private readonly area: Box,
    boxes: readonly Box[],
    private readonly size = 4,
  ) {
    const cols = Math.max(0, Math.ceil(area.width / size));
    const rows = Math.max(0, Math.ceil(area.height / size));
    this.cols = cols;
    this.rows = rows;
    // One table, used three ways: each box added as the four corners of a difference table; summed,
    // that gives each cell's count of boxes wholly around it; then, as 0 or 1, summed again into
    // the summed-area table: sums[j * w + i] = covered cells in columns < i and rows < j. (One
    // buffer, not three: this is made on every slider step.)
    const w = cols + 1;
    const t = new Int32Array(w * (rows + 1));
    for (const b of boxes) {
      const [i0, i1] = this.span(b.x, b.width, this.area.x, cols);
      const [j0, j1] = this.span(b.y, b.height, this.area.y, rows);
      if (i1 <= i0 || j1 <= j0) continue;
      t[j0 * w + i0]!++;
      t[j0 * w + i1]!--;
      t[j1 * w + i0]!--;
      t[j1 * w + i1]!++;
    }
    // Counts, in place: t[j * w + i] becomes the number of boxes wholly around cell (i, j).
    for (let j = 0; j <= rows; j++) {
      for (let i = 0; i <= cols; i++) {
        const k = j * w + i;
        t[k]! += (i > 0 ? t[k - 1]! : 0) + (j > 0 ? t[k - w]! : 0) - (i > 0 && j > 0 ? t[k - w - 1]! : 0);
      }
    }
    // Covered or not, summed into the table from the far corner back, so that each entry is read
    // before it is overwritten: shifted by one row and column (row 0 and column 0 are zero).
    for (let j = rows; j >= 0; j--) {
      for (let i = cols; i >= 0; i--) {
        t[j * w + i] = i > 0 && j > 0 && t[(j - 1) * w + i - 1]! > 0 ? 1 : 0;
      }
    }
    for (let j = 1; j <= rows; j++) {
      for (let i = 1; i <= cols; i++) {
        const k = j * w + i;
        t[k]! += t[k - 1]! + t[k - w]! - t[k - w - 1]!;
      }
    }
    this.sums = t;
  }
  /** The cells lying wholly within [from, from + length] on one axis: [first, end). */
  private span(from: number, length: number, origin: number, cells: number): [number, number] {
    const first = Math.max(0, Math.ceil((from - origin) / this.size));
    const end = Math.min(cells, Math.floor((from + length - origin) / this.size));
    return Number.isFinite(first) && Number.isFinite(end) ? [first, end] : [0, 0];
  }
  /**
   * Where a rectangle at least `width` × `height` could lie without `surelyOverlaps` saying so: such
   * a rectangle shares area with every cell of a run of ceil(width / size) × ceil(height / size)
   * cells that starts at the cell holding its top-left corner, and that run must be free of covered
   * cells. The answer is a summed-area table of the cells where such a free run starts, so that a
   * whole region of corners is ruled out in constant time. Null for a size not larger than a cell.
   */
  clearCorners(width: number, height: number): ClearCorners | null {
    const { size, cols, rows } = this;
    // One cell less than that each way: a margin for rounding in surelyOverlaps' own arithmetic (the
    // answer must never rule out a corner that it would let through). A rectangle no wider or
    // taller than a cell may, rounded, share area with no cell at all: no answer then.
    if (!(width > size && height > size)) return null;
    const runW = Math.ceil(width / size) - 1;
    const runH = Math.ceil(height / size) - 1;
    const w = cols + 1;
    const s = this.sums;
    const starts = new Int32Array(w * (rows + 1));
    // starts[(j + 1) * w + (i + 1)] sums the free runs starting in columns ≤ i and rows ≤ j.
    for (let j = 0; j < rows; j++) {
      for (let i = 0; i < cols; i++) {
        const i1 = i + runW;
        const j1 = j + runH;
        const free = i1 <= cols && j1 <= rows && s[j1 * w + i1]! - s[j * w + i1]! - s[j1 * w + i]! + s[j * w + i]! === 0;
        const k = (j + 1) * w + i + 1;
        starts[k] = (free ? 1 : 0) + starts[k - 1]! + starts[k - w]! - starts[k - w - 1]!;
      }
    }
    return new ClearCorners(this.area, size, cols, rows, starts);
  }
  /** True when the rectangle surely overlaps one of the boxes; false when not sure. */
  surelyOverlaps(x: number, y: number, width: number, height: number): boolean {
    // Every cell the rectangle shares some area with (not only those it wholly holds): a covered
    // cell lies inside a box, so sharing area with it is sharing area with that box. Without making
    // an object per call (up to 32,000 calls per placement).
    const { size, area, cols, rows } = this;
    const i0 = Math.max(0, Math.floor((x - area.x) / size));
    const i1 = Math.min(cols, Math.ceil((x + width - area.x) / size));
    const j0 = Math.max(0, Math.floor((y - area.y) / size));
    const j1 = Math.min(rows, Math.ceil((y + height - area.y) / size));
    if (!(i1 > i0 && j1 > j0)) return false;
    const w = cols + 1;
    const s = this.sums;
    return s[j1 * w + i1]! - s[j0 * w + i1]! - s[j1 * w + i0]! + s[j0 * w + i0]! > 0;
  }
}

/** Coverage.clearCorners' answer: whether a clear rectangle's top-left corner can lie in a region. */
export class ClearCorners {
  constructor(
    private readonly area: Box,
    private readonly size: number,
    private readonly cols: number,
    private readonly rows: number,
    private readonly starts: Int32Array,
  ) {}
  /**
   * False when no rectangle of the size asked for, with its top-left corner at x0–x1, y0–y1 (pixels,
   * inclusive), can be clear of the covered cells: every such rectangle surely overlaps a box. True
   * when one may be clear.
   */
  mayFit(x0: number, y0: number, x1: number, y1: number): boolean {
    const { size, area, cols, rows } = this;
    // Corners outside the area belong to no cell: spots that far out are turned down as outside.
    const i0 = Math.max(0, Math.floor((x0 - area.x) / size));
    const i1 = Math.min(cols - 1, Math.floor((x1 - area.x) / size));
    const j0 = Math.max(0, Math.floor((y0 - area.y) / size));
    const j1 = Math.min(rows - 1, Math.floor((y1 - area.y) / size));
    // A NaN bound leaves the question open (true), as "not sure" does everywhere here.
    if (!(i1 >= i0 && j1 >= j0)) return !(i1 < i0 || j1 < j0);
    const w = cols + 1;
    const t = this.starts;
    return t[(j1 + 1) * w + i1 + 1]! - t[j0 * w + i1 + 1]! - t[(j1 + 1) * w + i0]! + t[j0 * w + i0]! > 0;
  }
}

export function placeLabels(labels: readonly LabelInput[], bounds: Box, obstacles: readonly Box[] = []): PlacedLabel[] {
  const taken = new BoxGrid(48);
  for (const b of obstacles) taken.add(b);
  for (const l of labels) taken.add(circleBox(l));
  return labels.map((l) => {
    const options = candidates(l);
    const free = options.find((b) => inside(b, bounds) && !taken.overlapsAny(b));
    const box = free ?? options.find((b) => inside(b, bounds)) ?? (options[0] as Box);
    taken.add(box);
    return { id: l.id, box, clear: free !== undefined };
  });
}

/** A width estimate for a label in a sans-serif font (no DOM measuring on the render path). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.6) + 2;
}
