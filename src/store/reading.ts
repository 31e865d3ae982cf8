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
  /** The caller puts the result in place next, and calls `doneReading` when it has. */
  { opening = false }: { opening?: boolean } = {},
): Promise<InputResults[S['kind']] | typeof CANCELLED> {
  const holder = readingHolder(store);
  const controller = new AbortController();
  const said = readsOffThread(requestSize(request));
  const cancel = () => controller.abort();
  const show = (progress: ReadProgress) => {
    if (said) holder.setState({ reading: { name, ...progress, cancel } });
  };
  const clear = () => {
    if (holder.getState().reading?.cancel === cancel) holder.setState({ reading: null });
  };
  show({ phase: 'reading', loaded: 0, total: requestSize(request) });
  return readOffThread(request, { signal: controller.signal, onProgress: show }).then(
    async (result) => {
      const opens = result !== CANCELLED && result !== null && (result as { ok?: unknown }).ok !== false;
      if (!said || !opens || !opening) {
        clear();
        return result;
      }
      // Putting a big decision in place runs on the main thread: say so, and let that be painted
      // before it starts. The caller says when it is done (`doneReading`).
      const total = requestSize(request);
      holder.setState({ reading: { name, phase: 'opening', loaded: total, total, cancel } });
      await nextPaint();
      return result;
    },
    (error: unknown) => {
      clear();
      throw error;
    },
  );
}

/** After a read that resolved with something to open: the opening is over, the status goes. */
export function doneReading(store: AppStore): void {
  const holder = readingHolder(store);
  if (holder.getState().reading?.phase === 'opening') holder.setState({ reading: null });
}

/** Resolves once a frame has been painted (or soon, where none is: a hidden tab, jsdom). */
function nextPaint(): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, 100);
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => {
        clearTimeout(timer);
        setTimeout(done, 0);
      });
  });
}

export { CANCELLED };
