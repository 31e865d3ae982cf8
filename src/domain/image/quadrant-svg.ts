/**
 * The forces quadrant as a plain SVG image for a slide (16:9, 960×540 CSS px): the title, the four
 * quadrants and their names, the axes' ends, every option as a circle sized and coloured by its score
 * with its name placed clear of the others, and where the team moved a point, the source's position
 * as a dashed ghost. Only rect, circle, line and text: see svg.ts.
 */
import { estimateTextWidth, placeLabels, type Box } from '../quadrant/labels';
import type { Position } from '../quadrant/positions';
import { el, hslHex, svgDocument, text } from './svg';

export interface QuadrantImagePoint {
  id: string;
  name: string;
  x: number;
  y: number;
  /** 0–1; undefined when the option is not ranked. */
  score: number | undefined;
  leader: boolean;
  /** The source's position when the team moved the point away from it. */
  source: Position | null;
}

export interface QuadrantImage {
  title: string;
  subtitle: string;
  axes: { x: { low: string; high: string }; y: { low: string; high: string } };
  /** Names in Mermaid numbering (1 top right, 2 top left, 3 bottom left, 4 bottom right), or null on other axes. */
  quadrants: readonly [string, string, string, string] | null;
  points: readonly QuadrantImagePoint[];
  /** A line under the chart (e.g. what size and colour mean, options that could not be plotted). */
  note: string;
}

export const QUADRANT_IMAGE = { width: 960, height: 540 } as const;

const INK = '#1f2933';
const MUTED = '#52606d';
const FONT = { title: 26, subtitle: 15, axis: 15, quadrant: 15, label: 15, note: 13 } as const;
/** Bold text is wider than the estimate's regular weight. */
const BOLD = 1.12;

/** Colour for a score (the app's scale: light to dark teal, a better fit reads as stronger ink). */
export function scoreFill(score: number | undefined): string {
  if (score === undefined) return '#ffffff';
  const t = Math.min(1, Math.max(0, score));
  return hslHex(186, 60, 78 - t * 50);
}

export function scoreRadius(score: number | undefined): number {
  return score === undefined ? 9 : 8 + 14 * Math.min(1, Math.max(0, score));
}

export interface QuadrantLayout {
  plot: Box;
  points: (QuadrantImagePoint & { cx: number; cy: number; r: number })[];
  labels: { id: string; name: string; box: Box }[];
  names: { text: string; x: number; y: number; anchor: 'start' | 'end'; box: Box }[];
}

/** Where everything goes, in image px: also what the tests check (inside the frame, no overlaps). */
export function layoutQuadrantImage(q: QuadrantImage): QuadrantLayout {
  const { width, height } = QUADRANT_IMAGE;
  const plot: Box = { x: 32, y: 108, width: width - 64, height: height - 108 - 86 };
  const sx = (x: number) => plot.x + x * plot.width;
  const sy = (y: number) => plot.y + (1 - y) * plot.height;
  const pad = 10;
  const fs = FONT.quadrant;
  const names = (q.quadrants ?? []).map((name, i) => {
    const n = i + 1;
    // Quadrant 1's name sits low in its quadrant: the top right corner is where leaders crowd.
    const spot = [
      { x: sx(1) - pad, y: sy(0.5) - pad, anchor: 'end' as const },
      { x: sx(0) + pad, y: sy(1) + pad + fs, anchor: 'start' as const },
      { x: sx(0) + pad, y: sy(0) - pad, anchor: 'start' as const },
      { x: sx(1) - pad, y: sy(0) - pad, anchor: 'end' as const },
    ][n - 1]!;
    const w = estimateTextWidth(name, fs * BOLD);
    return { text: name, ...spot, box: { x: spot.anchor === 'end' ? spot.x - w : spot.x, y: spot.y - fs, width: w, height: fs * 1.3 } };
  });
  const points = q.points.map((p) => ({ ...p, cx: sx(p.x), cy: sy(p.y), r: scoreRadius(p.score) }));
  // Larger (better) points get their label first.
  const order = [...points].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  const placed = placeLabels(
    order.map((p) => ({
      id: p.id,
      cx: p.cx,
      cy: p.cy,
      r: p.r,
      width: estimateTextWidth(p.name, FONT.label * BOLD),
      height: FONT.label * 1.3,
    })),
    plot,
    names.map((n) => n.box),
  );
  const nameOf = new Map(points.map((p) => [p.id, p.name]));
  return { plot, points, labels: placed.map((l) => ({ id: l.id, name: nameOf.get(l.id) ?? l.id, box: l.box })), names };
}

