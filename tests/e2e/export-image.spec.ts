import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from '@playwright/test';
import { readPngText } from '../../src/domain/image/png-text';
import { decodePng, inkPixels } from '../png-pixels';
import { expect, test } from './fixtures';

const SNAPSHOT_KEY = 'architecture-workbench/snapshot';

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the PNG signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, group: string, format: 'PNG' | 'SVG'): Promise<{ file: Download; path: string; bytes: Buffer }> {
  const button = page.getByRole('group', { name: group }).getByRole('button', { name: `Download ${format}` });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  await expect(button).toBeEnabled(); // back from "Exporting…"
  return { file, path, bytes: readFileSync(path) };
}

/** Share of the image's pixels that are dark ink (text, outlines, points), measured in the browser. */
async function inkShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(
    async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      let opaque = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! === 255) opaque++;
        if (data[i]! + data[i + 1]! + data[i + 2]! < 200) dark++;
      }
      if (opaque !== data.length / 4) return -1; // transparent pixels: no solid background
      return dark / (data.length / 4);
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}

interface Drawn {
  width: number;
  height: number;
  foreignObjects: number;
  texts: { text: string; box: { x: number; y: number; width: number; height: number }; weight: string }[];
  circles: { cx: number; cy: number; r: number }[];
  rects: { x: number; y: number; width: number; height: number }[];
}

/** The SVG as Chromium lays it out: every text with its measured box, every circle and rect. */
async function layOut(page: Page, svg: string): Promise<Drawn> {
  return page.evaluate((text) => {
    const host = document.createElement('div');
    host.style.cssText = 'position:fixed;left:0;top:0;';
    document.body.append(host);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    host.append(root);
    const num = (el: Element, a: string) => Number(el.getAttribute(a));
    const out = {
      width: num(root, 'width'),
      height: num(root, 'height'),
      foreignObjects: root.querySelectorAll('foreignObject').length,
      texts: [...root.querySelectorAll('text')].map((t) => {
        const b = t.getBBox();
        return {
          text: t.textContent ?? '',
          box: { x: b.x, y: b.y, width: b.width, height: b.height },
          weight: t.getAttribute('font-weight') ?? '',
        };
      }),
      circles: [...root.querySelectorAll('circle')].map((c) => ({ cx: num(c, 'cx'), cy: num(c, 'cy'), r: num(c, 'r') })),
      rects: [...root.querySelectorAll('rect')].map((r) => ({
        x: num(r, 'x'),
        y: num(r, 'y'),
        width: num(r, 'width'),
        height: num(r, 'height'),
      })),
    };
    host.remove();
    return out;
  }, svg);
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (a: Box, w: number, h: number) => a.x >= 0 && a.y >= 0 && a.x + a.width <= w && a.y + a.height <= h;

/** librsvg's rendering of an SVG file, decoded. */
function rsvg(svgPath: string) {
  const out = `${svgPath}.rsvg.png`;
  execFileSync('rsvg-convert', ['-o', out, svgPath]);
  return decodePng(readFileSync(out));
}

/** Opens an exported image in a fresh browser through "Open snapshot file…" and returns its page. */
async function reopen(browser: Browser, name: string, mimeType: string, bytes: Buffer) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto('/record');
  await page.getByLabel('Snapshot file').setInputFiles({ name, mimeType, buffer: bytes });
  return { context, page };
}

