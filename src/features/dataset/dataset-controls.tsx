import { useRef } from 'react';
import { useAppStore } from '../../store/store';
import { useDatasetFile } from './use-dataset-file';

/** Header controls: which dataset is in use, load another, go back to the built-in one. */
export function DatasetControls() {
  const custom = useAppStore((s) => s.custom);
  const useBuiltinDataset = useAppStore((s) => s.useBuiltinDataset);
  const { loadFile, busy } = useDatasetFile();
  const input = useRef<HTMLInputElement>(null);

  return (
    <div className="dataset-controls">
      <span className="dataset-name" title={custom ? custom.dataset.title : undefined}>
        {custom ? (
          <>
            <span className="badge badge-custom">Custom</span> {custom.fileName}
          </>
        ) : (
          <>
            <span className="badge">Built-in</span> dataset
          </>
        )}
      </span>
      <button type="button" className="button ghost" onClick={() => input.current?.click()} disabled={busy}>
        {busy ? 'Loading…' : 'Load dataset…'}
      </button>
      {custom && (
        <button type="button" className="button ghost" onClick={useBuiltinDataset}>
          Use built-in dataset
        </button>
      )}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label="Dataset file"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void loadFile(file);
        }}
      />
    </div>
  );
}
