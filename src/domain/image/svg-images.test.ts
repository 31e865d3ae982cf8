import { describe, expect, it } from 'vitest';
import { graphFromDataset } from '../graph/graph';
import { findPaths } from '../graph/paths';
import { BUILTIN_DATASET as ds } from '../model/builtin-dataset';
import { overlaps, type Box } from '../quadrant/labels';
import { plotPoints } from '../quadrant/positions';
import { buildDecision, DEFAULT_CONTEXT, decisionOptions, optionLabels } from '../scoring/decision';
import { rank } from '../scoring/rank';
import { isImage, snapshotTextOfImage, svgWithSnapshot } from './embedded-snapshot';
import { graphSvg, layoutGraphImage, type GraphImage } from './graph-svg';
import { layoutQuadrantImage, QUADRANT_IMAGE, quadrantSvg, type QuadrantImage } from './quadrant-svg';
import { escapeXml, hslHex, readSvgMetadata, withSvgMetadata } from './svg';

function quadrant(positions: Record<string, { x: number; y: number }> = {}): QuadrantImage {
  const decision = buildDecision(ds, ds.scoring?.defaultWeights ?? {}, DEFAULT_CONTEXT, {});
  const ranking = rank(decision.matrix, decision.weights);
  const labels = optionLabels(ds);
  const scores = new Map(ranking.ranked.map((r) => [r.option, r.score]));
  const plot = plotPoints(ds, decisionOptions(ds), decision.matrix, positions, { x: 'forces', y: 'forces' });
  return {
    title: ds.quadrant.title,
    subtitle: 'How should we structure our backend? · 2026-12-02',
    axes: { x: ds.quadrant.xAxis, y: ds.quadrant.yAxis },
    quadrants: [1, 2, 3, 4].map((n) => ds.quadrant.quadrants.find((q) => q.number === n)!.name) as [string, string, string, string],
    points: plot.points.map((p) => ({
      ...p,
      name: labels.get(p.id) ?? p.id,
      score: scores.get(p.id),
      leader: ranking.ranked[0]?.option === p.id,
    })),
    note: 'Size and colour: each option’s score',
  };
}

