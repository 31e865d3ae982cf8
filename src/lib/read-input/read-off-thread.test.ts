import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/repo-file';
import { readInput } from '../../domain/input/read-input';
import { handleReadRequest, type ReadMessage, type ReadRequest } from './protocol';
import { CANCELLED, OFF_THREAD_FROM, type ReadProgress, readOffThread } from './read-off-thread';

const snapshotText = readRepoFile('tests/fixtures/snapshots/v2.json');
/** Valid JSON over the threshold: the fixture followed by whitespace. */
const bigText = `${snapshotText}${' '.repeat(OFF_THREAD_FROM)}`;

/**
 * A worker as the page sees one: messages in and out through structured clones, asynchronously,
 * running the same handler as input.worker.ts. `hold` keeps requests until `release`.
 */
class FakeWorker {
  onmessage: ((e: MessageEvent<ReadMessage>) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  received: ReadRequest[] = [];
  private held: (() => void)[] = [];
  constructor(private readonly options: { hold?: boolean; fail?: boolean } = {}) {}
  postMessage(request: ReadRequest) {
    this.received.push(request);
    const run = () => {
      if (this.options.fail) {
        this.onerror?.({ preventDefault() {} });
        return;
      }
      void handleReadRequest(request, (m) => {
        if (!this.terminated) queueMicrotask(() => this.onmessage?.({ data: structuredClone(m) } as MessageEvent<ReadMessage>));
      });
    };
    if (this.options.hold) this.held.push(run);
    else setTimeout(run, 0);
  }
  release() {
    for (const run of this.held.splice(0)) run();
  }
  terminate() {
    this.terminated = true;
  }
}

describe('reading off the main thread', () => {
  it('sends a big input to the worker and gives the result the main thread would, with progress', async () => {
    const worker = new FakeWorker();
    const progress: ReadProgress[] = [];
    const result = await readOffThread(
      { kind: 'snapshot-file', file: new Blob([bigText]) },
      { createWorker: () => worker as unknown as Worker, onProgress: (p) => progress.push(p) },
    );
    expect(worker.received).toHaveLength(1);
    expect(result).toEqual(readInput({ kind: 'snapshot-file', bytes: new TextEncoder().encode(bigText) }));
    expect(result).toMatchObject({ ok: true });
    expect(progress.map((p) => p.phase)).toContain('checking');
    expect(progress.every((p) => p.total === bigText.length)).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('reads a small input on the main thread, without a worker', async () => {
    let made = 0;
    const result = await readOffThread(
      { kind: 'snapshot-text', text: snapshotText },
      {
        createWorker: () => {
          made++;
          return null;
        },
      },
    );
    expect(made).toBe(0);
    expect(result).toEqual(readInput({ kind: 'snapshot-text', text: snapshotText }));
  });

  it('falls back to the main thread, with the same result, where there is no worker or it fails to start', async () => {
    const expected = readInput({ kind: 'snapshot-text', text: bigText });
    expect(await readOffThread({ kind: 'snapshot-text', text: bigText }, { createWorker: () => null })).toEqual(expected);
    const failing = new FakeWorker({ fail: true });
    expect(await readOffThread({ kind: 'snapshot-text', text: bigText }, { createWorker: () => failing as unknown as Worker })).toEqual(
      expected,
    );
    expect(failing.terminated).toBe(true);
  });

  it('cancels: the worker is ended, the read resolves to cancelled, and a late answer is ignored', async () => {
    const worker = new FakeWorker({ hold: true });
    const controller = new AbortController();
    const reading = readOffThread(
      { kind: 'snapshot-text', text: bigText },
      { createWorker: () => worker as unknown as Worker, signal: controller.signal },
    );
    controller.abort();
    expect(await reading).toBe(CANCELLED);
    expect(worker.terminated).toBe(true);
    worker.release(); // nothing arrives after the end, and nothing throws
  });

  it('answers only its own request', async () => {
    const worker = new FakeWorker({ hold: true });
    const reading = readOffThread({ kind: 'snapshot-text', text: bigText }, { createWorker: () => worker as unknown as Worker });
    const id = worker.received[0]?.id ?? 0;
    // A stray answer for another id is not taken for this one.
    worker.onmessage?.({ data: { id: id + 1000, type: 'done', result: null } } as MessageEvent<ReadMessage>);
    worker.release();
    expect(await reading).toMatchObject({ ok: true });
  });
});
