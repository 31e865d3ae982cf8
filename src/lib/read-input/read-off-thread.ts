/**
 * Reads an input (a file, pasted text, a link) into a dataset or a snapshot: a big one in a Web Worker,
 * so the page keeps responding and can show how far it got; a small one, or any where there is no
 * Worker (jsdom, a worker that fails to start), on the main thread by the same handler.
 */
import type { InputResults } from '../../domain/input/read-input';
import { handleReadRequest, type ReadMessage, type ReadPhase, type ReadRequest, type ReadSource, requestSize } from './protocol';

/** From this size (bytes or characters) an input is read off the main thread. */
export const OFF_THREAD_FROM = 1024 * 1024;

export interface ReadProgress {
  phase: ReadPhase;
  loaded: number;
  total: number;
}

export interface ReadOptions {
  onProgress?: (progress: ReadProgress) => void;
  /** Aborting stops the read (the worker is ended) and the read resolves to 'cancelled'. */
  signal?: AbortSignal;
  /** Makes the worker; null where there is none. Replaced in tests. */
  createWorker?: () => Worker | null;
}

export const CANCELLED = 'cancelled';

/** True when a request this size goes to the worker (where there is one). */
export const readsOffThread = (size: number) => size >= OFF_THREAD_FROM;

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./input.worker.ts', import.meta.url), { type: 'module', name: 'input-reader' });
  } catch {
    return null;
  }
}

let nextId = 1;

/** A frame for the status to paint before the main thread is taken by a big parse. */
const paint = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });

export function readOffThread<S extends ReadSource>(
  request: S,
  options: ReadOptions = {},
): Promise<InputResults[S['kind']] | typeof CANCELLED> {
  const full: ReadRequest = { ...request, id: nextId++ };
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.resolve(CANCELLED);
  const big = readsOffThread(requestSize(full));

  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: InputResults[S['kind']] | typeof CANCELLED) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    let worker: Worker | null = null;
    const onAbort = () => {
      worker?.terminate();
      finish(CANCELLED);
    };
    signal?.addEventListener('abort', onAbort);
    const receive = (message: ReadMessage) => {
      if (message.id !== full.id || settled) return;
      if (message.type === 'progress') onProgress?.({ phase: message.phase, loaded: message.loaded, total: message.total });
      else {
        worker?.terminate();
        finish(signal?.aborted ? CANCELLED : (message.result as InputResults[S['kind']]));
      }
    };
    const onMainThread = () => {
      worker = null;
      void handleReadRequest(full, receive, big ? { beforeCheck: paint } : {});
    };
    if (!big) return onMainThread();
    worker = (options.createWorker ?? defaultWorker)();
    if (!worker) return onMainThread();
    worker.onmessage = (event: MessageEvent<ReadMessage>) => receive(event.data);
    // A worker that cannot start (or cannot take the message) leaves the reading to the main thread.
    const fallBack = () => {
      if (settled) return;
      worker?.terminate();
      onMainThread();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack();
    };
    worker.onmessageerror = fallBack;
    worker.postMessage(full);
  });
}
