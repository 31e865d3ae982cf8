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
import { type CSSProperties, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { edgeName, type MigrationGraph } from '../../domain/graph/graph';
import { layoutToFit } from '../../domain/graph/layout';
import { useAppStore } from '../../store/store';
import { GraphExport } from './graph-export';
import { RoutedEdge } from './routed-edge';
import { keyedRecord, own } from '../../domain/own';

const EDGE_TYPES = { routed: RoutedEdge };

/*
 * Sized for a projector: node labels 18 px and edge labels 17 px in graph units, and a layout turned to
 * fill the canvas, so that with the whole built-in graph in view at 1280×720 they are drawn at 14 px or
 * more on screen (they were 8.4 and 6 px).
 */
const NODE_W = 180;
const NODE_H = 56;
const EDGE_LABEL = { width: 190, height: 30 };
/** Below this many nodes the whole graph is in view and a minimap only takes room. */
const MINIMAP_FROM = 30;

/** The canvas's width / height, rounded so that small resizes do not lay the graph out again. */
function useAspect() {
  const ref = useRef<HTMLDivElement>(null);
  const [aspect, setAspect] = useState(1.6);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const { width, height } = el.getBoundingClientRect();
      if (width > 0 && height > 0) setAspect(Math.round((width / height) * 10) / 10);
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, aspect] as const;
}

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
  /** Rename this node (a double-click on it, or F2 while it has focus). */
  onEditNode: (id: string) => void;
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

/** A number per route object, so a cached edge view is rebuilt when its route is laid out again. */
const routeIds = new WeakMap<object, number>();
let nextRouteId = 1;
function routeId(route: object | undefined): number {
  if (!route) return 0;
  let id = routeIds.get(route);
  if (id === undefined) {
    id = nextRouteId++;
    routeIds.set(route, id);
  }
  return id;
}

