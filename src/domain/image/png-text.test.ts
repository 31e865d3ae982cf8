import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, isPng, readPngText, withPngText } from './png-text';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A real 2×1 RGBA PNG (one red, one blue pixel), built from the specification, plus extra chunks. */
function png(extra: Buffer[] = []): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const pixels = Buffer.from([0, 255, 0, 0, 255, 0, 0, 255, 255]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      ...extra,
      chunk('IDAT', deflateSync(pixels)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

/** Chunk types in order. */
function types(bytes: Uint8Array): string[] {
  const b = Buffer.from(bytes);
  const out: string[] = [];
  for (let at = 8; at < b.length; at += 12 + b.readUInt32BE(at)) out.push(b.toString('latin1', at + 4, at + 8));
  return out;
}

const KEY = 'architecture-workbench/snapshot';

describe('crc32', () => {
  it('gives the check value of the CRC-32 PNG uses', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('PNG text chunks', () => {
  it('round-trips a UTF-8 text through an iTXt chunk placed before IEND, keeping every other chunk', () => {
    const text = '{"title":"Entscheidung für den Kern – 決定","note":"a\\nb"}';
    const out = withPngText(png(), KEY, text);
    expect(isPng(out)).toBe(true);
    expect(types(out)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(readPngText(out, KEY)).toEqual({ ok: true, value: text });
    // The original image data is untouched.
    expect(Buffer.from(out).includes(Buffer.from(png()).subarray(8, 33))).toBe(true);
  });

  it('replaces the text on a second export instead of stacking copies', () => {
    const twice = withPngText(withPngText(png(), KEY, 'first'), KEY, 'second');
    expect(types(twice)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(readPngText(twice, KEY)).toEqual({ ok: true, value: 'second' });
  });

  it('reads a tEXt chunk written by another program, and ignores other keywords', () => {
    const other = chunk('tEXt', Buffer.from('Software\0Inkscape', 'latin1'));
    const ours = chunk('tEXt', Buffer.from(`${KEY}\0{"a":1}`, 'latin1'));
    expect(readPngText(png([other, ours]), KEY)).toEqual({ ok: true, value: '{"a":1}' });
    expect(readPngText(png([other]), KEY)).toEqual({ ok: true, value: null });
    expect(readPngText(png(), KEY)).toEqual({ ok: true, value: null });
  });

  it('says what is wrong with a file that is not a PNG, is cut short or damaged', () => {
    expect(readPngText(new TextEncoder().encode('<svg/>'), KEY)).toMatchObject({ ok: false, message: expect.stringMatching(/^not a PNG/) });
    const full = withPngText(png(), KEY, 'text');
    expect(readPngText(full.subarray(0, full.length - 20), KEY)).toMatchObject({ ok: false, message: expect.stringMatching(/cut short/) });
    const damaged = full.slice();
    const at = damaged.length - 20; // a byte inside the iTXt chunk
    damaged[at] = damaged[at]! ^ 0xff;
    expect(readPngText(damaged, KEY)).toMatchObject({ ok: false, message: expect.stringMatching(/iTXt chunk .* damaged/) });
  });

  it('refuses a keyword PNG does not allow', () => {
    expect(() => withPngText(png(), '', 'x')).toThrow(/keyword/);
    expect(() => withPngText(png(), ' lead', 'x')).toThrow(/keyword/);
    expect(() => withPngText(png(), 'x'.repeat(80), 'x')).toThrow(/keyword/);
    expect(() => withPngText(png(), 'Entscheidung 決', 'x')).toThrow(/keyword/);
  });

  it('round-trips any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(readPngText(withPngText(png(), KEY, text), KEY)).toEqual({ ok: true, value: text });
      }),
    );
  });
});
