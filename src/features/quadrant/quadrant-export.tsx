import { QUADRANT_IMAGE, quadrantSvg } from '../../domain/image/quadrant-svg';
import { serializeSnapshot } from '../../domain/snapshot/serialize';
import { fileSlug } from '../../lib/download-file';
import { exportImage, type ImageFormat } from '../../lib/export-image';
import { selectQuadrantImage } from '../../store/image-selectors';
import { captureSnapshot } from '../../store/snapshot-io';
import { useAppStoreApi } from '../../store/store';
import { ExportButtons } from '../../ui/export-buttons';

/**
 * Exports the forces quadrant as an image for a slide: plain SVG drawn from the decision at a fixed
 * 16:9 frame with the decision's title (not at whatever size the screen gives the chart), or that SVG
 * as a PNG; either carries the decision, so it opens again.
 */
export function QuadrantExport() {
  const store = useAppStoreApi();
  const onExport = async (format: ImageFormat) => {
    const s = store.getState();
    const image = selectQuadrantImage(s);
    const snapshot = serializeSnapshot(await captureSnapshot(s, new Date().toISOString()));
    await exportImage(
      quadrantSvg(image),
      QUADRANT_IMAGE,
      format,
      `${fileSlug(s.record.title)}-${fileSlug(image.title, 'forces')}`,
      snapshot,
    );
  };
  return <ExportButtons label="Export quadrant image" onExport={onExport} />;
}
