import { Panel } from '@xyflow/react';
import type { MigrationGraph } from '../../domain/graph/graph';
import { graphSvg, layoutGraphImage } from '../../domain/image/graph-svg';
import { serializeSnapshot } from '../../domain/snapshot/serialize';
import { fileSlug } from '../../lib/download-file';
import { exportImage, type ImageFormat } from '../../lib/export-image';
import { selectGraphImage } from '../../store/image-selectors';
import { captureSnapshot } from '../../store/snapshot-io';
import { useAppStoreApi } from '../../store/store';
import { ExportButtons } from '../../ui/export-buttons';

interface Props {
  graph: MigrationGraph;
  current: string | null;
  target: string | null;
  /** The path shown, its edges in order. */
  pathEdges: readonly string[];
}

/**
 * Exports the migration graph as an image for a slide: the whole graph as plain SVG, 960 px wide
 * (1920 px in the PNG), with a title naming the path and a legend, whatever part is on screen; no
 * controls or minimap. Either format carries the decision, so it opens again.
 */
export function GraphExport(shown: Props) {
  const store = useAppStoreApi();
  const onExport = async (format: ImageFormat) => {
    const s = store.getState();
    if (shown.graph.nodes.length === 0) throw new Error('the graph has no nodes');
    const image = selectGraphImage(s, shown);
    const { width, height } = layoutGraphImage(image);
    const snapshot = serializeSnapshot(await captureSnapshot(s, new Date().toISOString()));
    await exportImage(graphSvg(image), { width, height }, format, `${fileSlug(s.record.title)}-migration-graph`, snapshot);
  };

  return (
    <Panel position="bottom-right" className="graph-export">
      <ExportButtons label="Export graph image" onExport={onExport} />
    </Panel>
  );
}