test.describe('quadrant image', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/forces');
    await expect(page.getByRole('button', { name: /^Monolith, x / })).toBeVisible();
  });

  test('the export buttons are a named group', async ({ page }) => {
    const group = page.getByRole('group', { name: 'Export quadrant image' });
    await expect(group.getByRole('button', { name: 'Download PNG' })).toBeVisible();
    await expect(group.getByRole('button', { name: 'Download SVG' })).toBeVisible();
  });

  test('PNG is slide-sized (16:9, ≥ 1600 px wide), opaque, drawn, and carries the decision', async ({ page }) => {
    const { file, bytes } = await download(page, 'Export quadrant image', 'PNG');
    expect(file.suggestedFilename()).toBe('how-should-we-structure-our-backend-architecture-forces.png');
    const size = pngSize(bytes);
    expect(size.width).toBeGreaterThanOrEqual(1600);
    expect(size.width * 9).toBe(size.height * 16);
    const ink = await inkShare(page, bytes);
    expect(ink).toBeGreaterThan(0.005); // labels, axes and points, not a blank frame
    expect(ink).toBeLessThan(0.5); // not dark-on-dark
    const text = readPngText(new Uint8Array(bytes), SNAPSHOT_KEY);
    expect(text.ok && text.value && JSON.parse(text.value)).toMatchObject({ type: SNAPSHOT_KEY });
    await expect(page.getByRole('button', { name: /^Serverless, x / })).toHaveCount(1);
  });

  test('SVG is plain SVG: text as <text>, labels clear of each other, drawn by librsvg with every point and label', async ({ page }) => {
    const { file, path, bytes } = await download(page, 'Export quadrant image', 'SVG');
    expect(file.suggestedFilename()).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('foreignObject');
    const drawn = await layOut(page, svg);
    expect([drawn.width, drawn.height]).toEqual([960, 540]);
    const texts = drawn.texts.map((t) => t.text);
    for (const t of [
      'Architecture Forces',
      'High Autonomy',
      'Stable Core',
      '← Internal Complexity',
      'External Complexity →',
      'Monolith',
      'Serverless',
      'Modular Monolith',
      'SOA',
      'Microservices',
    ]) {
      expect(texts).toContain(t);
    }
    // Every text lies inside the image; the point labels (bold, one per circle) overlap no other label and no circle.
    for (const t of drawn.texts) expect(within(t.box, 960, 540), t.text).toBe(true);
    expect(drawn.circles).toHaveLength(6);
    const labels = drawn.texts.filter(
      (t) => t.weight === '700' && ['Monolith', 'Modular Monolith', 'SOA', 'Microservices', 'Serverless', 'Space-Based'].includes(t.text),
    );
    expect(labels).toHaveLength(6);
    for (const [i, l] of labels.entries()) {
      for (const m of labels.slice(i + 1)) expect(overlap(l.box, m.box), `${l.text} / ${m.text}`).toBe(false);
      for (const c of drawn.circles)
        expect(overlap(l.box, { x: c.cx - c.r, y: c.cy - c.r, width: 2 * c.r, height: 2 * c.r }), l.text).toBe(false);
    }

    // librsvg draws it: not blank, every point filled or outlined, ink inside every label's box.
    const px = rsvg(path);
    expect([px.width, px.height]).toEqual([960, 540]);
    expect(inkPixels(px) / (960 * 540)).toBeGreaterThan(0.02);
    for (const c of drawn.circles) {
      const box = { x: Math.round(c.cx - c.r), y: Math.round(c.cy - c.r), width: Math.round(2 * c.r), height: Math.round(2 * c.r) };
      expect(inkPixels(px, box), `point at ${c.cx},${c.cy}`).toBeGreaterThan(box.width * box.height * 0.05);
    }
    for (const l of labels) {
      const box = { x: Math.floor(l.box.x), y: Math.floor(l.box.y), width: Math.ceil(l.box.width), height: Math.ceil(l.box.height) };
      expect(inkPixels(px, box), l.text).toBeGreaterThan(box.width * box.height * 0.05);
    }
  });

  test('an exported PNG and SVG reopen the decision in a fresh browser; an image without one says so', async ({ page, browser }) => {
    await page.goto('/');
    await page.getByRole('slider', { name: 'Compliance/Security' }).fill('10');
    await page.goto('/record');
    await page.getByRole('textbox', { name: 'Title' }).fill('Orders platform backend');
    await page.goto('/forces');
    const soa = page.getByRole('button', { name: /^SOA, x / });
    await soa.focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(soa).toHaveAccessibleName(/^SOA, x 0\.55, y 0\.50/);
    const png = await download(page, 'Export quadrant image', 'PNG');
    const svg = await download(page, 'Export quadrant image', 'SVG');

    for (const [name, type, bytes] of [
      ['forces.png', 'image/png', png.bytes],
      ['forces.svg', 'image/svg+xml', svg.bytes],
    ] as const) {
      const { context, page: other } = await reopen(browser, name, type, bytes);
      await expect(other.getByRole('status').filter({ hasText: 'Opened' })).toContainText(`Opened “Orders platform backend” from ${name}`);
      await expect(other.getByRole('textbox', { name: 'Title' })).toHaveValue('Orders platform backend');
      await other.goto('/forces');
      await expect(other.getByRole('button', { name: /^SOA, x 0\.55, y 0\.50/ })).toBeVisible();
      await other.goto('/');
      await expect(other.getByRole('slider', { name: 'Compliance/Security' })).toHaveValue('10');
      await context.close();
    }

    // librsvg's own PNG of the SVG is an image too, but carries no decision: the app says so and changes nothing.
    rsvg(svg.path);
    const plain = readFileSync(`${svg.path}.rsvg.png`);
    const { context, page: other } = await reopen(browser, 'redrawn.png', 'image/png', plain);
    const dialog = other.getByRole('dialog', { name: 'Could not open the snapshot from redrawn.png' });
    await expect(dialog).toContainText('this image carries no decision');
    await context.close();
  });
});

