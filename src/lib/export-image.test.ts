import { describe, expect, it } from 'vitest';
import { imagePixelSize } from './export-image';

describe('image size', () => {
  it('renders the 16:9 slide frame at 2×: 1920×1080 pixels', () => {
    expect(imagePixelSize(960, 540)).toEqual({ width: 1920, height: 1080 });
    expect(imagePixelSize(800, 301, 1.5)).toEqual({ width: 1200, height: 452 });
  });
});
