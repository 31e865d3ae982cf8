/**
 * A snapshot carried whole in a URL fragment, compressed with lz-string (the fragment never reaches a
 * server), after a checksum of its content: `#snapshot=<checksum>.<compressed JSON>`.
 *
 * The checksum guards against damage (a character changed, a link cut short by a chat tool), not
 * against forgery: anyone can compute it. A link made before checksums (`#snapshot=<compressed JSON>`,
 * no dot: lz-string's alphabet has none) still opens, checked only by the snapshot reader, so links
 * already shared keep working.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { parseSnapshotText, type SnapshotResult } from './serialize';
import type { Snapshot } from './snapshot';
import { FRAGMENT_KEY } from './fragment';
import { overLimit, SHARE_LINK_LIMIT } from '../limits';

/** Beyond this, chat tools, mail clients and some browsers cut or refuse links. */
export const SAFE_LINK_LENGTH = 8000;

const CHECKSUM_LENGTH = 11;

/**
 * A 53-bit hash of a text (cyrb53: two multiplicative 32-bit streams), base 36, padded to 11
 * characters. Synchronous, so a link opens without waiting for Web Crypto, which plain-HTTP pages lack.
 */
export function contentChecksum(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(36).padStart(CHECKSUM_LENGTH, '0');
}

export function shareLink(base: string, snapshot: Snapshot): { url: string; tooLong: boolean } {
  const json = JSON.stringify(snapshot);
  const url = `${base.replace(/#.*$/, '')}#${FRAGMENT_KEY}${contentChecksum(json)}.${compressToEncodedURIComponent(json)}`;
  return { url, tooLong: url.length > SAFE_LINK_LENGTH };
}

const damaged = (message: string): SnapshotResult => ({ ok: false, problems: [{ path: '', message }] });
const CUT = 'the link is damaged or cut short: its snapshot could not be unpacked';

/** lz-string throws on some garbage (a TypeError deep inside) rather than returning null: never let it escape. */
function unpack(payload: string): string | null {
  try {
    return decompressFromEncodedURIComponent(payload) || null;
  } catch {
    return null;
  }
}

/**
 * The snapshot in a location hash, null when the hash carries none. Never throws: a damaged or
 * garbage link comes back as a result with a problem saying so.
 */
export function snapshotFromHash(hash: string): SnapshotResult | null {
  const h = hash.replace(/^#/, '');
  if (!h.startsWith(FRAGMENT_KEY)) return null;
  const tooLarge = overLimit(SHARE_LINK_LIMIT, h.length - FRAGMENT_KEY.length);
  if (tooLarge) return { ok: false, problems: [{ path: '', message: tooLarge }] };
  const rest = h.slice(FRAGMENT_KEY.length);
  const dot = rest.indexOf('.');
  const expected = dot === -1 ? null : rest.slice(0, dot);
  const payload = dot === -1 ? rest : rest.slice(dot + 1);
  if (expected !== null && !/^[0-9a-z]{11}$/.test(expected)) return damaged(CUT);
  const text = unpack(payload);
  if (text === null) return damaged(CUT);
  if (expected !== null && contentChecksum(text) !== expected) {
    return damaged('the link is damaged: its content does not match its checksum (a character changed or the link was cut short)');
  }
  try {
    return parseSnapshotText(text);
  } catch {
    return damaged(CUT);
  }
}