/** React Flow view of our domain graph: xyflow's nodes and edges are only the view model. */
export function GraphCanvas({ graph, highlight, reducedMotion, selectedEdge, onSelectEdge, onEditNode }: Props) {
  const addEdge = useAppStore((s) => s.addEdge);
  const moveNodes = useAppStore((s) => s.moveNodes);
  const removeElements = useAppStore((s) => s.removeElements);
  // View-only state: measured sizes, selection, and positions while a drag is under way.
  const [measured, setMeasured] = useState<Record<string, { width: number; height: number }>>({});
  const [selectedNodes, setSelectedNodes] = useState<Set<string>>(new Set());
  const [dragging, setDragging] = useState<Record<string, { x: number; y: number }>>({});
  // The zoom, for handles that keep a hit area of 24×24 px on screen at any zoom (WCAG 2.5.8).
  const [zoom, setZoom] = useState(1);

  const [canvasRef, aspect] = useAspect();
  const {
    positions: layout,
    routes,
    direction,
    bounds,
  } = useMemo(() => layoutToFit(graph, () => ({ width: NODE_W, height: NODE_H }), aspect, EDGE_LABEL), [graph, aspect]);
  const across = direction === 'LR';

  const nodes: Node[] = useMemo(
    () =>
      graph.nodes.map((n) => {
        const classes = ['wb-node'];
        if (n.id === highlight.current) classes.push('is-current');
        if (n.id === highlight.target) classes.push('is-target');
        if (n.id === highlight.leaving) classes.push('is-leaving');
        if (n.id === highlight.reaching) classes.push('is-reaching');
        const role = [n.id === highlight.current && 'current', n.id === highlight.target && 'target'].filter(Boolean).join(', ');
        const position = own(dragging, n.id) ?? own(layout, n.id) ?? { x: 0, y: 0 };
        const size = own(measured, n.id);
        const key = [classes.join(' '), role, position.x, position.y, selectedNodes.has(n.id), size?.width, size?.height, across].join('|');
        return reuse(n, key, () => ({
          id: n.id,
          position,
          data: { label: n.label },
          className: classes.join(' '),
          ariaLabel: `${n.label}${role ? ` (${role})` : ''}`,
          sourcePosition: across ? Position.Right : Position.Bottom,
          targetPosition: across ? Position.Left : Position.Top,
          style: { width: NODE_W },
          selected: selectedNodes.has(n.id),
          ...(size ? { measured: size } : {}),
        }));
      }),
    [graph, layout, across, highlight, dragging, selectedNodes, measured],
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
        // dagre's route holds while neither end moves; during a drag the edge is a plain step.
        const route = own(dragging, e.from) || own(dragging, e.to) ? undefined : own(routes, e.id);
        const key = [classes.join(' '), animated, selectedEdge === e.id, edgeName(graph, e), routeId(route)].join('|');
        return reuse(e, key, () => ({
          id: e.id,
          source: e.from,
          target: e.to,
          label: e.label ?? undefined,
          type: 'routed',
          data: { route },
          animated,
          className: classes.join(' '),
          ariaLabel: edgeName(graph, e),
          selected: selectedEdge === e.id,
          markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
          labelBgPadding: [6, 3] as [number, number],
          labelBgBorderRadius: 4,
        }));
      }),
    [graph, routes, dragging, highlight, reducedMotion, selectedEdge],
  );

  const onNodesChange = (changes: NodeChange[]) => {
    // Keyed by node ids, which may be any name ("constructor", "__proto__"): no prototype.
    const sizes = keyedRecord<{ width: number; height: number }>();
    const moving = keyedRecord<{ x: number; y: number }>();
    const done = keyedRecord<{ x: number; y: number }>();
    let selection: Set<string> | null = null;
    for (const c of changes) {
      if (c.type === 'dimensions' && c.dimensions) sizes[c.id] = c.dimensions;
      if (c.type === 'position' && c.position) (c.dragging ? moving : done)[c.id] = c.position;
      const dragged = c.type === 'position' ? own(dragging, c.id) : undefined;
      if (c.type === 'position' && !c.position && !c.dragging && dragged) done[c.id] = dragged;
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
      setDragging((d) => keyedRecord(Object.entries(d).filter(([id]) => !Object.hasOwn(done, id))));
    }
    if (selection) setSelectedNodes(selection);
  };

  const onEdgesChange = (changes: EdgeChange[]) => {
    for (const c of changes) {
      if (c.type === 'select') onSelectEdge(c.selected ? c.id : selectedEdge === c.id ? null : selectedEdge);
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: F2 is read from the focused node inside; the nodes are the controls
    <div
      ref={canvasRef}
      className="graph-canvas"
      style={{ '--handle-hit': `${Math.max(24, 24 / zoom)}px` } as CSSProperties}
      onKeyDown={(e) => {
        const id = e.key === 'F2' ? (e.target as Element).closest?.('.react-flow__node')?.getAttribute('data-id') : null;
        if (!id) return;
        e.preventDefault();
        onEditNode(id);
      }}
    >
      <ReactFlow
        onMove={(_, viewport) => setZoom(Math.round(viewport.zoom * 100) / 100)}
        onNodeDoubleClick={(_, node) => onEditNode(node.id)}
        // Turning the layout is a new drawing: fit it again. Nothing else refits (zooming stays put).
        key={direction}
        nodes={nodes}
        edges={edges}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={(c) => c.source && c.target && addEdge(c.source, c.target)}
        onDelete={({ nodes: n, edges: e }) => {
          removeElements(
            n.map((x) => x.id),
            e.map((x) => x.id),
          );
          onSelectEdge(null);
        }}
        deleteKeyCode={['Delete', 'Backspace']}
        // Fit once, when the canvas opens (or the layout turns): what is drawn, edge labels included, fills
        // the canvas. Nothing refits later, so a zoom the presenter chose stays.
        onInit={(flow) => void flow.fitBounds(bounds, { padding: 0.04 }).then(() => setZoom(Math.round(flow.getZoom() * 100) / 100))}
        maxZoom={3}
        fitViewOptions={{ padding: 0.04, maxZoom: 1.6 }}
        minZoom={0.2}
        proOptions={{ hideAttribution: true }}
        // Controls, minimap and background follow the page's light or dark scheme (they stayed light in dark mode).
        colorMode="system"
        // Arrowheads in the same theme colour as the edge lines (React Flow's default grey is too faint on white).
        defaultMarkerColor="var(--text-muted)"
        nodesFocusable
        edgesFocusable
        elementsSelectable
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
        {graph.nodes.length >= MINIMAP_FROM && <MiniMap pannable zoomable ariaLabel="Minimap of the migration graph" />}
        <GraphExport graph={graph} current={highlight.current} target={highlight.target} pathEdges={[...highlight.pathEdges]} />
      </ReactFlow>
    </div>
  );
}
