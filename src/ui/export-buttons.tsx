import { useState } from 'react';
import './export-buttons.css';
import type { ImageFormat } from '../lib/export-image';

interface Props {
  /** Accessible name of the group, e.g. "Export quadrant image". */
  label: string;
  /** Makes and saves the image; a rejection is shown as the error. */
  onExport: (format: ImageFormat) => Promise<void>;
}

const FORMATS: { format: ImageFormat; text: string }[] = [
  { format: 'png', text: 'Download PNG' },
  { format: 'svg', text: 'Download SVG' },
];

/** "Download PNG" / "Download SVG" with a progress state and a clear error. */
export function ExportButtons({ label, onExport }: Props) {
  const [busy, setBusy] = useState<ImageFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (format: ImageFormat) => {
    setBusy(format);
    setError(null);
    try {
      await onExport(format);
    } catch (e) {
      const reason = e instanceof Error && e.message ? e.message : 'the browser could not draw it';
      setError(`Could not export the ${format.toUpperCase()} image: ${reason}. Try again, or use the other format.`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-buttons">
      <div role="group" aria-label={label} aria-busy={busy !== null} className="export-buttons-row">
        {FORMATS.map(({ format, text }) => (
          <button key={format} type="button" className="button small" disabled={busy !== null} onClick={() => void run(format)}>
            {busy === format ? 'Exporting…' : text}
          </button>
        ))}
      </div>
      {error && (
        <p role="alert" className="export-error">
          {error}
        </p>
      )}
    </div>
  );
}
