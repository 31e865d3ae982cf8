import { describe, expect, it } from 'vitest';
import { frameForContent, imagePixelSize, inlineSvgStyles, keepInImage, SLIDE, viewportStyle } from './export-image';

const el = (html: string): Element => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
};

describe('keepInImage', () => {
  it('drops controls, minimap, panels, handles and tooltips', () => {
    expect(keepInImage(el('<button>Download PNG</button>'))).toBe(false);
    expect(keepInImage(el('<select></select>'))).toBe(false);
    expect(keepInImage(el('<div class="react-flow__controls"></div>'))).toBe(false);
    expect(keepInImage(el('<div class="react-flow__minimap"></div>'))).toBe(false);
    expect(keepInImage(el('<div class="react-flow__panel top right"></div>'))).toBe(false);
    expect(keepInImage(el('<div class="react-flow__handle react-flow__handle-left"></div>'))).toBe(false);
    expect(keepInImage(el('<svg><foreignObject class="point-tooltip"></foreignObject></svg>').firstElementChild!)).toBe(false);
  });

  it('keeps content: nodes, text, and chart points even though they are named buttons', () => {
    expect(keepInImage(el('<div class="react-flow__node wb-node">Monolith</div>'))).toBe(true);
    expect(keepInImage(document.createTextNode('Serverless'))).toBe(true);
    expect(keepInImage(el('<svg><g class="point" role="button"></g></svg>').firstElementChild!)).toBe(true);
  });
});

describe('image size', () => {
  it('renders the 16:9 slide frame at 2×: 1920×1080 pixels', () => {
    expect(imagePixelSize(SLIDE.width, SLIDE.height)).toEqual({ width: 1920, height: 1080 });
    expect(imagePixelSize(800, 301, 1.5)).toEqual({ width: 1200, height: 452 });
  });

  it('gives a wide graph a shorter frame, never taller than 16:9 nor flatter than the minimum', () => {
    expect(frameForContent({ width: 1000, height: 250 })).toEqual({ width: 960, height: 240 + 64 });
    expect(frameForContent({ width: 1000, height: 2000 })).toEqual({ width: 960, height: 540 });
    expect(frameForContent({ width: 3000, height: 100 })).toEqual({ width: 960, height: 270 });
    expect(frameForContent({ width: 0, height: 0 })).toEqual({ width: 960, height: 540 });
    expect(frameForContent({ width: 500, height: 100 }, { width: 1600, minHeight: 100, margin: 0 })).toEqual({ width: 1600, height: 320 });
  });

  it('places the fitted viewport at the image origin', () => {
    expect(viewportStyle({ x: 12.5, y: -4, zoom: 0.8 }, { width: 960, height: 300 })).toEqual({
      width: '960px',
      height: '300px',
      transform: 'translate(12.5px, -4px) scale(0.8)',
      transformOrigin: '0 0',
    });
  });
});

describe('inlineSvgStyles', () => {
  it('writes styles inline on SVG children for the capture and puts every style attribute back', () => {
    const root = document.createElement('div');
    root.innerHTML = '<svg><g style="transform: translate(3px, 4px)"><text>Monolith</text></g><path d="M0 0"></path></svg><p>html</p>';
    document.body.append(root);
    const g = root.querySelector('g')!;
    const text = root.querySelector('text')!;
    const restore = inlineSvgStyles(root);
    expect(text.getAttribute('style')).toMatch(/fill|font-size|visibility/);
    expect(g.style.transform).toBe('translate(3px, 4px)');
    expect(root.querySelector('p')!.hasAttribute('style')).toBe(false); // HTML is html-to-image's job
    restore();
    expect(g.getAttribute('style')).toBe('transform: translate(3px, 4px)');
    expect(text.hasAttribute('style')).toBe(false);
    expect(root.querySelector('path')!.hasAttribute('style')).toBe(false);
    root.remove();
  });
});
