/**
 * Reading an input with progress, off the main thread when it is big. Loaded with the first input
 * read (it brings the readers); the status it sets is in reading-status.ts, which the layout shows.
 */
import type { InputResults } from '../domain/input/read-input';
import { type ReadSource, requestSize } from '../lib/read-input/protocol';
import { CANCELLED, type ReadProgress, readOffThread, readsOffThread } from '../lib/read-input/read-off-thread';
import { readingHolder } from './reading-status';
import type { AppStore } from './store';

/**
 * Reads an input with the domain's readers, off the main thread when it is big; while it reads, the
 * page shows what and how far (a big input only) with Cancel. Resolves to 'cancelled' when cancelled.
 */
export function readInputFor<S extends ReadSource>(
  store: AppStore,
  request: S,
  name: string,
): Promise<InputResults[S['kind']] | typeof CANCELLED> {
  const holder = readingHolder(store);
  const controller = new AbortController();
  const said = readsOffThread(requestSize(request));
  const cancel = () => controller.abort();
  const show = (progress: ReadProgress) => {
    if (said) holder.setState({ reading: { name, ...progress, cancel } });
  };
  show({ phase: 'reading', loaded: 0, total: requestSize(request) });
  return readOffThread(request, { signal: controller.signal, onProgress: show }).finally(() => {
    if (holder.getState().reading?.cancel === cancel) holder.setState({ reading: null });
  });
}

export { CANCELLED };
