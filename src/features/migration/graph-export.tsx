import { getViewportForBounds, Panel, useReactFlow, useStore } from '@xyflow/react';
import { fileSlug } from '../../lib/download-file';
import { exportImage, frameForContent, viewportStyle, type ImageFormat } from '../../lib/export-image';
import { useAppStore } from '../../store/store';
import { ExportButtons } from '../../ui/export-buttons';

/** Room around the graph in the image, as a share of its size. */
const PADDING = 0.06;

/**
 * Exports the migration graph as an image for a slide. Must sit inside <ReactFlow>. The whole graph
 * is fitted into a frame 1920 px wide (React Flow's "download image" pattern: node bounds → viewport),
 * whatever part of it is on screen, and only nodes and edges are drawn — no controls or minimap.
 */
export function GraphExport() {
  const flow = useReactFlow();
  const domNode = useStore((s) => s.domNode);
  const title = useAppStore((s) => s.record.title);

  const onExport = async (format: ImageFormat) => {
    const viewport = domNode?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) throw new Error('the graph is not drawn yet');
    const nodes = flow.getNodes();
    if (nodes.length === 0) throw new Error('the graph has no nodes');
    const bounds = flow.getNodesBounds(nodes);
    const frame = frameForContent(bounds);
    const fit = getViewportForBounds(bounds, frame.width, frame.height, 0.2, 2, PADDING);
    await exportImage(viewport, format, `${fileSlug(title)}-migration-graph`, { ...frame, style: viewportStyle(fit, frame) });
  };

  return (
    <Panel position="bottom-right" className="graph-export">
      <ExportButtons label="Export graph image" onExport={onExport} />
    </Panel>
  );
}
