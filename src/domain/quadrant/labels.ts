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
