import { lazy, Suspense, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { fileSlug } from '../../lib/download-file';
import { exportImage, SLIDE, type ImageFormat } from '../../lib/export-image';
import { waitFor } from '../../lib/wait-for';
import { useAppStore, useDataset } from '../../store/store';
import { ExportButtons } from '../../ui/export-buttons';
import './quadrant-export.css';

const QuadrantChart = lazy(() => import('./quadrant-chart'));

/**
 * Exports the forces quadrant as an image for a slide: the chart is drawn once more, off screen,
 * in a fixed 16:9 frame with the decision's title (not at whatever size the screen gives it), so
 * text keeps the same size relative to the slide, then captured.
 */
export function QuadrantExport() {
  const quadrant = useDataset().quadrant;
  const record = useAppStore((s) => s.record);
  const [framing, setFraming] = useState(false);
  const frame = useRef<HTMLDivElement>(null);

  const onExport = async (format: ImageFormat) => {
    setFraming(true);
    try {
      const node = await waitFor(() => (frame.current?.querySelector('.points-layer .point') ? frame.current : null));
      // One more frame so recharts' labels are laid out after the container was measured.
      await new Promise((r) => requestAnimationFrame(r));
      await exportImage(node, format, `${fileSlug(record.title)}-${fileSlug(quadrant.title, 'forces')}`, {
        width: SLIDE.width,
        height: SLIDE.height,
        // The frame sits off screen; its clone is placed at the image's origin.
        style: { position: 'static', left: '0', top: '0' },
      });
    } finally {
      setFraming(false);
    }
  };

  return (
    <>
      <ExportButtons label="Export quadrant image" onExport={onExport} />
      {framing &&
        createPortal(
          <div ref={frame} className="export-frame" style={{ width: SLIDE.width, height: SLIDE.height }} aria-hidden="true" inert>
            <div className="export-frame-head">
              <div className="export-frame-title">{quadrant.title}</div>
              <div className="export-frame-subtitle">
                {record.title} · {record.date}
              </div>
            </div>
            <div className="export-frame-chart">
              <Suspense fallback={null}>
                <QuadrantChart />
              </Suspense>
            </div>
            <div className="export-frame-note">
              Size and colour: each option’s score with the team’s weights (larger, darker = better fit)
            </div>
          </div>,
          document.body,
        )}
    </>
  );
}