/** The SVG document (without the embedded decision: see withSvgMetadata). */
export function quadrantSvg(q: QuadrantImage): string {
  const { width, height } = QUADRANT_IMAGE;
  const L = layoutQuadrantImage(q);
  const { plot } = L;
  const midX = plot.x + plot.width / 2;
  const midY = plot.y + plot.height / 2;
  const half = { width: plot.width / 2, height: plot.height / 2 };
  const tints = ['#e6f4f1', '#f3f4f6', '#fbfaf5', '#f1f5fb'];
  const parts: string[] = [];

  parts.push(text(32, 42, q.title, { 'font-size': FONT.title, 'font-weight': 700, fill: INK }));
  parts.push(text(32, 68, q.subtitle, { 'font-size': FONT.subtitle, fill: MUTED }));
  // Quadrant backgrounds in Mermaid numbering, then the frame and the midlines.
  const corners = [
    [midX, plot.y],
    [plot.x, plot.y],
    [plot.x, midY],
    [midX, midY],
  ] as const;
  corners.forEach(([x, y], i) => {
    parts.push(el('rect', { x, y, ...half, fill: q.quadrants ? tints[i] : '#ffffff' }));
  });
  parts.push(el('rect', { ...plot, fill: 'none', stroke: '#9aa5b1', 'stroke-width': 1.5 }));
  parts.push(el('line', { x1: midX, x2: midX, y1: plot.y, y2: plot.y + plot.height, stroke: '#9aa5b1', 'stroke-dasharray': '6 4' }));
  parts.push(el('line', { x1: plot.x, x2: plot.x + plot.width, y1: midY, y2: midY, stroke: '#9aa5b1', 'stroke-dasharray': '6 4' }));
  for (const n of L.names) {
    parts.push(text(n.x, n.y, n.text, { 'font-size': FONT.quadrant, 'font-weight': 700, fill: '#7b8794', 'text-anchor': n.anchor }));
  }
  // Axis ends: the y axis's high end above the plot, the x axis's ends and the y axis's low end below.
  const below = plot.y + plot.height;
  parts.push(text(plot.x, plot.y - 10, `↑ ${q.axes.y.high}`, { 'font-size': FONT.axis, fill: INK }));
  parts.push(text(plot.x, below + 22, `← ${q.axes.x.low}`, { 'font-size': FONT.axis, fill: INK }));
  parts.push(text(plot.x + plot.width, below + 22, `${q.axes.x.high} →`, { 'font-size': FONT.axis, fill: INK, 'text-anchor': 'end' }));
  parts.push(text(plot.x, below + 44, `↓ ${q.axes.y.low}`, { 'font-size': FONT.axis, fill: INK }));
  parts.push(text(plot.x, height - 14, q.note, { 'font-size': FONT.note, fill: MUTED }));

  // Ghosts of moved points, under the points.
  for (const p of L.points) {
    if (!p.source) continue;
    const gx = plot.x + p.source.x * plot.width;
    const gy = plot.y + (1 - p.source.y) * plot.height;
    parts.push(el('line', { x1: gx, y1: gy, x2: p.cx, y2: p.cy, stroke: '#7b8794', 'stroke-dasharray': '4 3' }));
    parts.push(el('circle', { cx: gx, cy: gy, r: p.r, fill: 'none', stroke: '#7b8794', 'stroke-dasharray': '4 3' }));
  }
  for (const p of L.points) {
    parts.push(
      el('circle', {
        cx: p.cx,
        cy: p.cy,
        r: p.r,
        fill: scoreFill(p.score),
        stroke: p.leader ? INK : '#3e4c59',
        'stroke-width': p.leader ? 3 : 1.5,
        'stroke-dasharray': p.score === undefined ? '3 3' : undefined,
      }),
    );
  }
  for (const l of L.labels) {
    parts.push(
      text(l.box.x, l.box.y + FONT.label, l.name, {
        'font-size': FONT.label,
        'font-weight': 700,
        fill: INK,
        stroke: '#ffffff',
        'stroke-width': 3,
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
      }),
    );
  }
  return svgDocument(width, height, `${q.title}: ${q.subtitle}`, parts.join(''));
}
