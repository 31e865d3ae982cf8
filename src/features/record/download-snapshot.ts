import { serializeSnapshot } from '../../domain/snapshot/serialize';
import { downloadText, fileSlug } from '../../lib/download-file';
import { captureSnapshot } from '../../store/snapshot-io';
import type { AppStore } from '../../store/store';

/** Downloads the decision in use as a snapshot file named after its title. */
export async function downloadSnapshotFile(store: AppStore): Promise<void> {
  const state = store.getState();
  const snapshot = await captureSnapshot(state, new Date().toISOString());
  downloadText(`${fileSlug(state.record.title)}.workbench.json`, serializeSnapshot(snapshot));
}
