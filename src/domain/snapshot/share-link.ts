/** A snapshot carried whole in a URL fragment, compressed with lz-string (the fragment never reaches a server). */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { parseSnapshotText, type SnapshotResult } from './serialize';
import type { Snapshot } from './snapshot';
import { FRAGMENT_KEY } from './fragment';
import { overLimit, SHARE_LINK_LIMIT } from '../limits';

/** Beyond this, chat tools, mail clients and some browsers cut or refuse links. */
export const SAFE_LINK_LENGTH = 8000;

export function shareLink(base: string, snapshot: Snapshot): { url: string; tooLong: boolean } {
  const url = `${base.replace(/#.*$/, '')}#${FRAGMENT_KEY}${compressToEncodedURIComponent(JSON.stringify(snapshot))}`;
  return { url, tooLong: url.length > SAFE_LINK_LENGTH };
}

/** The snapshot in a location hash, null when the hash carries none. */
export function snapshotFromHash(hash: string): SnapshotResult | null {
  const h = hash.replace(/^#/, '');
  if (!h.startsWith(FRAGMENT_KEY)) return null;
  const tooLarge = overLimit(SHARE_LINK_LIMIT, h.length - FRAGMENT_KEY.length);
  if (tooLarge) return { ok: false, problems: [{ path: '', message: tooLarge }] };
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(h.slice(FRAGMENT_KEY.length));
  } catch {
    text = null; // lz-string throws on some damaged input: the same message as any damaged link
  }
  if (!text)
    return { ok: false, problems: [{ path: '', message: 'the link is damaged or cut short: its snapshot could not be unpacked' }] };
  return parseSnapshotText(text);
}
