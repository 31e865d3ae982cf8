import { estimateTextWidth } from '../../domain/quadrant/labels';

const widths = new Map<string, number>();
let context: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * The width a text takes in the page's font, measured once per text with a canvas (no layout), so
 * that labels are placed by their real size; an estimate where there is no canvas (jsdom).
 */
export function textWidth(text: string, fontSize: number, weight = 700): number {
  const key = `${weight} ${fontSize} ${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  if (context === undefined) context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  let width: number;
  if (context) {
    context.font = `${weight} ${fontSize}px ${getComputedStyle(document.documentElement).fontFamily}`;
    width = Math.ceil(context.measureText(text).width) + 2;
  } else {
    width = estimateTextWidth(text, fontSize);
  }
  widths.set(key, width);
  return width;
}
