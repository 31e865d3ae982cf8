/**
 * The migration graph as a plain SVG image for a slide, 960 CSS px wide: a title naming the path, the
 * whole graph laid out as in the app (dagre, turned to fit 16:9, the team's own node placements
 * kept), the path drawn thick, where the team is and the target marked, and a legend. Only rect,
 * path and text: see svg.ts.
 */
import { estimateTextWidth, type Box } from '../quadrant/labels';
import type { MigrationGraph } from '../graph/graph';
import { layoutToFit, type NodeBox } from '../graph/layout';
import { el, svgDocument, text } from './svg';

export interface GraphImage {
  title: string;
  subtitle: string;
  graph: MigrationGraph;
  current: string | null;
  target: string | null;
  /** The edges of the path shown, in order. */
  pathEdges: readonly string[];
}

/** Node and edge-label sizes in graph units: the app's (graph-canvas.tsx). */
export const GRAPH_NODE: NodeBox = { width: 180, height: 56 };
export const GRAPH_EDGE_LABEL: NodeBox = { width: 190, height: 30 };
const WIDTH = 960;
const MAX_HEIGHT = 540;
const HEAD = 84;
const LEGEND = 44;
const MARGIN = 24;
const INK = '#1f2933';
const MUTED = '#52606d';
const EDGE = '#7b8794';
const PATH = '#0e7c86';
const CURRENT = { fill: '#fff4d6', stroke: '#b7791f' };
const TARGET = { fill: '#d9f2ef', stroke: PATH };
const NODE_FONT = 18;
const EDGE_FONT = 16;

export interface GraphImageLayout {
  width: number;
  height: number;
  /** Graph units → image px. */
  scale: number;
  offset: { x: number; y: number };
  direction: 'LR' | 'TB';
  /** A label too long for one line at a readable size is split in two. */
  nodes: { id: string; label: string; lines: string[]; box: Box; fontSize: number }[];
  edges: { id: string; points: { x: number; y: number }[]; label: string | null; labelBox: Box | null; onPath: boolean }[];
}

/** A font size at which `label` fits `width` (never above `max`). */
function fitFont(label: string, width: number, max: number): number {
  const at = estimateTextWidth(label, max);
  return at <= width ? max : Math.max(8, Math.floor((max * width) / at));
}

/** The node label in one line, or two when that draws it larger (split at the space nearest its middle). */
function nodeText(label: string, box: Box, max: number): { lines: string[]; fontSize: number } {
  const width = box.width * (1 - 16 / GRAPH_NODE.width);
  const one = fitFont(label, width, max);
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index);
  if (one >= max * 0.85 || spaces.length === 0) return { lines: [label], fontSize: one };
  const middle = spaces.reduce((a, b) => (Math.abs(b - label.length / 2) < Math.abs(a - label.length / 2) ? b : a));
  const lines = [label.slice(0, middle), label.slice(middle + 1)];
  const two = Math.min(...lines.map((l) => fitFont(l, width, max)), Math.floor((box.height * 0.8) / 2.3));
  return two > one ? { lines, fontSize: two } : { lines: [label], fontSize: one };
}

