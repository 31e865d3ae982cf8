import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { sourceQuadrant } from '../../../tests/source-quadrant';
import { BUILTIN_DATASET as ds } from '../model/builtin-dataset';
import { graphFromDataset } from '../graph/graph';
import { flowchart, quadrantChart } from './export';

describe('exported Mermaid', () => {
  it('writes the source’s quadrant chart in Mermaid’s point syntax (the source’s `point` keyword would become part of each name)', () => {
    expect(sourceQuadrant()).toBe(
      [
        'quadrantChart',
        '    title Architecture Forces',
        '    x-axis Internal Complexity --> External Complexity',
        '    y-axis Operational Overhead --> Team Autonomy',
        '    quadrant-1 High Autonomy',
        '    quadrant-2 Experimental',
        '    quadrant-3 Stable Core',
        '    quadrant-4 Controlled Growth',
        '    Monolith: [0.3, 0.2]',
        '    ModularMonolith: [0.4, 0.4]',
        '    SOA: [0.6, 0.5]',
        '    Microservices: [0.7, 0.8]',
        '    Serverless: [0.8, 0.9]',
        '    SpaceBased: [0.9, 0.7]',
      ].join('\n'),
    );
  });

  it('is accepted by Mermaid’s own parser: quadrant chart with names that have spaces and hyphens', async () => {
    await expect(mermaid.parse(sourceQuadrant())).resolves.toBeTruthy();
    const ours = quadrantChart({
      title: 'Team X: forces',
      xLow: 'Scalability fit: poor',
      xHigh: 'good',
      yLow: 'Go Fit fit: poor',
      yHigh: 'good',
      points: [
        { name: 'Space-Based', x: 1, y: 0 },
        { name: 'Modular Monolith', x: 0.3333333, y: 0.5 },
      ],
    });
    await expect(mermaid.parse(ours)).resolves.toBeTruthy();
  });

  it('is accepted by Mermaid’s parser: flowchart of the source graph with a highlighted path', async () => {
    const g = graphFromDataset(ds);
    const text = flowchart(g, ['monolith-to-modular-monolith', 'modular-monolith-to-microservices']);
    expect(text).toContain('monolith ==>|"Encapsulate Modules"| modular_monolith');
    expect(text).toContain('shared_database --> database_per_service');
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
  });

  it('is accepted by Mermaid’s parser with the names teams write: parentheses, keywords as ids', async () => {
    const quadrant = quadrantChart({
      title: 'Forces (team view)',
      xLow: 'Scalability fit (weighted): poor',
      xHigh: 'good',
      yLow: 'low',
      yHigh: 'high',
      points: [{ name: 'Service-Oriented Architecture (SOA)', x: 0.5, y: 0.5 }],
    });
    expect(quadrant).toContain('    Service-Oriented Architecture SOA: [0.5, 0.5]');
    await expect(mermaid.parse(quadrant)).resolves.toBeTruthy();
    const graph = flowchart({
      nodes: [
        { id: 'end', label: 'End', patternId: null },
        { id: 'start', label: 'Start (today)', patternId: null },
      ],
      edges: [{ id: 'e1', from: 'start', to: 'end', label: 'Split (phase 1)', steps: [], effort: 1, origin: 'ours' }],
    });
    expect(graph).toContain('start -->|"Split (phase 1)"| n_end');
    await expect(mermaid.parse(graph)).resolves.toBeTruthy();
  });

  it('keeps nodes apart whose ids escape alike', async () => {
    const text = flowchart({
      nodes: [
        { id: 'a-b', label: 'A dash B', patternId: null },
        { id: 'a_b', label: 'A underscore B', patternId: null },
      ],
      edges: [{ id: 'e', from: 'a-b', to: 'a_b', label: null, steps: [], effort: 1, origin: 'ours' }],
    });
    expect(text.split('\n').slice(1)).toEqual(['    a_b["A dash B"]', '    a_b_2["A underscore B"]', '    a_b --> a_b_2']);
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
  });

  it('Mermaid’s parser does reject broken text (the check above can fail)', async () => {
    await expect(mermaid.parse('quadrantChart\n    Service (SOA): [0.5, 0.5]')).rejects.toThrow();
    await expect(mermaid.parse('flowchart LR\n    end["End"]')).rejects.toThrow();
    await expect(mermaid.parse('flowchart LR\n    a -->|oops b')).rejects.toThrow();
  });
});
