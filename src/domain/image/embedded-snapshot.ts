/**
 * The decision inside an exported image: a PNG carries the snapshot's JSON in an iTXt chunk, an SVG
 * in its `<metadata>` element, so the image can be opened again like a snapshot file.
 */
import { isPng, readPngText, withPngText } from './png-text';
import { readSvgMetadata, withSvgMetadata } from './svg';

/** The PNG text keyword (Latin-1, at most 79 bytes) under which the snapshot is stored. */
export const PNG_SNAPSHOT_KEYWORD = 'architecture-workbench/snapshot';

export const pngWithSnapshot = (png: Uint8Array, snapshotJson: string): Uint8Array => withPngText(png, PNG_SNAPSHOT_KEYWORD, snapshotJson);

export const svgWithSnapshot = (svg: string, snapshotJson: string): string => withSvgMetadata(svg, snapshotJson);

export type ImageSnapshotText = { ok: true; text: string } | { ok: false; message: string };

const NONE =
  'this image carries no decision: only PNG and SVG images exported by Architecture Workbench (“Download PNG” / “Download SVG”) can be opened';

/** True when the bytes are a PNG or look like an SVG document (an image, not a snapshot file). */
export function isImage(bytes: Uint8Array): boolean {
  if (isPng(bytes)) return true;
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart();
  return /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head);
}

/** The snapshot text an exported image carries, or why there is none. */
export function snapshotTextOfImage(bytes: Uint8Array): ImageSnapshotText {
  if (isPng(bytes)) {
    const read = readPngText(bytes, PNG_SNAPSHOT_KEYWORD);
    if (!read.ok) return { ok: false, message: read.message };
    return read.value === null ? { ok: false, message: NONE } : { ok: true, text: read.value };
  }
  const svg = new TextDecoder().decode(bytes);
  if (!/<svg[\s>]/i.test(svg)) return { ok: false, message: 'not a PNG or SVG image' };
  const text = readSvgMetadata(svg);
  return text === null ? { ok: false, message: NONE } : { ok: true, text };
}
