import { useAppStore } from '../../store/store';
import { FileButton } from '../../ui/file-button';
import { useDatasetFile } from './use-dataset-file';

/** Header controls: which dataset is in use, load another, go back to the built-in one. */
export function DatasetControls() {
  const custom = useAppStore((s) => s.custom);
  const useBuiltinDataset = useAppStore((s) => s.useBuiltinDataset);
  const { loadFile, busy } = useDatasetFile();

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
      <FileButton className="button ghost" inputLabel="Dataset file" onFile={loadFile} disabled={busy}>
        {busy ? 'Loading…' : 'Load dataset…'}
      </FileButton>
      {custom && (
        <button type="button" className="button ghost" onClick={useBuiltinDataset}>
          Use built-in dataset
        </button>
      )}
    </div>
  );
}
