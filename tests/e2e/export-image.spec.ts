import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the PNG signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, group: string, format: 'PNG' | 'SVG'): Promise<{ file: Download; bytes: Buffer }> {
  const button = page.getByRole('group', { name: group }).getByRole('button', { name: `Download ${format}` });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  await expect(button).toBeEnabled(); // back from "Exporting…"
  return { file, bytes: readFileSync(path) };
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

  test('PNG is slide-sized (16:9, ≥ 1600 px wide), opaque and drawn', async ({ page }) => {
    const { file, bytes } = await download(page, 'Export quadrant image', 'PNG');
    expect(file.suggestedFilename()).toBe('how-should-we-structure-our-backend-architecture-forces.png');
    const size = pngSize(bytes);
    expect(size.width).toBeGreaterThanOrEqual(1600);
    expect(size.width * 9).toBe(size.height * 16);
    const ink = await inkShare(page, bytes);
    expect(ink).toBeGreaterThan(0.005); // labels, axes and points, not a blank frame
    expect(ink).toBeLessThan(0.5); // not dark-on-dark
    // The off-screen frame is gone again (it is hidden from roles, so look for the element itself).
    await expect(page.locator('.export-frame')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Serverless, x / })).toHaveCount(1);
  });

  test('SVG holds the title, the quadrant names, the axis titles and the point labels', async ({ page }) => {
    const { file, bytes } = await download(page, 'Export quadrant image', 'SVG');
    expect(file.suggestedFilename()).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/width="960" height="540"/);
    for (const text of [
      'Architecture Forces',
      'High Autonomy',
      'Stable Core',
      'Internal Complexity → External Complexity',
      'Monolith',
      'Serverless',
      'Modular Monolith',
    ]) {
      expect(svg).toContain(text);
    }
    // Point labels keep their size and weight (set by class, so they must be written inline for the image).
    expect(svg).toMatch(/class="point-label"[^>]*style="[^"]*font-weight: 700/);
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

  test('PNG is slide-wide and drawn', async ({ page }) => {
    const { bytes } = await download(page, 'Export graph image', 'PNG');
    const size = pngSize(bytes);
    expect(size.width).toBeGreaterThanOrEqual(1600);
    expect(size.height).toBeGreaterThanOrEqual(400);
    expect(size.height).toBeLessThanOrEqual((size.width * 9) / 16);
    expect(await inkShare(page, bytes)).toBeGreaterThan(0.005);
  });

  test('SVG holds every node and edge label, no controls, and fits the whole graph even when zoomed in', async ({ page }) => {
    // Zoom in so that part of the graph is off screen.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
    const canvas = (await page.locator('.react-flow').boundingBox())!;
    const boxes = await page
      .locator('.react-flow__node')
      .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
    const inView = (b: DOMRect) =>
      b.x >= canvas.x && b.y >= canvas.y && b.x + b.width <= canvas.x + canvas.width && b.y + b.height <= canvas.y + canvas.height;
    expect(boxes.filter((b) => !inView(b)).length).toBeGreaterThan(0);

    const { bytes } = await download(page, 'Export graph image', 'SVG');
    const svg = bytes.toString('utf8');
    for (const text of [
      'Monolith',
      'Modular Monolith',
      'Microservices',
      'Serverless',
      'SOA',
      'Encapsulate Modules',
      'Strangler Fig',
      'Lambda Sidecar',
    ]) {
      expect(svg).toContain(text);
    }
    expect(svg).not.toContain('Zoom In');
    expect(svg).not.toContain('Download PNG');
    expect(svg).not.toContain('react-flow__minimap');
    // Edges keep their stroke (set by class in the app, so written inline for the image).
    expect(svg).toMatch(/class="react-flow__edge-path"[^>]*style="[^"]*stroke: rgb/);

    // Every node lies inside the image: viewport transform × node position, within width × height.
    const outside = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      const width = Number(root.getAttribute('width'));
      const height = Number(root.getAttribute('height'));
      const viewport = doc.querySelector<HTMLElement>('.react-flow__viewport')!;
      const fit = new DOMMatrix(viewport.style.transform);
      const nodes = [...doc.querySelectorAll<HTMLElement>('.react-flow__node')];
      return {
        count: nodes.length,
        cut: nodes
          .filter((n) => {
            const at = new DOMMatrix(n.style.transform);
            const w = parseFloat(n.style.width);
            const h = parseFloat(n.style.height);
            const a = fit.transformPoint(new DOMPoint(at.e, at.f));
            const b = fit.transformPoint(new DOMPoint(at.e + w, at.f + h));
            return !(a.x >= 0 && a.y >= 0 && b.x <= width && b.y <= height && w > 0 && h > 0);
          })
          .map((n) => n.textContent),
      };
    }, svg);
    expect(outside).toEqual({ count: 7, cut: [] });
  });
});

test('a failed export says so in an alert, and the buttons work again', async ({ page, consoleErrors }) => {
  // The browser reports the refused load on the console: that is this test's doing.
  consoleErrors.allow(/Failed to load resource: net::ERR_FAILED/);
  // The image library (html-to-image; its chunk is the one naming `skipAutoScale`) is loaded on demand:
  // make that load fail, as when the app went offline after a deploy.
  await page.route('**/assets/*.js', async (route) => {
    const response = await route.fetch();
    if ((await response.text()).includes('skipAutoScale')) await route.abort();
    else await route.fulfill({ response });
  });
  await page.goto('/forces');
  const group = page.getByRole('group', { name: 'Export quadrant image' });
  await group.getByRole('button', { name: 'Download PNG' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^Could not export the PNG image: the image library could not be loaded/);
  await expect(group.getByRole('button', { name: 'Download PNG' })).toBeEnabled();
  await expect(group.getByRole('button', { name: 'Download SVG' })).toBeEnabled();
});
