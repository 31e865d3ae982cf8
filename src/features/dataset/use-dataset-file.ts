import { useCallback, useState } from 'react';
import { DATASET_FILE_LIMIT, overLimit } from '../../domain/limits';
import { useAppStore, useAppStoreApi } from '../../store/store';

/** Reads a dataset file, validates it and either loads it or reports every problem. */
export function useDatasetFile() {
  const loadCustomDataset = useAppStore((s) => s.loadCustomDataset);
  const rejectDataset = useAppStore((s) => s.rejectDataset);
  const store = useAppStoreApi();
  const [busy, setBusy] = useState(false);

  const loadFile = useCallback(
    async (file: File) => {
      const tooLarge = overLimit(DATASET_FILE_LIMIT, file.size);
      if (tooLarge) {
        rejectDataset(file.name, [{ path: '', message: tooLarge }]);
        return;
      }
      setBusy(true);
      try {
        // The file reader (and its JSON parser) loads with the first file, not with the first route;
        // a big file is parsed in a worker, with its progress and Cancel in the layout.
        const { readInputFor, doneReading, CANCELLED } = await import('../../store/reading');
        const result = await readInputFor(store, { kind: 'dataset-file', file }, file.name, { opening: true });
        if (result === CANCELLED) return;
        try {
          if (result.ok) loadCustomDataset({ dataset: result.value, fileName: file.name });
          else rejectDataset(file.name, result.problems);
        } finally {
          doneReading(store);
        }
      } finally {
        setBusy(false);
      }
    },
    [loadCustomDataset, rejectDataset, store],
  );

  return { loadFile, busy };
}
