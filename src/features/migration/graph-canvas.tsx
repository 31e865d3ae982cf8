import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  Position,
  ReactFlow,
  type Edge,
  type Node,
  type NodeChange,
  type EdgeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo, useState } from 'react';
import { edgeName, type MigrationGraph } from '../../domain/graph/graph';
import { layoutGraph } from '../../domain/graph/layout';
import { useAppStore } from '../../store/store';
import { GraphExport } from './graph-export';

const NODE_W = 150;
const NODE_H = 44;

export interface Highlight {
  pathEdges: Set<string>;
  doneEdges: Set<string>;
  activeEdge: string | null;
  leaving: string | null;
  reaching: string | null;
  current: string | null;
  target: string | null;
}

interface Props {
  graph: MigrationGraph;
  highlight: Highlight;
  reducedMotion: boolean;
  selectedEdge: string | null;
  onSelectEdge: (id: string | null) => void;
}

/**
 * The last view object built for each domain node / edge, with the inputs it was built from. When a
 * migration step moves the highlight, only the few nodes and edges whose look changed get a new
 * object, so React Flow re-renders those and not all of them (500 nodes / 1,000 edges: a frame of
 * 50–70 ms at every step before).
 */
const viewCache = new WeakMap<object, { key: string; view: Node | Edge }>();
function reuse<T extends Node | Edge>(source: object, key: string, build: () => T): T {
  const hit = viewCache.get(source);
  if (hit && hit.key === key) return hit.view as T;
  const view = build();
  viewCache.set(source, { key, view });
  return view;
}

/** React Flow view of our domain graph: xyflow's nodes and edges are only the view model. */
export function GraphCanvas({ graph, highlight, reducedMotion, selectedEdge, onSelectEdge }: Props) {
  const addEdge = useAppStore((s) => s.addEdge);
  const moveNodes = useAppStore((s) => s.moveNodes);
  const removeElements = useAppStore((s) => s.removeElements);
  // View-only state: measured sizes, selection, and positions while a drag is under way.
  const [measured, setMeasured] = useState<Record<string, { width: number; height: number }>>({});
  const [selectedNodes, setSelectedNodes] = useState<Set<string>>(new Set());
  const [dragging, setDragging] = useState<Record<string, { x: number; y: number }>>({});

  const layout = useMemo(() => layoutGraph(graph, () => ({ width: NODE_W, height: NODE_H })), [graph]);

  const nodes: Node[] = useMemo(
    () =>
      graph.nodes.map((n) => {
        const classes = ['wb-node'];
        if (n.id === highlight.current) classes.push('is-current');
        if (n.id === highlight.target) classes.push('is-target');
        if (n.id === highlight.leaving) classes.push('is-leaving');
        if (n.id === highlight.reaching) classes.push('is-reaching');
        const role = [n.id === highlight.current && 'current', n.id === highlight.target && 'target'].filter(Boolean).join(', ');
        const position = dragging[n.id] ?? layout[n.id] ?? { x: 0, y: 0 };
        const size = measured[n.id];
        const key = [classes.join(' '), role, position.x, position.y, selectedNodes.has(n.id), size?.width, size?.height].join('|');
        return reuse(n, key, () => ({
          id: n.id,
          position,
          data: { label: n.label },
          className: classes.join(' '),
          ariaLabel: `${n.label}${role ? ` (${role})` : ''}`,
          sourcePosition: Position.Right,
          targetPosition: Position.Left,
          style: { width: NODE_W },
          selected: selectedNodes.has(n.id),
          ...(size ? { measured: size } : {}),
        }));
      }),
    [graph, layout, highlight, dragging, selectedNodes, measured],
  );

  const edges: Edge[] = useMemo(
    () =>
      graph.edges.map((e) => {
        const classes = ['wb-edge'];
        if (highlight.pathEdges.has(e.id)) classes.push('on-path');
        if (highlight.doneEdges.has(e.id)) classes.push('done');
        if (highlight.activeEdge === e.id) classes.push('active');
        if (e.origin === 'ours') classes.push('ours');
        const animated = highlight.activeEdge === e.id && !reducedMotion;
        const key = [classes.join(' '), animated, selectedEdge === e.id, edgeName(graph, e)].join('|');
        return reuse(e, key, () => ({
          id: e.id,
          source: e.from,
          target: e.to,
          label: e.label ?? undefined,
          type: 'smoothstep',
          animated,
          className: classes.join(' '),
          ariaLabel: edgeName(graph, e),
          selected: selectedEdge === e.id,
          markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
          labelBgPadding: [6, 3] as [number, number],
          labelBgBorderRadius: 4,
        }));
      }),
    [graph, highlight, reducedMotion, selectedEdge],
  );

  const onNodesChange = (changes: NodeChange[]) => {
    const sizes: Record<string, { width: number; height: number }> = {};
    const moving: Record<string, { x: number; y: number }> = {};
    const done: Record<string, { x: number; y: number }> = {};
    let selection: Set<string> | null = null;
    for (const c of changes) {
      if (c.type === 'dimensions' && c.dimensions) sizes[c.id] = c.dimensions;
      if (c.type === 'position' && c.position) (c.dragging ? moving : done)[c.id] = c.position;
      if (c.type === 'position' && !c.position && !c.dragging && dragging[c.id]) done[c.id] = dragging[c.id]!;
      if (c.type === 'select') {
        selection ??= new Set(selectedNodes);
        if (c.selected) selection.add(c.id);
        else selection.delete(c.id);
      }
    }
    if (Object.keys(sizes).length) setMeasured((m) => ({ ...m, ...sizes }));
    if (Object.keys(moving).length) setDragging((d) => ({ ...d, ...moving }));
    if (Object.keys(done).length) {
      moveNodes(done);
      setDragging((d) => Object.fromEntries(Object.entries(d).filter(([id]) => !(id in done))));
    }
    if (selection) setSelectedNodes(selection);
  };

  const onEdgesChange = (changes: EdgeChange[]) => {
    for (const c of changes) {
      if (c.type === 'select') onSelectEdge(c.selected ? c.id : selectedEdge === c.id ? null : selectedEdge);
    }
  };

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={(c) => c.source && c.target && addEdge(c.source, c.target)}
      onDelete={({ nodes: n, edges: e }) => {
        removeElements(n.map((x) => x.id), e.map((x) => x.id));
        onSelectEdge(null);
      }}
      deleteKeyCode={['Delete', 'Backspace']}
      fitView
      fitViewOptions={{ padding: 0.12, maxZoom: 1.4 }}
      minZoom={0.2}
      proOptions={{ hideAttribution: true }}
      nodesFocusable
      edgesFocusable
      elementsSelectable
    >
      <Background gap={20} />
      <Controls showInteractive={false} />
      <MiniMap pannable zoomable ariaLabel="Minimap of the migration graph" />
      <GraphExport />
    </ReactFlow>
  );
}