/** Where the side of `box` facing `toward` is met by the line from its centre. */
function border(box: Box, toward: { x: number; y: number }): { x: number; y: number } {
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const t = Math.min(Math.abs(box.width / 2 / (dx || 1e-9)), Math.abs(box.height / 2 / (dy || 1e-9)));
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/** Every node and edge in image px. */
export function layoutGraphImage(g: GraphImage): GraphImageLayout {
  const fitted = layoutToFit(g.graph, () => GRAPH_NODE, 16 / 9, GRAPH_EDGE_LABEL);
  const { bounds } = fitted;
  const room = { width: WIDTH - 2 * MARGIN, height: MAX_HEIGHT - HEAD - LEGEND - MARGIN };
  const scale = Math.min(1, room.width / Math.max(bounds.width, 1), room.height / Math.max(bounds.height, 1));
  const drawn = { width: bounds.width * scale, height: bounds.height * scale };
  const height = Math.max(300, Math.ceil(HEAD + drawn.height + MARGIN + LEGEND));
  const offset = {
    x: (WIDTH - drawn.width) / 2 - bounds.x * scale,
    y: HEAD + (height - HEAD - LEGEND - drawn.height) / 2 - bounds.y * scale,
  };
  const at = (p: { x: number; y: number }) => ({ x: offset.x + p.x * scale, y: offset.y + p.y * scale });
  const boxOf = new Map<string, Box>();
  const nodes = g.graph.nodes.flatMap((n) => {
    const p = fitted.positions[n.id];
    if (!p) return [];
    const box = { ...at(p), width: GRAPH_NODE.width * scale, height: GRAPH_NODE.height * scale };
    boxOf.set(n.id, box);
    return [{ id: n.id, label: n.label, box, ...nodeText(n.label, box, NODE_FONT * scale) }];
  });
  const onPath = new Set(g.pathEdges);
  const edges = g.graph.edges.flatMap((e) => {
    const a = boxOf.get(e.from);
    const b = boxOf.get(e.to);
    if (!a || !b) return [];
    const route = fitted.routes[e.id];
    const bends = (route?.points ?? []).map(at);
    const centre = (x: Box) => ({ x: x.x + x.width / 2, y: x.y + x.height / 2 });
    const start = border(a, bends[0] ?? centre(b));
    const end = border(b, bends.at(-1) ?? centre(a));
    const mid = route ? at(route.label) : { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
    let labelBox: Box | null = null;
    if (e.label) {
      const w = Math.min(GRAPH_EDGE_LABEL.width * scale, estimateTextWidth(e.label, EDGE_FONT * scale) + 10 * scale);
      const h = GRAPH_EDGE_LABEL.height * scale * 0.9;
      labelBox = { x: mid.x - w / 2, y: mid.y - h / 2, width: w, height: h };
    }
    return [{ id: e.id, points: [start, ...bends, end], label: e.label, labelBox, onPath: onPath.has(e.id) }];
  });
  return { width: WIDTH, height, scale, offset, direction: fitted.direction, nodes, edges };
}

const f = (v: number) => Math.round(v * 100) / 100;

/** An arrowhead at the end of the last segment, as a filled triangle (no markers: drawn the same everywhere). */
function arrowHead(points: { x: number; y: number }[], size: number): string {
  const end = points.at(-1)!;
  const from = points.at(-2) ?? end;
  const len = Math.hypot(end.x - from.x, end.y - from.y) || 1;
  const ux = (end.x - from.x) / len;
  const uy = (end.y - from.y) / len;
  const bx = end.x - ux * size;
  const by = end.y - uy * size;
  const w = size * 0.55;
  return `M${f(end.x)} ${f(end.y)}L${f(bx - uy * w)} ${f(by + ux * w)}L${f(bx + uy * w)} ${f(by - ux * w)}Z`;
}

/** The SVG document (without the embedded decision: see withSvgMetadata). */
export function graphSvg(g: GraphImage): string {
  const L = layoutGraphImage(g);
  const s = L.scale;
  const parts: string[] = [];
  parts.push(text(MARGIN, 40, g.title, { 'font-size': 26, 'font-weight': 700, fill: INK }));
  parts.push(text(MARGIN, 66, g.subtitle, { 'font-size': 15, fill: MUTED }));

  // Path edges last, so they are drawn over the others.
  for (const e of [...L.edges].sort((a, b) => Number(a.onPath) - Number(b.onPath))) {
    const colour = e.onPath ? PATH : EDGE;
    const width = (e.onPath ? 4 : 2) * s;
    const head = (e.onPath ? 16 : 12) * s;
    const pts = e.points.slice();
    const last = pts.at(-1)!;
    const prev = pts.at(-2) ?? last;
    const len = Math.hypot(last.x - prev.x, last.y - prev.y) || 1;
    // The line stops at the arrowhead's base, so a thick line does not poke through its tip.
    pts[pts.length - 1] = { x: last.x - ((last.x - prev.x) / len) * head * 0.8, y: last.y - ((last.y - prev.y) / len) * head * 0.8 };
    const d = pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${f(p.x)} ${f(p.y)}`).join('');
    parts.push(
      el('path', { d, fill: 'none', stroke: colour, 'stroke-width': width, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }),
    );
    parts.push(el('path', { d: arrowHead(e.points, head), fill: colour }));
  }
  for (const e of L.edges) {
    if (!e.labelBox || !e.label) continue;
    const b = e.labelBox;
    parts.push(el('rect', { ...b, rx: 4 * s, fill: '#ffffff', stroke: e.onPath ? PATH : '#cbd2d9', 'stroke-width': s }));
    parts.push(
      text(b.x + b.width / 2, b.y + b.height / 2 + EDGE_FONT * s * 0.35, e.label, {
        'font-size': fitFont(e.label, b.width - 6 * s, EDGE_FONT * s),
        fill: INK,
        'text-anchor': 'middle',
      }),
    );
  }
  for (const n of L.nodes) {
    const style = n.id === g.current ? CURRENT : n.id === g.target ? TARGET : { fill: '#ffffff', stroke: '#9aa5b1' };
    const strong = n.id === g.current || n.id === g.target;
    parts.push(el('rect', { ...n.box, rx: 8 * s, fill: style.fill, stroke: style.stroke, 'stroke-width': (strong ? 3 : 1.5) * s }));
    const lineHeight = n.fontSize * 1.15;
    const first = n.box.y + n.box.height / 2 - ((n.lines.length - 1) * lineHeight) / 2 + n.fontSize * 0.35;
    n.lines.forEach((line, i) => {
      parts.push(
        text(n.box.x + n.box.width / 2, first + i * lineHeight, line, {
          'font-size': n.fontSize,
          'font-weight': 700,
          fill: INK,
          'text-anchor': 'middle',
        }),
      );
    });
  }
  parts.push(legend(g, L));
  return svgDocument(L.width, L.height, `${g.title}: ${g.subtitle}`, parts.join(''));
}

/** What the marks mean, in one row under the graph; only the marks the image has. */
function legend(g: GraphImage, L: GraphImageLayout): string {
  const y = L.height - 20;
  const items: { swatch: (x: number) => string; label: string }[] = [];
  const box = (style: { fill: string; stroke: string }) => (x: number) =>
    el('rect', { x, y: y - 12, width: 22, height: 14, rx: 3, fill: style.fill, stroke: style.stroke, 'stroke-width': 2 });
  const line = (colour: string, width: number) => (x: number) =>
    el('path', { d: `M${x} ${y - 5}L${x + 22} ${y - 5}`, stroke: colour, 'stroke-width': width, fill: 'none' });
  if (g.current) items.push({ swatch: box(CURRENT), label: 'Where the team is' });
  if (g.target) items.push({ swatch: box(TARGET), label: 'Target' });
  if (g.pathEdges.length) items.push({ swatch: line(PATH, 4), label: 'Migration on the path' });
  items.push({ swatch: line(EDGE, 2), label: g.pathEdges.length ? 'Other migration' : 'Migration' });
  let x = MARGIN;
  const out: string[] = [];
  for (const item of items) {
    out.push(item.swatch(x), text(x + 30, y, item.label, { 'font-size': 14, fill: MUTED }));
    x += 30 + estimateTextWidth(item.label, 14) + 24;
  }
  return out.join('');
}
