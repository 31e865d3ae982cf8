import { useCallback, useState } from 'react';
import { useAppStore } from '../../store/store';

const MAX_BYTES = 20 * 1024 * 1024;

/** Reads a dataset file, validates it and either loads it or reports every problem. */
export function useDatasetFile() {
  const loadCustomDataset = useAppStore((s) => s.loadCustomDataset);
  const rejectDataset = useAppStore((s) => s.rejectDataset);
  const [busy, setBusy] = useState(false);

  const loadFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_BYTES) {
        rejectDataset(file.name, [
          { path: '', message: `the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; datasets up to 20 MB are read` },
        ]);
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
