import { expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/repo-file';
import { readSnapshot, serializeSnapshot } from './serialize';
import { shareLink, snapshotFromHash } from './share-link';

const snapshot = () => {
  const r = readSnapshot(JSON.parse(readRepoFile('tests/fixtures/snapshots/v1.json')));
  if (!r.ok) throw new Error('fixture');
  return r.snapshot;
};

it('round-trips a snapshot through a link fragment, compressed', () => {
  const { url, tooLong } = shareLink('http://127.0.0.1:4173/forces#old', snapshot());
  expect(url.startsWith('http://127.0.0.1:4173/forces#snapshot=')).toBe(true);
  // Compressed: shorter than the compact JSON it carries.
  expect(url.length).toBeLessThan(JSON.stringify(snapshot()).length);
  expect(tooLong).toBe(false);
  const back = snapshotFromHash(new URL(url).hash);
  expect(back?.ok && serializeSnapshot(back.snapshot)).toBe(serializeSnapshot(snapshot()));
});

it('says a link is too long when it carries an embedded dataset of some size', () => {
  const s = snapshot();
  const big = JSON.parse(readRepoFile('data/dataset.json'));
  delete big.$schema;
  const { tooLong } = shareLink('http://x/', { ...s, dataset: { kind: 'embedded', fileName: 'big.json', dataset: big } });
  expect(tooLong).toBe(true);
});

it('ignores other fragments and reports a damaged link', () => {
  expect(snapshotFromHash('#section-2')).toBeNull();
  expect(snapshotFromHash('#snapshot=%%%broken')).toMatchObject({ ok: false });
});
