import { expect, it } from 'vitest';
import { BUILTIN_DATASET } from '../model/builtin-dataset';
import { graphFromDataset } from './graph';
import { layoutGraph, layoutToFit } from './layout';

const size = () => ({ width: 160, height: 48 });

it('lays the source graph out left to right in migration order, without overlaps', () => {
  const g = graphFromDataset(BUILTIN_DATASET);
  const pos = layoutGraph(g, size);
  expect(pos.monolith!.x).toBeLessThan(pos['modular-monolith']!.x);
  expect(pos['modular-monolith']!.x).toBeLessThan(pos.microservices!.x);
  expect(pos.microservices!.x).toBeLessThan(pos.serverless!.x);
  expect(pos['shared-database']!.x).toBeLessThan(pos['database-per-service']!.x);
  const ids = Object.keys(pos);
  for (const a of ids)
    for (const b of ids) {
      if (a >= b) continue;
      const overlap = Math.abs(pos[a]!.x - pos[b]!.x) < 160 && Math.abs(pos[a]!.y - pos[b]!.y) < 48;
      expect(overlap, `${a} and ${b}`).toBe(false);
    }
});

it('keeps the positions the team chose', () => {
  const g = graphFromDataset(BUILTIN_DATASET);
  g.nodes[0] = { ...g.nodes[0]!, position: { x: 999, y: -5 } };
  expect(layoutGraph(g, size)[g.nodes[0].id]).toEqual({ x: 999, y: -5 });
});

it('picks the direction that draws the graph largest in the canvas', () => {
  const g = graphFromDataset(BUILTIN_DATASET);
  const zoomIn = (l: { width: number; height: number }, aspect: number) => Math.min(aspect / l.width, 1 / l.height);
  for (const aspect of [0.6, 1.5, 4]) {
    const fitted = layoutToFit(g, size, aspect);
    const other = fitted.direction === 'LR' ? 'TB' : 'LR';
    const positions = layoutGraph(g, size, other);
    const xs = Object.values(positions).map((p) => p.x);
    const ys = Object.values(positions).map((p) => p.y);
    const otherExtent = { width: Math.max(...xs) + 160 - Math.min(...xs), height: Math.max(...ys) + 48 - Math.min(...ys) };
    expect(zoomIn(fitted, aspect), `aspect ${aspect}`).toBeGreaterThanOrEqual(zoomIn(otherExtent, aspect));
    expect(Object.keys(fitted.positions)).toHaveLength(g.nodes.length);
  }
  // A tall canvas takes the chain top to bottom, a very wide one left to right.
  expect(layoutToFit(g, size, 0.6).direction).toBe('TB');
  expect(layoutToFit(g, size, 4).direction).toBe('LR');
});
