/**
 * How much each way into the app reads, checked before any parsing: a file by its size, a text by
 * its length. Each limit is far above what the app writes itself (the built-in dataset is ~60 KB of
 * JSON, a generated 1,000-option dataset 1.7 MB, a share link of the built-in decision a few
 * thousand characters), and every refusal names the limit.
 */

export interface InputLimit {
  /** What is read, as a message names it: "a dataset file". */
  what: string;
  /** The most that is read: bytes of a file, characters of a text. */
  max: number;
  unit: 'bytes' | 'characters';
}

const MB = 1024 * 1024;

export const DATASET_FILE_LIMIT: InputLimit = { what: 'a dataset file', max: 20 * MB, unit: 'bytes' };
/** A snapshot can embed a dataset, so it may be a little larger than one. */
export const SNAPSHOT_LIMIT: InputLimit = { what: 'a snapshot', max: 24 * MB, unit: 'bytes' };
/** The packed snapshot in a link's fragment; the unpacked text is then held to SNAPSHOT_LIMIT. */
export const SHARE_LINK_LIMIT: InputLimit = { what: 'a share link', max: 100_000, unit: 'characters' };
export const MERMAID_LIMIT: InputLimit = { what: 'pasted Mermaid', max: 1_000_000, unit: 'characters' };

const amount = (n: number, unit: InputLimit['unit']) =>
  unit === 'bytes' ? `${Number((n / MB).toFixed(1))} MB` : `${n.toLocaleString('en')} characters`;

/**
 * Null when `size` is within the limit; otherwise the message, naming both sizes. A text's length
 * (UTF-16 code units) is held to a byte limit as it is: never more than its UTF-8 size for the JSON
 * the app reads, so nothing the app wrote is refused.
 */
export function overLimit(limit: InputLimit, size: number, unit: InputLimit['unit'] = limit.unit): string | null {
  if (size <= limit.max) return null;
  const noun = unit === 'bytes' ? 'the file is' : 'the text is';
  return `${noun} ${amount(size, unit)}; ${limit.what} may be at most ${amount(limit.max, limit.unit)}`;
}