test.describe('migration graph image', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/migration');
    await expect(page.locator('.react-flow__node')).toHaveCount(7);
  });

  test('the export buttons are a named group', async ({ page }) => {
    const group = page.getByRole('group', { name: 'Export graph image' });
    await expect(group.getByRole('button', { name: 'Download PNG' })).toBeVisible();
    await expect(group.getByRole('button', { name: 'Download SVG' })).toBeVisible();
  });

  test('PNG is slide-wide, drawn, and carries the decision', async ({ page }) => {
    const { bytes } = await download(page, 'Export graph image', 'PNG');
    const size = pngSize(bytes);
    expect(size.width).toBeGreaterThanOrEqual(1600);
    expect(size.height).toBeGreaterThanOrEqual(400);
    expect(size.height).toBeLessThanOrEqual((size.width * 9) / 16);
    expect(await inkShare(page, bytes)).toBeGreaterThan(0.005);
    expect(readPngText(new Uint8Array(bytes), SNAPSHOT_KEY)).toMatchObject({ ok: true, value: expect.stringContaining(SNAPSHOT_KEY) });
  });

  test('SVG holds every node and edge label as text, a title and a legend, no controls, the whole graph even when zoomed in', async ({
    page,
  }) => {
    await page.getByRole('combobox', { name: 'You are at' }).selectOption({ label: 'Monolith' });
    // Zoom in so that part of the graph is off screen.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
    const canvas = (await page.locator('.react-flow').boundingBox())!;
    const boxes = await page
      .locator('.react-flow__node')
      .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
    const inView = (b: DOMRect) =>
      b.x >= canvas.x && b.y >= canvas.y && b.x + b.width <= canvas.x + canvas.width && b.y + b.height <= canvas.y + canvas.height;
    expect(boxes.filter((b) => !inView(b)).length).toBeGreaterThan(0);

    const { path, bytes } = await download(page, 'Export graph image', 'SVG');
    const svg = bytes.toString('utf8');
    expect(svg).not.toContain('foreignObject');
    const drawn = await layOut(page, svg);
    expect(drawn.width).toBe(960);
    const texts = drawn.texts.map((t) => t.text);
    for (const t of [
      'Monolith',
      'Modular Monolith',
      'Microservices',
      'Serverless',
      'SOA',
      'Encapsulate Modules',
      'Strangler Fig',
      'Lambda Sidecar',
    ]) {
      expect(texts).toContain(t);
    }
    expect(texts.find((t) => t.startsWith('Migration path: Monolith → '))).toBeTruthy();
    expect(texts).toEqual(expect.arrayContaining(['Where the team is', 'Target', 'Migration on the path']));
    for (const t of ['Zoom In', 'Download PNG', 'Minimap']) expect(svg).not.toContain(t);
    // Everything drawn lies inside the image, and no two node boxes overlap.
    for (const t of drawn.texts) expect(within(t.box, drawn.width, drawn.height), t.text).toBe(true);
    const nodes = drawn.rects.filter((r) => Math.abs(r.width / r.height - 180 / 56) < 0.01);
    expect(nodes).toHaveLength(7);
    for (const [i, n] of nodes.entries()) {
      expect(within(n, drawn.width, drawn.height)).toBe(true);
      for (const m of nodes.slice(i + 1)) expect(overlap(n, m)).toBe(false);
    }

    // librsvg draws the nodes, their labels and the edges.
    const px = rsvg(path);
    expect(inkPixels(px) / (px.width * px.height)).toBeGreaterThan(0.02);
    for (const t of drawn.texts.filter((x) => ['Monolith', 'Serverless', 'Strangler Fig'].includes(x.text))) {
      const box = { x: Math.floor(t.box.x), y: Math.floor(t.box.y), width: Math.ceil(t.box.width), height: Math.ceil(t.box.height) };
      expect(inkPixels(px, box), t.text).toBeGreaterThan(box.width * box.height * 0.05);
    }
  });

  test('an exported SVG dropped on a fresh browser reopens the decision', async ({ page, browser }) => {
    await page.getByRole('combobox', { name: 'You are at' }).selectOption({ label: 'SOA' });
    const { bytes } = await download(page, 'Export graph image', 'SVG');
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const other = await context.newPage();
    await other.goto('/patterns');
    await expect(other.getByRole('list', { name: 'Patterns' })).toBeVisible();
    const dataTransfer = await other.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'graph.svg', { type: 'image/svg+xml' }));
      return dt;
    }, bytes.toString('utf8'));
    await other.dispatchEvent('body', 'dragenter', { dataTransfer });
    await other.dispatchEvent('body', 'drop', { dataTransfer });
    await expect(other.getByRole('status').filter({ hasText: 'Opened' })).toContainText('from graph.svg');
    await other.goto('/migration');
    await expect(other.getByRole('combobox', { name: 'You are at' })).toHaveValue('soa');
    await context.close();
  });
});

test('a failed export says so in an alert, and the buttons work again', async ({ page }) => {
  // The browser cannot encode the canvas (as when it runs out of memory): toBlob hands back null.
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.toBlob = (callback: BlobCallback) => {
      callback(null);
    };
  });
  await page.goto('/forces');
  const group = page.getByRole('group', { name: 'Export quadrant image' });
  await group.getByRole('button', { name: 'Download PNG' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^Could not export the PNG image: the browser could not encode the PNG/);
  await expect(group.getByRole('button', { name: 'Download PNG' })).toBeEnabled();
  await expect(group.getByRole('button', { name: 'Download SVG' })).toBeEnabled();
});
