import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/repo-file';
import { readInput } from '../../domain/input/read-input';
import { handleReadRequest, type ReadMessage, readBlob } from './protocol';

const datasetText = readRepoFile('data/dataset.json');
const snapshotText = readRepoFile('tests/fixtures/snapshots/v2.json');
const bytes = (text: string) => new TextEncoder().encode(text);

async function run(request: Parameters<typeof handleReadRequest>[0]): Promise<ReadMessage[]> {
  const messages: ReadMessage[] = [];
  await handleReadRequest(request, (m) => messages.push(structuredClone(m)));
  return messages;
}

describe('the input worker protocol', () => {
  it('reads a file: progress while reading, then checking, then exactly one result, all for its id', async () => {
    const big = `${snapshotText}${' '.repeat(3 * 1024 * 1024)}`;
    const messages = await run({ id: 7, kind: 'snapshot-file', file: new Blob([big]) });
    expect(messages.every((m) => m.id === 7)).toBe(true);
    const phases = messages.map((m) => (m.type === 'progress' ? m.phase : 'done'));
    expect(phases[0]).toBe('reading');
    expect(phases.at(-2)).toBe('checking');
    expect(phases.at(-1)).toBe('done');
    expect(phases.filter((p) => p === 'done')).toHaveLength(1);
    const loaded = messages.flatMap((m) => (m.type === 'progress' && m.phase === 'reading' ? [m.loaded] : []));
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
    expect(messages.every((m) => m.type !== 'progress' || m.total === big.length)).toBe(true);
    const done = messages.at(-1);
    expect(done?.type === 'done' && done.result).toMatchObject({ ok: true });
  });

  it('gives what the domain reader gives, through a structured clone, for good and bad files', async () => {
    const broken = datasetText.replace('"patterns"', '"patterns" oops');
    const wrongType = snapshotText.replace('"version": 2', '"version": "two"');
    const cases = [
      { kind: 'dataset-file' as const, text: datasetText },
      { kind: 'dataset-file' as const, text: broken },
      { kind: 'snapshot-file' as const, text: snapshotText },
      { kind: 'snapshot-file' as const, text: wrongType },
    ];
    for (const c of cases) {
      const messages = await run({ id: 1, kind: c.kind, file: new Blob([c.text]) });
      const done = messages.at(-1);
      expect(done?.type === 'done' && done.result).toEqual(readInput({ kind: c.kind, bytes: bytes(c.text) }));
    }
    // The located problem survives: the line of the broken JSON.
    const messages = await run({ id: 2, kind: 'dataset-file', file: new Blob([broken]) });
    const done = messages.at(-1);
    const result = done?.type === 'done' ? done.result : null;
    expect(result && !result.ok && result.problems[0]?.line).toBeGreaterThan(1);
  });

  it('reads pasted text and a link with the same readers', async () => {
    const text = await run({ id: 3, kind: 'snapshot-text', text: snapshotText });
    expect(text.map((m) => m.type)).toEqual(['progress', 'done']);
    expect(text[1]?.type === 'done' && text[1].result).toEqual(readInput({ kind: 'snapshot-text', text: snapshotText }));
    const link = await run({ id: 4, kind: 'share-link', hash: '#snapshot=%%%broken' });
    expect(link.at(-1)).toMatchObject({ type: 'done', result: { ok: false } });
    const none = await run({ id: 5, kind: 'share-link', hash: '#section-2' });
    expect(none.at(-1)).toMatchObject({ type: 'done', result: null });
  });

  it('turns a file that cannot be read into a problem, never a thrown error', async () => {
    const gone = { size: 10, stream: () => new ReadableStream({ pull: (c) => c.error(new Error('NotReadableError')) }) } as unknown as Blob;
    const messages = await run({ id: 6, kind: 'dataset-file', file: gone });
    expect(messages.at(-1)).toMatchObject({
      type: 'done',
      result: { ok: false, problems: [{ path: '', message: expect.stringMatching(/could not be read: NotReadableError/) }] },
    });
  });

  it('reads a blob whole, in order, whatever its chunks', async () => {
    const parts = Array.from({ length: 40 }, (_, i) => new Uint8Array(100_000).fill(i));
    // A streaming blob as browsers have it (jsdom's has no stream(), and is read whole).
    const streaming = {
      size: 4_000_000,
      stream: () =>
        new ReadableStream({
          start: (c) => {
            for (const p of parts) c.enqueue(p);
            c.close();
          },
        }),
    };
    const seen: number[] = [];
    const read = await readBlob(streaming as unknown as Blob, (n) => seen.push(n));
    expect(read.length).toBe(4_000_000);
    expect([read[0], read[100_000], read[3_999_999]]).toEqual([0, 1, 39]);
    // Said once per megabyte or so, not once per chunk.
    expect(seen).toEqual([1_100_000, 2_200_000, 3_300_000]);
    const whole = await readBlob(new Blob(parts), () => {});
    expect(Buffer.from(whole).equals(Buffer.from(read))).toBe(true);
  });
});
