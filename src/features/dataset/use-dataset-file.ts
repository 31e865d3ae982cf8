import { useCallback, useState } from 'react';
import { DATASET_FILE_LIMIT, overLimit } from '../../domain/limits';
import { useAppStore } from '../../store/store';

/** Reads a dataset file, validates it and either loads it or reports every problem. */
export function useDatasetFile() {
  const loadCustomDataset = useAppStore((s) => s.loadCustomDataset);
  const rejectDataset = useAppStore((s) => s.rejectDataset);
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
        // The file reader (and its JSON parser) loads with the first file, not with the first route.
        const [text, { parseDatasetText }] = await Promise.all([file.text(), import('../../domain/model/parse-dataset-text')]);
        const result = parseDatasetText(text);
        if (result.ok) loadCustomDataset({ dataset: result.value, fileName: file.name });
        else rejectDataset(file.name, result.problems);
      } catch (error) {
        rejectDataset(file.name, [
          { path: '', message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}` },
        ]);
      } finally {
        setBusy(false);
      }
    },
    [loadCustomDataset, rejectDataset],
  );

  return { loadFile, busy };
}
