import { describe, expect, it } from 'vitest';
import { BUILTIN_DATASET as ds } from '../model/builtin-dataset';
import { buildDecision, decisionOptions, DEFAULT_CONTEXT } from '../scoring/decision';
import { movedPosition, plotPoints, quadrantOf, SOURCE_AXES } from './positions';

const decision = buildDecision(ds, ds.scoring!.defaultWeights, DEFAULT_CONTEXT, {});
const plot = (positions = {}, axes = SOURCE_AXES) => plotPoints(ds, decisionOptions(ds), decision.matrix, positions, axes);

describe('plotPoints', () => {
  it('puts the six source points at the source’s coordinates on the forces axes', () => {
    const r = plot();
    expect(r.points.map((p) => [p.id, p.x, p.y])).toEqual([
      ['monolith', 0.3, 0.2],
      ['modular-monolith', 0.4, 0.4],
      ['soa', 0.6, 0.5],
      ['microservices', 0.7, 0.8],
      ['serverless', 0.8, 0.9],
      ['space-based', 0.9, 0.7],
    ]);
    expect(r.points.every((p) => p.source === null)).toBe(true);
    expect(r.missing).toEqual([]);
    expect(r.draggable).toBe(true);
  });

  it('uses the team’s placement and remembers the source position as a ghost', () => {
    const r = plot({ monolith: { x: 0.5, y: 0.35 } });
    expect(r.points[0]).toEqual({ id: 'monolith', x: 0.5, y: 0.35, source: { x: 0.3, y: 0.2 } });
  });

  it('on criterion axes plots each option’s fit, and lists the unrated ones', () => {
    const r = plot({ monolith: { x: 0.9, y: 0.9 } }, { x: 'scalability', y: 'operational-overhead' });
    expect(r.points.find((p) => p.id === 'serverless')).toEqual({ id: 'serverless', x: 1, y: 1, source: null });
    expect(r.points.find((p) => p.id === 'monolith')).toEqual({ id: 'monolith', x: 0.25, y: 1, source: null });
    expect(r.missing).toEqual([{ id: 'space-based', reason: 'no rating for scalability; no rating for operational-overhead' }]);
    expect(r.draggable).toBe(false);
  });

  it('mixes a force on one axis with a criterion on the other', () => {
    const r = plot({}, { x: 'forces', y: 'go-fit' });
    expect(r.points.find((p) => p.id === 'soa')).toMatchObject({ x: 0.6, y: 1 });
    expect(r.draggable).toBe(false);
  });
});

describe('quadrantOf', () => {
  it('follows Mermaid’s numbering', () => {
    expect(quadrantOf({ x: 0.8, y: 0.9 })).toBe(1);
    expect(quadrantOf({ x: 0.2, y: 0.9 })).toBe(2);
    expect(quadrantOf({ x: 0.3, y: 0.2 })).toBe(3);
    expect(quadrantOf({ x: 0.6, y: 0.4 })).toBe(4);
  });
});

describe('movedPosition', () => {
  it('stays inside the chart and rounds away float noise', () => {
    expect(movedPosition({ x: 0.3, y: 0.2 }, 0.1, 0.1)).toEqual({ x: 0.4, y: 0.3 });
    expect(movedPosition({ x: 0.95, y: 0.02 }, 0.1, -0.1)).toEqual({ x: 1, y: 0 });
  });
});
