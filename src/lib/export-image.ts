/**
 * PNG and SVG images for slides, from plain SVG text that the domain writes (src/domain/image): the
 * SVG is saved as it is, the PNG is the same SVG drawn by the browser onto a canvas at 2×. Both carry
 * the decision's snapshot (PNG: an iTXt chunk; SVG: `<metadata>`), so the image opens again.
 */
import { pngWithSnapshot, svgWithSnapshot } from '../domain/image/embedded-snapshot';
import { downloadBlob } from './download-file';

export type ImageFormat = 'png' | 'svg';

/** The PNG is drawn at twice the SVG's CSS px: a 960×540 frame is 1920×1080 image px. */
export const PIXEL_RATIO = 2;

/** Pixel size of the PNG for an SVG of `width`×`height` CSS px. */
export function imagePixelSize(width: number, height: number, pixelRatio = PIXEL_RATIO): { width: number; height: number } {
  return { width: Math.round(width * pixelRatio), height: Math.round(height * pixelRatio) };
}

/** Draws SVG text onto a canvas and encodes it as PNG bytes. */
export async function svgToPng(svg: string, width: number, height: number, pixelRatio = PIXEL_RATIO): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode().catch(() => {
      throw new Error('the browser could not draw the image');
    });
    const size = imagePixelSize(width, height, pixelRatio);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('the browser gave no canvas to draw on');
    ctx.drawImage(img, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser could not encode the PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves `svg` as `<baseName>.svg` or `.png`, with the decision (`snapshotJson`) inside the file. */
export async function exportImage(
  svg: string,
  size: { width: number; height: number },
  format: ImageFormat,
  baseName: string,
  snapshotJson: string,
): Promise<void> {
  if (format === 'svg') {
    downloadBlob(`${baseName}.svg`, new Blob([svgWithSnapshot(svg, snapshotJson)], { type: 'image/svg+xml;charset=utf-8' }));
    return;
  }
  const png = pngWithSnapshot(await svgToPng(svg, size.width, size.height), snapshotJson);
  downloadBlob(`${baseName}.png`, new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
}
