import { useAppStoreApi } from '../store/store';
import { useReading } from '../store/reading-status';
import './reading-status.css';

const MB = 1024 * 1024;
const megabytes = (n: number) => `${(n / MB).toFixed(1)} MB`;

/**
 * A big input being read (a file, pasted text, a link): what, how far, and Cancel. The sentence is a
 * live region that is always there, so the start of a reading is announced; it changes only with the
 * phase (reading → checking), not with every megabyte, which the progress bar shows.
 */
export function ReadingStatus() {
  const store = useAppStoreApi();
  const reading = useReading(store);
  const sentence = !reading
    ? ''
    : reading.phase === 'reading'
      ? `Reading ${reading.name}… ${megabytes(reading.total)}`
      : reading.phase === 'checking'
        ? `Checking ${reading.name}… ${megabytes(reading.total)}`
        : `Opening ${reading.name}… the page may pause while it does.`;
  return (
    <div className={reading ? 'reading-status' : 'reading-status idle'}>
      <p role="status" className="reading-status-text">
        {sentence}
      </p>
      {reading && (
        <>
          <progress
            aria-label={`Reading ${reading.name}`}
            max={reading.total || 1}
            value={reading.phase === 'reading' ? reading.loaded : reading.total}
          />
          {reading.phase !== 'opening' && (
            <button type="button" className="button ghost small" onClick={reading.cancel}>
              Cancel
            </button>
          )}
        </>
      )}
    </div>
  );
}
