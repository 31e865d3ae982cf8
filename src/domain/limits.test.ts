import { describe, expect, it } from 'vitest';
import { DATASET_FILE_LIMIT, MERMAID_LIMIT, overLimit, SHARE_LINK_LIMIT, SNAPSHOT_LIMIT } from './limits';
import { readMermaid } from './mermaid/read';
import { parseDatasetText } from './model/parse-dataset-text';
import { parseSnapshotText } from './snapshot/serialize';
import { snapshotFromHash } from './snapshot/share-link';

describe('overLimit', () => {
  it('lets the limit itself through and names both sizes above it', () => {
    expect(overLimit(MERMAID_LIMIT, MERMAID_LIMIT.max)).toBeNull();
    expect(overLimit(MERMAID_LIMIT, 1_000_001)).toBe(
      'the text is 1,000,001 characters; pasted Mermaid may be at most 1,000,000 characters',
    );
    expect(overLimit(DATASET_FILE_LIMIT, 25 * 1024 * 1024)).toBe('the file is 25 MB; a dataset file may be at most 20 MB');
    expect(overLimit(SNAPSHOT_LIMIT, SNAPSHOT_LIMIT.max + 1, 'characters')).toBe(
      `the text is ${(SNAPSHOT_LIMIT.max + 1).toLocaleString('en')} characters; a snapshot may be at most 24 MB`,
    );
  });
});

describe('every reader checks the size before it parses', () => {
  // Text that would take long to parse if it were parsed at all: one deep, unclosed array.
  const over = (limit: { max: number }) => '['.repeat(limit.max + 1);

  it('the dataset reader', { timeout: 10_000 }, () => {
    const read = parseDatasetText(over(DATASET_FILE_LIMIT));
    expect(read).toEqual({ ok: false, problems: [{ path: '', message: expect.stringMatching(/a dataset file may be at most 20 MB$/) }] });
  });

  it('the snapshot reader (files and pasted text)', { timeout: 10_000 }, () => {
    const read = parseSnapshotText(over(SNAPSHOT_LIMIT));
    expect(read).toEqual({ ok: false, problems: [{ path: '', message: expect.stringMatching(/a snapshot may be at most 24 MB$/) }] });
  });

  it('the share-link reader, before unpacking (the unpacked text goes through the snapshot reader)', { timeout: 10_000 }, () => {
    expect(snapshotFromHash(`#snapshot=${'A'.repeat(SHARE_LINK_LIMIT.max + 1)}`)).toEqual({
      ok: false,
      problems: [{ path: '', message: 'the text is 100,001 characters; a share link may be at most 100,000 characters' }],
    });
  });

  it('the Mermaid reader', () => {
    expect(readMermaid(`flowchart LR\n${' '.repeat(MERMAID_LIMIT.max)}`)).toEqual({
      ok: false,
      problems: [{ line: 1, message: 'the text is 1,000,013 characters; pasted Mermaid may be at most 1,000,000 characters' }],
    });
  });
});
