/**
 * Text inside a PNG file: writing and reading `iTXt` chunks (and reading `tEXt`), as the PNG
 * specification (W3C PNG, 3rd edition, §11.3.3) defines them. An exported image carries its
 * decision this way, so the image can be opened again. No PNG library is installed, and the format
 * is small: a chunk is length (4 bytes, big-endian), type (4 ASCII letters), data, and the CRC-32 of
 * type and data.
 *
 * iTXt data: keyword (Latin-1, 1–79 bytes), NUL, compression flag (0), compression method (0),
 * language tag, NUL, translated keyword, NUL, then the text as UTF-8. We write it uncompressed.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let table: Uint32Array | null = null;
/** CRC-32 (ISO 3309, the polynomial PNG uses), over `bytes`. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = table[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

interface Chunk {
  type: string;
  /** Offset of the chunk's length field in the file, and of its data. */
  start: number;
  data: Uint8Array;
}

export type PngResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** The chunks of a PNG file in order, each checked against its CRC. */
function chunksOf(bytes: Uint8Array): PngResult<Chunk[]> {
  if (!isPng(bytes)) return { ok: false, message: 'not a PNG image (its first bytes are not the PNG signature)' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) return { ok: false, message: `the PNG is cut short at byte ${at}` };
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > bytes.length) return { ok: false, message: `the PNG is cut short in a chunk at byte ${at}` };
    const typeAndData = bytes.subarray(at + 4, at + 8 + length);
    const type = latin1(typeAndData.subarray(0, 4));
    if (crc32(typeAndData) !== view.getUint32(at + 8 + length)) {
      return { ok: false, message: `the PNG's ${type} chunk at byte ${at} is damaged (its checksum does not match)` };
    }
    chunks.push({ type, start: at, data: bytes.subarray(at + 8, at + 8 + length) });
    at = end;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR' || chunks.at(-1)?.type !== 'IEND') return { ok: false, message: 'the PNG has no IHDR or no IEND chunk' };
  return { ok: true, value: chunks };
}

function checkKeyword(keyword: string): void {
  // Latin-1 printable characters and spaces, no leading, trailing or double spaces (§11.3.3.2).
  if (!/^[\x21-\x7e\xa1-\xff](?:[\x21-\x7e\xa1-\xff]| (?! ))*$/.test(keyword) || keyword.length > 79 || keyword.endsWith(' ')) {
    throw new Error(`not a valid PNG text keyword: "${keyword}"`);
  }
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * The PNG with an uncompressed iTXt chunk `keyword` = `text` (UTF-8) added just before IEND; a text
 * chunk with the same keyword is replaced, so exporting twice does not stack copies.
 */
export function withPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  checkKeyword(keyword);
  const read = chunksOf(png);
  if (!read.ok) throw new Error(read.message);
  const key = Uint8Array.from(keyword, (c) => c.charCodeAt(0));
  const body = new TextEncoder().encode(text);
  // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text.
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  data.set(body, key.length + 5);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const c of read.value) {
    const whole = png.subarray(c.start, c.start + 12 + c.data.length);
    if (c.type === 'IEND') parts.push(chunk('iTXt', data));
    if ((c.type === 'iTXt' || c.type === 'tEXt') && keywordOf(c.data) === keyword) continue;
    parts.push(whole);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Bytes as Latin-1 text (a loop: spreading a long chunk into fromCharCode would overflow the stack). */
function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

function keywordOf(data: Uint8Array): string {
  const nul = data.indexOf(0);
  return latin1(data.subarray(0, nul < 0 ? Math.min(data.length, 80) : nul));
}

/**
 * The text stored under `keyword` in a tEXt or uncompressed iTXt chunk: null when the PNG has none,
 * an error when the file is not a readable PNG or the text is compressed (we never write that).
 */
export function readPngText(png: Uint8Array, keyword: string): PngResult<string | null> {
  const read = chunksOf(png);
  if (!read.ok) return read;
  for (const c of read.value) {
    if ((c.type !== 'tEXt' && c.type !== 'iTXt') || keywordOf(c.data) !== keyword) continue;
    const rest = c.data.subarray(keyword.length + 1);
    if (c.type === 'tEXt') return { ok: true, value: latin1(rest) };
    if (rest[0] !== 0) return { ok: false, message: `the PNG's "${keyword}" text is compressed, which this app does not read` };
    const language = rest.indexOf(0, 2);
    const translated = language < 0 ? -1 : rest.indexOf(0, language + 1);
    if (translated < 0) return { ok: false, message: `the PNG's "${keyword}" text chunk is malformed` };
    return { ok: true, value: new TextDecoder('utf-8', { fatal: false }).decode(rest.subarray(translated + 1)) };
  }
  return { ok: true, value: null };
}
