/**
 * Every way a document comes into the app, read by one function: a dataset file, a snapshot file (or
 * an exported image carrying one), pasted snapshot text, a share link. Plain and synchronous: it runs
 * on the main thread for small inputs and in a Web Worker for big ones (src/lib/read-input), and both
 * give the same result, because both call this, which only calls the domain's own readers.
 */
import { isImage, snapshotTextOfImage } from '../image/embedded-snapshot';
import type { Dataset } from '../model/dataset';
import { parseDatasetText } from '../model/parse-dataset-text';
import type { ParseResult } from '../model/parse-dataset';
import { parseSnapshotText, type SnapshotResult } from '../snapshot/serialize';
import { snapshotFromHash } from '../snapshot/share-link';

/** What is read, and how it came: bytes of a file, a text, a link's fragment. */
export type InputSource =
  | { kind: 'dataset-file'; bytes: Uint8Array }
  | { kind: 'snapshot-file'; bytes: Uint8Array }
  | { kind: 'snapshot-text'; text: string }
  | { kind: 'share-link'; hash: string };

export type InputKind = InputSource['kind'];

/** What each kind of input reads to; a link without a snapshot in it reads to null. */
export interface InputResults {
  'dataset-file': ParseResult<Dataset>;
  'snapshot-file': SnapshotResult;
  'snapshot-text': SnapshotResult;
  'share-link': SnapshotResult | null;
}

export type InputResult = InputResults[InputKind];

/** A snapshot file's bytes: JSON, or an image exported by the app with the decision inside. */
export function readSnapshotBytes(bytes: Uint8Array): SnapshotResult {
  if (!isImage(bytes)) return parseSnapshotText(new TextDecoder().decode(bytes));
  const found = snapshotTextOfImage(bytes);
  return found.ok ? parseSnapshotText(found.text) : { ok: false, problems: [{ path: '', message: found.message }] };
}

/** Reads any input. Never throws on what the input contains (each reader reports problems instead). */
export function readInput<K extends InputKind>(source: InputSource & { kind: K }): InputResults[K];
export function readInput(source: InputSource): InputResult {
  switch (source.kind) {
    case 'dataset-file':
      return parseDatasetText(new TextDecoder().decode(source.bytes));
    case 'snapshot-file':
      return readSnapshotBytes(source.bytes);
    case 'snapshot-text':
      return parseSnapshotText(source.text);
    case 'share-link':
      return snapshotFromHash(source.hash);
  }
}

/** How big an input is, in the unit its limit counts: bytes of a file, characters of a text. */
export function inputSize(source: InputSource): number {
  switch (source.kind) {
    case 'dataset-file':
    case 'snapshot-file':
      return source.bytes.length;
    case 'snapshot-text':
      return source.text.length;
    case 'share-link':
      return source.hash.length;
  }
}