function graphImage(): GraphImage {
  const graph = graphFromDataset(ds);
  const result = findPaths(graph, 'monolith', 'serverless', 'steps');
  return {
    title: 'Migration path',
    subtitle: 'How should we structure our backend?',
    graph,
    current: 'monolith',
    target: 'serverless',
    pathEdges: result.kind === 'found' ? result.paths[0]!.edges : [],
  };
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const inside = (b: Box, outer: Box) =>
  b.x >= outer.x && b.y >= outer.y && b.x + b.width <= outer.x + outer.width && b.y + b.height <= outer.y + outer.height;

describe('svg helpers', () => {
  it('escapes text and drops characters XML cannot hold', () => {
    expect(escapeXml('a < b & "c" > d\u0001')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });

  it('writes hsl as hex the way CSS computes it', () => {
    expect(hslHex(0, 100, 50)).toBe('#ff0000');
    expect(hslHex(186, 60, 28)).toBe('#1d6a72'); // by hand: C 0.336, X 0.3024, m 0.112
    expect(hslHex(120, 100, 25)).toBe('#008000');
    expect(hslHex(0, 0, 100)).toBe('#ffffff');
  });

  it('round-trips any text through <metadata>, replacing an earlier one', () => {
    const json = JSON.stringify({ title: 'A <b> & "c" ]]> 決定', n: 1 });
    const svg = withSvgMetadata(withSvgMetadata('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>', 'old'), json);
    expect(svg.match(/<metadata/g)).toHaveLength(1);
    expect(readSvgMetadata(svg)).toBe(json);
    expect(parse(svg).querySelector('metadata')?.textContent).toBe(json); // an XML parser reads the same text
    expect(readSvgMetadata('<svg><metadata id="architecture-workbench-snapshot"><![CDATA[{"a":"<"}]]></metadata></svg>')).toBe('{"a":"<"}');
    expect(readSvgMetadata('<svg><metadata>other</metadata></svg>')).toBeNull();
  });
});

describe('quadrant image', () => {
  const svg = quadrantSvg(quadrant());

  it('is plain, well-formed SVG: text as <text>, no foreignObject, no classes', () => {
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('width')).toBe('960');
    expect(doc.documentElement.getAttribute('height')).toBe('540');
    expect(svg).not.toMatch(/foreignObject|class=|<div|<style/);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    for (const t of [
      'Architecture Forces',
      'High Autonomy',
      'Stable Core',
      'Monolith',
      'Serverless',
      'Modular Monolith',
      'Microservices',
      'SOA',
    ]) {
      expect(texts).toContain(t);
    }
    expect(texts).toContain('← Internal Complexity');
    expect(doc.querySelectorAll('circle')).toHaveLength(6);
  });

  it('places the points at their coordinates and every label inside the plot, clear of points, names and other labels', () => {
    const q = quadrant();
    const L = layoutQuadrantImage(q);
    const mono = L.points.find((p) => p.id === 'monolith')!;
    expect(mono.cx).toBeCloseTo(L.plot.x + 0.3 * L.plot.width);
    expect(mono.cy).toBeCloseTo(L.plot.y + (1 - 0.2) * L.plot.height);
    expect(inside(L.plot, { x: 0, y: 0, ...QUADRANT_IMAGE })).toBe(true);
    const circles = L.points.map((p) => ({ x: p.cx - p.r, y: p.cy - p.r, width: 2 * p.r, height: 2 * p.r }));
    for (const [i, l] of L.labels.entries()) {
      expect(inside(l.box, L.plot), l.name).toBe(true);
      for (const other of L.labels.slice(i + 1)) expect(overlaps(l.box, other.box), `${l.name} / ${other.name}`).toBe(false);
      for (const c of circles) expect(overlaps(l.box, c), l.name).toBe(false);
      for (const n of L.names) expect(overlaps(l.box, n.box), `${l.name} / ${n.text}`).toBe(false);
    }
  });

  it('draws a moved point’s source position as a dashed ghost', () => {
    const moved = quadrantSvg(quadrant({ monolith: { x: 0.6, y: 0.6 } }));
    expect(parse(moved).querySelectorAll('circle')).toHaveLength(7);
    expect(moved.match(/stroke-dasharray="4 3"/g)).toHaveLength(2);
  });
});

describe('migration graph image', () => {
  const g = graphImage();
  const svg = graphSvg(g);

  it('is plain, well-formed SVG with every node and edge label as <text>, a title and a legend', () => {
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(svg).not.toMatch(/foreignObject|class=|<div|<marker/);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    for (const t of [
      'Monolith',
      'Modular Monolith',
      'Microservices',
      'Serverless',
      'SOA',
      'Encapsulate Modules',
      'Strangler Fig',
      'Lambda Sidecar',
    ]) {
      expect(texts).toContain(t);
    }
    expect(texts).toEqual(
      expect.arrayContaining(['Migration path', 'Where the team is', 'Target', 'Migration on the path', 'Other migration']),
    );
  });

  it('fits the whole graph in the frame, nodes apart, labels inside their nodes’ width', () => {
    const L = layoutGraphImage(g);
    expect(L.width).toBe(960);
    expect(L.height).toBeLessThanOrEqual(540);
    const frame = { x: 0, y: 84, width: L.width, height: L.height - 84 - 44 };
    for (const [i, n] of L.nodes.entries()) {
      expect(inside(n.box, frame), n.label).toBe(true);
      for (const m of L.nodes.slice(i + 1)) expect(overlaps(n.box, m.box), `${n.label} / ${m.label}`).toBe(false);
    }
    for (const e of L.edges) {
      for (const p of e.points) expect(inside({ ...p, width: 0, height: 0 }, frame), e.id).toBe(true);
      if (e.labelBox) expect(inside(e.labelBox, frame), e.id).toBe(true);
    }
    expect(L.edges.filter((e) => e.onPath).map((e) => e.id)).toEqual(g.pathEdges);
    // A long label goes on two lines rather than shrinking; every label is whole.
    expect(L.nodes.map((n) => n.lines.join(' '))).toEqual(g.graph.nodes.map((n) => n.label));
    expect(L.nodes.find((n) => n.label === 'Database per Service')?.lines).toEqual(['Database', 'per Service']);
    for (const n of L.nodes) expect(n.fontSize, n.label).toBeGreaterThanOrEqual(10);
    expect(g.pathEdges.length).toBeGreaterThan(0);
  });

  it('draws only the legend entries the image has', () => {
    const bare = graphSvg({ ...g, current: null, target: null, pathEdges: [] });
    expect(bare).not.toContain('Where the team is');
    expect(bare).toContain('>Migration<');
  });
});

describe('snapshot in an image', () => {
  it('finds the snapshot in an SVG, and says clearly when an image has none', () => {
    const svg = svgWithSnapshot(quadrantSvg(quadrant()), '{"type":"architecture-workbench/snapshot"}');
    const bytes = new TextEncoder().encode(svg);
    expect(isImage(bytes)).toBe(true);
    expect(snapshotTextOfImage(bytes)).toEqual({ ok: true, text: '{"type":"architecture-workbench/snapshot"}' });
    const plain = new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(isImage(plain)).toBe(true);
    expect(snapshotTextOfImage(plain)).toMatchObject({ ok: false, message: expect.stringMatching(/^this image carries no decision/) });
    expect(isImage(new TextEncoder().encode('{"type":"architecture-workbench/snapshot"}'))).toBe(false);
  });
});
