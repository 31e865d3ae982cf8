/**
 * PNG and SVG images of a part of the page, for slides: a thin wrapper over html-to-image, loaded
 * only when someone exports (it is not part of any route's first load).
 */
import { downloadDataUrl } from './download-file';

export type ImageFormat = 'png' | 'svg';

/** A 16:9 frame in CSS px; at PIXEL_RATIO it is 1920×1080 image px, so text keeps its size relative to a slide. */
export const SLIDE = { width: 960, height: 540 } as const;
export const PIXEL_RATIO = 2;

export interface ExportOptions {
  /** Size of the captured area in CSS px (default: the node's own size). */
  width?: number;
  height?: number;
  /** Styles for the clone of the node only (e.g. the viewport transform that fits a graph). */
  style?: Partial<CSSStyleDeclaration>;
  /** Solid background (default: the theme's surface colour, so the image is never transparent). */
  backgroundColor?: string;
}

/** What never belongs in an exported image: controls, minimap, tooltips, connection handles. */
const SKIPPED_CLASSES = [
  'react-flow__controls',
  'react-flow__minimap',
  'react-flow__panel',
  'react-flow__attribution',
  'react-flow__handle',
  'point-tooltip',
  'export-skip',
];
const SKIPPED_TAGS = new Set(['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'DIALOG']);

/** html-to-image's filter: keep a node unless it is a control or an overlay. */
export function keepInImage(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  if (SKIPPED_TAGS.has(node.tagName.toUpperCase())) return false;
  const cls = node.classList;
  return !SKIPPED_CLASSES.some((c) => cls.contains(c));
}

/** Pixel size of the image html-to-image makes for a capture of `width`×`height` CSS px. */
export function imagePixelSize(width: number, height: number, pixelRatio = PIXEL_RATIO): { width: number; height: number } {
  return { width: Math.round(width * pixelRatio), height: Math.round(height * pixelRatio) };
}

/**
 * A frame `width` CSS px wide for content of the given size: its height follows the content's shape
 * (plus `margin` above and below), between `minHeight` and 16:9, so a wide graph fills the width
 * of the slide instead of floating in empty space.
 */
export function frameForContent(
  content: { width: number; height: number },
  { width = SLIDE.width, minHeight = 270, margin = 32 }: { width?: number; minHeight?: number; margin?: number } = {},
): { width: number; height: number } {
  const maxHeight = Math.round((width * 9) / 16);
  if (!(content.width > 0) || !(content.height > 0)) return { width, height: maxHeight };
  const height = Math.ceil((width * content.height) / content.width) + 2 * margin;
  return { width, height: Math.min(maxHeight, Math.max(minHeight, height)) };
}

/** Style for the clone of a React Flow viewport so that the transform `fit` fills a frame of `size`. */
export function viewportStyle(
  fit: { x: number; y: number; zoom: number },
  size: { width: number; height: number },
): Partial<CSSStyleDeclaration> {
  return {
    width: `${size.width}px`,
    height: `${size.height}px`,
    transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})`,
    transformOrigin: '0 0',
  };
}

/** The theme's surface colour as the browser resolved it (light, dark or projector theme). */
export function themeBackground(): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue('--surface').trim();
  return value || '#ffffff';
}

/** SVG paint and text properties that our stylesheets (and React Flow's) set through classes. */
const SVG_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'visibility',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
];

/**
 * html-to-image copies computed styles onto HTML elements only: an <svg> is cloned whole, so its
 * children keep their classes but lose the stylesheet (edges without stroke, black label boxes,
 * default text). This writes those properties inline on the live SVG children for the capture and
 * returns a function that puts every `style` attribute back as it was.
 */
export function inlineSvgStyles(root: Element): () => void {
  const undo: (() => void)[] = [];
  for (const el of root.querySelectorAll('svg *')) {
    if (!(el instanceof SVGElement)) continue;
    const before = el.getAttribute('style');
    const computed = getComputedStyle(el);
    for (const property of SVG_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value) el.style.setProperty(property, value);
    }
    undo.push(() => (before === null ? el.removeAttribute('style') : el.setAttribute('style', before)));
  }
  return () => {
    for (const u of undo) u();
  };
}

/** Renders `node` as a PNG or SVG `data:` URL. */
export async function renderImage(node: HTMLElement, format: ImageFormat, options: ExportOptions = {}): Promise<string> {
  const { toPng, toSvg } = await import('html-to-image').catch(() => {
    throw new Error('the image library could not be loaded (is the app offline after an update? Reload the page)');
  });
  const width = options.width ?? node.offsetWidth;
  const height = options.height ?? node.offsetHeight;
  const common = {
    width,
    height,
    backgroundColor: options.backgroundColor ?? themeBackground(),
    filter: keepInImage,
    // The app uses system fonts only: nothing to embed, and no stylesheet fetches.
    skipFonts: true,
    ...(options.style ? { style: options.style } : {}),
  };
  const restore = inlineSvgStyles(node);
  try {
    return format === 'png' ? await toPng(node, { ...common, pixelRatio: PIXEL_RATIO }) : await toSvg(node, common);
  } finally {
    restore();
  }
}

/** Renders `node` and saves it as `<baseName>.png` or `.svg`. */
export async function exportImage(node: HTMLElement, format: ImageFormat, baseName: string, options: ExportOptions = {}): Promise<void> {
  const url = await renderImage(node, format, options);
  downloadDataUrl(`${baseName}.${format}`, url);
}
