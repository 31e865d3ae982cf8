import { expect, it } from 'vitest';
import { BUILTIN_DATASET } from '../model/builtin-dataset';
import { graphFromDataset } from './graph';
import { layoutGraph } from './layout';

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
