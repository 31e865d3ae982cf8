/**
 * The library floor for `npm run bench`: the same points in a bare recharts ScatterChart and the
 * same graph in a bare React Flow, with none of our state, selectors or layers. Bench-only: built
 * with bench/floor/vite.config.ts into its own output, never part of the app bundle.
 *
 *   ?view=scatter&data=<name>  a weight slider re-scores the points (size and colour), as ours does
 *   ?view=flow&data=<name>     the graph at our layout, with the same edge type, labels and chrome
 *                              (&minimap=0 / &labels=0: without the minimap / edge labels, to see what they cost)
 * Data comes from ./data-<name>.json, written by bench/run.ts from the same dataset as the app's.
 */
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Cell, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis, ZAxis } from 'recharts';
import { Background, Controls, MarkerType, MiniMap, Position, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

interface FloorData {
  points: { id: string; x: number; y: number; a: number; b: number }[];
  nodes: { id: string; label: string; x: number; y: number }[];
  edges: { id: string; source: string; target: string; label: string | null }[];
}

function ScatterFloor({ points }: { points: FloorData['points'] }) {
  const [weight, setWeight] = useState(5);
  const data = useMemo(
    () => points.map((p) => ({ x: p.x, y: p.y, z: (weight * p.a + 5 * p.b) / (weight + 5 || 1), id: p.id })),
    [points, weight],
  );
  return (
    <>
      <label>
        Weight{' '}
        <input
          type="range"
          min={0}
          max={10}
          step={1}
          value={weight}
          aria-label="Weight"
          onChange={(e) => setWeight(e.currentTarget.valueAsNumber)}
        />
      </label>
      <div className="stage">
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 24, right: 28, bottom: 40, left: 36 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" dataKey="x" domain={[0, 1]} />
            <YAxis type="number" dataKey="y" domain={[0, 1]} />
            <ZAxis type="number" dataKey="z" domain={[0, 1]} range={[64, 484]} />
            <Scatter data={data} isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.id} fill={`hsl(186 60% ${78 - d.z * 50}%)`} />
              ))}
            </Scatter>
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}

function FlowFloor({ graph }: { graph: FloorData }) {
  const nodes: Node[] = useMemo(
    () =>
      graph.nodes.map((n) => ({
        id: n.id,
        position: { x: n.x, y: n.y },
        data: { label: n.label },
        sourcePosition: Position.Right,
        targetPosition: Position.Left,
        style: { width: 150 },
      })),
    [graph],
  );
  const edges: Edge[] = useMemo(
    () =>
      graph.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        label: new URLSearchParams(window.location.search).get('labels') === '0' ? undefined : (e.label ?? undefined),
        type: 'smoothstep',
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      })),
    [graph],
  );
  return (
    <div className="stage">
      <ReactFlow
        defaultNodes={nodes}
        defaultEdges={edges}
        fitView
        fitViewOptions={{ padding: 0.12, maxZoom: 1.4 }}
        minZoom={0.2}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
        {new URLSearchParams(window.location.search).get('minimap') !== '0' && <MiniMap pannable zoomable />}
      </ReactFlow>
    </div>
  );
}

const params = new URLSearchParams(window.location.search);
const data = (await (await fetch(`./data-${params.get('data') ?? 'builtin'}.json`)).json()) as FloorData;
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>{params.get('view') === 'flow' ? <FlowFloor graph={data} /> : <ScatterFloor points={data.points} />}</StrictMode>,
);
