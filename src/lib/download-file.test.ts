import { describe, expect, it } from 'vitest';
import { dataUrlToBlob, fileSlug } from './download-file';

describe('dataUrlToBlob', () => {
  it('decodes a base64 PNG data URL to its bytes', async () => {
    const blob = dataUrlToBlob('data:image/png;base64,iVBORw0KGgo=');
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('decodes a percent-encoded SVG data URL to its text', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>Monolith → Serverless #1</text></svg>';
    const blob = dataUrlToBlob(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    expect(blob.type).toBe('image/svg+xml');
    expect(await blob.text()).toBe(svg);
  });

  it('refuses what is not a data URL', () => {
    expect(() => dataUrlToBlob('https://example.org/a.png')).toThrow('Not a data URL');
  });
});

describe('fileSlug', () => {
  it('makes a file name from a title', () => {
    expect(fileSlug('How should we structure our backend?')).toBe('how-should-we-structure-our-backend');
    expect(fileSlug('???', 'forces')).toBe('forces');
  });
});
