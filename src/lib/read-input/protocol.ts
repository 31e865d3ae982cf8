/**
 * The messages between the page and the input worker, and the worker's side of them. The handler
 * reads a file's bytes (saying how far it got), then calls the domain's one reader (readInput): the
 * worker and the main-thread fallback both run this same function, so both give the same result.
 */
import { type InputKind, type InputResult, readInput } from '../../domain/input/read-input';

/** A file's bytes arrive in chunks; progress is said at most once per this many bytes. */
const PROGRESS_STEP = 1024 * 1024;

type FileKind = Extract<InputKind, 'dataset-file' | 'snapshot-file'>;

/** What to read: a file (read here, with progress), a text or a link's fragment. */
export type ReadSource = { kind: FileKind; file: Blob } | { kind: 'snapshot-text'; text: string } | { kind: 'share-link'; hash: string };

export type ReadRequest = ReadSource & { id: number };

export type ReadPhase = 'reading' | 'checking';

export type ReadMessage =
  | { id: number; type: 'progress'; phase: ReadPhase; loaded: number; total: number }
  | { id: number; type: 'done'; result: InputResult };

/** The size of what a request reads: bytes of a file, characters of a text or a link. */
export function requestSize(request: ReadSource): number {
  if ('file' in request) return request.file.size;
  return 'text' in request ? request.text.length : request.hash.length;
}

/** A blob's bytes, read in chunks where the platform streams, with the count read so far. */
export async function readBlob(blob: Blob, onProgress: (loaded: number) => void): Promise<Uint8Array> {
  if (typeof blob.stream !== 'function') return new Uint8Array(await blob.arrayBuffer());
  const bytes = new Uint8Array(blob.size);
  const reader = blob.stream().getReader();
  let loaded = 0;
  let said = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that grew while read (it was being written) is read only as far as its size said.
    const chunk = value.subarray(0, Math.max(0, bytes.length - loaded));
    bytes.set(chunk, loaded);
    loaded += chunk.length;
    if (loaded - said >= PROGRESS_STEP) {
      said = loaded;
      onProgress(loaded);
    }
  }
  return loaded === bytes.length ? bytes : bytes.subarray(0, loaded);
}

export interface HandleOptions {
  /** Awaited between reading and checking: the main-thread fallback lets the page paint the status there. */
  beforeCheck?: () => Promise<void>;
}

/**
 * Answers one request with progress messages and exactly one `done`. A file that cannot be read (it
 * was moved or deleted after it was picked) is a problem in the result, like any other.
 */
export async function handleReadRequest(
  request: ReadRequest,
  post: (message: ReadMessage) => void,
  options: HandleOptions = {},
): Promise<void> {
  const { id } = request;
  const total = requestSize(request);
  const progress = (phase: ReadPhase, loaded: number) => post({ id, type: 'progress', phase, loaded, total });
  let result: InputResult;
  try {
    if ('file' in request) {
      progress('reading', 0);
      const bytes = await readBlob(request.file, (loaded) => progress('reading', loaded));
      progress('checking', bytes.length);
      await options.beforeCheck?.();
      result = readInput({ kind: request.kind, bytes });
    } else {
      progress('checking', total);
      await options.beforeCheck?.();
      result =
        'text' in request ? readInput({ kind: request.kind, text: request.text }) : readInput({ kind: request.kind, hash: request.hash });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result = { ok: false, problems: [{ path: '', message: `the file could not be read: ${message}` }] };
  }
  post({ id, type: 'done', result });
}
