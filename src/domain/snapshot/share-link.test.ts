import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/repo-file';
import { readSnapshot, serializeSnapshot } from './serialize';
import { contentChecksum, shareLink, snapshotFromHash } from './share-link';

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

describe('damaged and garbage links', () => {
  const link = () => new URL(shareLink('http://x/', snapshot()).url).hash;

  it('carries a checksum of its content before the compressed snapshot', () => {
    expect(link()).toMatch(/^#snapshot=[0-9a-z]{11}\.[A-Za-z0-9+$-]+$/);
  });

  it('refuses a link whose content was changed, naming the checksum', () => {
    const h = link();
    const [sum, payload] = h.slice('#snapshot='.length).split('.');
    // Another snapshot's payload under this checksum: it unpacks fine, but is not what was shared.
    const other = { ...snapshot(), decision: { ...snapshot().decision, title: 'Changed' } } as ReturnType<typeof snapshot>;
    const otherPayload = new URL(shareLink('http://x/', other).url).hash.split('.')[1];
    expect(otherPayload).not.toBe(payload);
    const r = snapshotFromHash(`#snapshot=${sum}.${otherPayload}`);
    expect(r).toMatchObject({ ok: false });
    expect(r?.ok === false && r.problems[0]?.message).toMatch(/does not match its checksum/);
  });

  it('refuses a link cut short, and a checksum that is not one', () => {
    const h = link();
    expect(snapshotFromHash(h.slice(0, Math.floor(h.length / 2)))).toMatchObject({ ok: false });
    expect(snapshotFromHash(h.slice(0, 20))).toMatchObject({ ok: false });
    expect(snapshotFromHash(`#snapshot=!!.${h.split('.')[1]}`)).toMatchObject({ ok: false });
  });

  it('still opens a link made before checksums (no dot): links already shared keep working', () => {
    const old = `#snapshot=${compressToEncodedURIComponent(JSON.stringify(snapshot()))}`;
    const r = snapshotFromHash(old);
    expect(r?.ok && serializeSnapshot(r.snapshot)).toBe(serializeSnapshot(snapshot()));
  });

  it('opens a link with any one character changed only when its content is exactly what was shared', () => {
    const h = link();
    const original = serializeSnapshot(snapshot());
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$.';
    fc.assert(
      fc.property(fc.integer({ min: '#snapshot='.length, max: h.length - 1 }), fc.constantFrom(...alphabet), (at, c) => {
        fc.pre(h.charAt(at) !== c);
        const r = snapshotFromHash(h.slice(0, at) + c + h.slice(at + 1));
        expect(r).not.toBeNull();
        if (r?.ok) expect(serializeSnapshot(r.snapshot)).toBe(original);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random strings: a link is either no snapshot or a result', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        expect(() => snapshotFromHash(s)).not.toThrow();
        const r = snapshotFromHash(`#snapshot=${s}`);
        expect(r?.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
    // lz-string's own alphabet, where its decompressor is known to throw a TypeError on some inputs.
    const lz = fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'),
      maxLength: 200,
    });
    fc.assert(
      fc.property(lz, (s) => {
        expect(snapshotFromHash(`#snapshot=${s}`)?.ok).toBe(false);
        expect(snapshotFromHash(`#snapshot=${contentChecksum(s)}.${s}`)?.ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
