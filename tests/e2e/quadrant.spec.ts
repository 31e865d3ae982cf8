import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SOURCE = [
  ['Monolith', 0.3, 0.2],
  ['Modular Monolith', 0.4, 0.4],
  ['SOA', 0.6, 0.5],
  ['Microservices', 0.7, 0.8],
  ['Serverless', 0.8, 0.9],
  ['Space-Based', 0.9, 0.7],
] as const;

const point = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${name}, x `) });

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not rendered');
  return b;
}

/** The plot area in pixels, from the quadrant rectangles the chart draws (quadrant 2 top left, 4 bottom right). */
async function plotArea(page: Page) {
  const q2 = await box(page.locator('.quadrant-2 path, .quadrant-2 rect, path.quadrant-2, rect.quadrant-2').first());
  const q4 = await box(page.locator('.quadrant-4 path, .quadrant-4 rect, path.quadrant-4, rect.quadrant-4').first());
  return { left: q2.x, top: q2.y, width: q4.x + q4.width - q2.x, height: q4.y + q4.height - q2.y };
}

async function centre(l: Locator) {
  const b = await box(l.locator('circle'));
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/forces');
  await expect(point(page, 'Monolith')).toBeVisible();
});

test('the six source points are drawn at the source’s coordinates', async ({ page }) => {
  const area = await plotArea(page);
  for (const [name, x, y] of SOURCE) {
    const p = point(page, name);
    await expect(p).toHaveAccessibleName(new RegExp(`^${name}, x ${x.toFixed(2)}, y ${y.toFixed(2)}, `));
    const c = await centre(p);
    expect(Math.abs(c.x - (area.left + x * area.width)), `${name} x`).toBeLessThan(1.5);
    expect(Math.abs(c.y - (area.top + (1 - y) * area.height)), `${name} y`).toBeLessThan(1.5);
  }
});

test('the quadrant names sit in the source’s corners', async ({ page }) => {
  const area = await plotArea(page);
  const midX = area.left + area.width / 2;
  const midY = area.top + area.height / 2;
  const where = async (name: string) => {
    const b = await box(page.locator('svg text', { hasText: name }));
    return { right: b.x > midX, top: b.y + b.height < midY };
  };
  expect(await where('High Autonomy')).toEqual({ right: true, top: true });
  expect(await where('Experimental')).toEqual({ right: false, top: true });
  expect(await where('Stable Core')).toEqual({ right: false, top: false });
  expect(await where('Controlled Growth')).toEqual({ right: true, top: false });
  await expect(page.getByText('Internal Complexity → External Complexity', { exact: true }).last()).toBeVisible();
});

test('labels overlap neither each other nor the points at 1280×720', async ({ page }) => {
  await expect(page.locator('.point-label')).toHaveCount(6);
  const labels = await page.locator('.point-label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  const circles = await page.locator('.points-layer circle').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  const hit = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(labels).toHaveLength(6);
  labels.forEach((a, i) => {
    labels.forEach((b, j) => {
      if (j > i) expect(hit(a, b), `label ${i} and ${j}`).toBe(false);
    });
    circles.forEach((c, j) => {
      expect(hit(a, c), `label ${i} and point ${j}`).toBe(false);
    });
  });
});

test('dragging a point moves it, leaves a ghost, and survives a reload; reset brings it back', async ({ page }) => {
  const area = await plotArea(page);
  const monolith = point(page, 'Monolith');
  const from = await centre(monolith);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(area.left + 0.45 * area.width, area.top + (1 - 0.3) * area.height, { steps: 8 });
  await page.mouse.up();
  await expect(monolith).toHaveAccessibleName(/^Monolith, x 0\.45, y 0\.30, /);
  await expect(page.locator('.points-layer .ghost')).toHaveCount(1);
  await page.reload();
  await expect(point(page, 'Monolith')).toHaveAccessibleName(/^Monolith, x 0\.45, y 0\.30, /);
  await page.getByRole('button', { name: 'Reset all positions (1)' }).click();
  await expect(point(page, 'Monolith')).toHaveAccessibleName(/^Monolith, x 0\.30, y 0\.20, /);
  await expect(page.locator('.points-layer .ghost')).toHaveCount(0);
});

test('keyboard: arrows move the focused point, Enter opens its details', async ({ page }) => {
  const soa = point(page, 'SOA');
  await soa.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(soa).toHaveAccessibleName(/^SOA, x 0\.61, y 0\.55, /);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'SOA' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the source position' }).click();
  await expect(soa).toHaveAccessibleName(/^SOA, x 0\.60, y 0\.50, /);
  await page.getByRole('button', { name: 'Set as migration target' }).click();
  await page.getByRole('link', { name: 'Migration' }).click();
  await expect(page.getByRole('combobox', { name: 'Target' })).toHaveValue('soa');
});

test('a point reached by Tab shows a focus ring around it, and only that point', async ({ page }) => {
  const ring = page.locator('.points-layer .focus-ring');
  await expect(ring).toHaveCount(0);
  await point(page, 'Monolith').focus();
  // Tab onwards, as a keyboard user would, to the next point.
  await page.keyboard.press('Tab');
  const focused = page.locator('.points-layer .point:focus');
  await expect(focused).toHaveCount(1);
  await expect(ring).toHaveCount(1);
  await expect(ring).toHaveCSS('stroke-width', '4px');
  // The ring encloses the focused point's mark, a few pixels clear of it.
  const mark = await box(focused.locator('circle'));
  const r = await box(ring);
  expect(r.x).toBeLessThan(mark.x - 2);
  expect(r.y).toBeLessThan(mark.y - 2);
  expect(r.x + r.width).toBeGreaterThan(mark.x + mark.width + 2);
  expect(r.y + r.height).toBeGreaterThan(mark.y + mark.height + 2);
  await page.getByRole('heading', { level: 1 }).click();
  await expect(ring).toHaveCount(0);
});

test('hover shows a tooltip with name, coordinates, quadrant and score', async ({ page }) => {
  await point(page, 'Serverless').hover();
  const tip = page.locator('.point-tooltip');
  await expect(tip).toContainText('Serverless');
  await expect(tip).toContainText('x 0.80, y 0.90 · High Autonomy');
  await expect(tip).toContainText('Score 87.1');
});

test('switching an axis repositions the points', async ({ page }) => {
  const serverless = point(page, 'Serverless');
  const before = await centre(serverless);
  await page.getByRole('combobox', { name: 'Horizontal axis' }).selectOption({ label: 'Scalability fit' });
  await expect(serverless).toHaveAccessibleName(/^Serverless, x 1\.00, y 0\.90, /);
  await expect(point(page, 'Monolith')).toHaveAccessibleName(/^Monolith, x 0\.25, y 0\.20, /);
  await expect.poll(async () => (await centre(serverless)).x).toBeGreaterThan(before.x + 20);
  await expect(page.getByText(/Not on these axes: Space-Based \(no rating for Scalability\)/)).toBeVisible();
  await expect(page.getByText('High Autonomy')).toHaveCount(0);
});

test('scores follow the sliders live', async ({ page }) => {
  const microservices = point(page, 'Microservices');
  await expect(microservices).toHaveAccessibleName(/score 59\.5$/);
  // Size and shade say the score: 8 + 14 × 0.595 px, to the half pixel; lightness 78 − 50 × 0.595.
  await expect(microservices.locator('circle')).toHaveAttribute('r', '16.5');
  await expect(microservices.locator('circle')).toHaveAttribute('fill', 'hsl(186 60% 48%)');
  await page.getByRole('slider', { name: 'Operational Overhead' }).fill('0');
  // (0.762 + 0.75 + 0.8 + 0.3 + 0.55 + 1) / 6: Team Size (20-500 for 12 people), Deployment, Scalability, Compliance, PHP, Go.
  await expect(microservices).toHaveAccessibleName(/score 69\.4$/);
  // The point grows and darkens with it (the others are drawn again only when their look changes).
  await expect(microservices.locator('circle')).toHaveAttribute('r', '17.5');
  await expect(microservices.locator('circle')).toHaveAttribute('fill', 'hsl(186 60% 43%)');
});

test('the table view lists the same points', async ({ page }) => {
  await page.getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByRole('table', { name: /Options on the Architecture Forces chart/ });
  await expect(table.getByRole('row', { name: /^Space-Based/ })).toContainText('0.900.70');
  await expect(table.getByRole('row', { name: /^Space-Based/ })).toContainText('unrated');
});

type Rect = { x: number; y: number; width: number; height: number };
const hit = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const rects = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));

/** Nothing on the chart hides anything: marks apart, every point labelled, labels clear of marks, labels and quadrant names. */
async function expectNothingHidden(page: Page, points: number) {
  await expect(page.locator('.points-layer .point')).toHaveCount(points);
  await expect(page.locator('.point-label')).toHaveCount(points);
  // After an axis change the points glide to their new places: measure where they come to rest, as a
  // person reads the chart (mid-glide a mark and another's label can cross on a slow machine).
  await page.waitForFunction(() => document.getAnimations().length === 0);
  const marks = await rects(page, '.points-layer .point circle');
  const labels = await rects(page, '.point-label');
  const names = await rects(page, '.quadrant-name');
  marks.forEach((a, i) => {
    marks.forEach((b, j) => {
      if (j <= i) return;
      const gap = Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));
      expect(gap, `points ${i} and ${j} overlap`).toBeGreaterThanOrEqual((a.width + b.width) / 2 - 1);
    });
    for (const n of names) expect(hit(a, n), `point ${i} covers a quadrant name`).toBe(false);
  });
  labels.forEach((a, i) => {
    labels.forEach((b, j) => {
      if (j > i) expect(hit(a, b), `labels ${i} and ${j}`).toBe(false);
    });
    marks.forEach((m, j) => {
      expect(hit(a, m), `label ${i} and point ${j}`).toBe(false);
    });
    for (const n of names) expect(hit(a, n), `label ${i} and a quadrant name`).toBe(false);
  });
}

test('on Go Fit × PHP Fit, options with the same fits are fanned out and every label is clear', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Horizontal axis' }).selectOption({ label: 'Go Fit fit' });
  await page.getByRole('combobox', { name: 'Vertical axis' }).selectOption({ label: 'PHP Fit fit' });
  const monolith = point(page, 'Monolith');
  const modular = point(page, 'Modular Monolith');
  await expect(monolith).toHaveAccessibleName(/^Monolith, x (\S+), y (\S+),/);
  const [, mx, my] = /x (\S+), y (\S+),/.exec((await monolith.getAttribute('aria-label')) ?? '')!;
  // The two share their fits: the same spot, both still drawn, side by side with lines back to it.
  await expect(modular).toHaveAccessibleName(new RegExp(`^Modular Monolith, x ${mx}, y ${my},`));
  await expect(page.locator('.fan-leader')).not.toHaveCount(0);
  await expectNothingHidden(page, 5);
});

test('on the source’s axes no point or label covers a quadrant name', async ({ page }) => {
  await expectNothingHidden(page, 6);
  await expect(page.locator('.quadrant-name')).toHaveCount(4);
});

test('a point dropped on another: both stay in view, and no tooltip during or after the drag', async ({ page }) => {
  const monolith = point(page, 'Monolith');
  const target = await centre(point(page, 'Modular Monolith'));
  const from = await centre(monolith);
  await page.mouse.move(from.x, from.y);
  await expect(page.locator('.point-tooltip')).toBeVisible();
  await page.mouse.down();
  await page.mouse.move((from.x + target.x) / 2, (from.y + target.y) / 2, { steps: 4 });
  await expect(page.locator('.point-tooltip')).toHaveCount(0);
  await page.mouse.move(target.x, target.y, { steps: 4 });
  await expect(page.locator('.point-tooltip')).toHaveCount(0);
  await page.mouse.up();
  await expect(monolith).toHaveAccessibleName(/^Monolith, x 0\.40, y 0\.40, /);
  await expect(page.locator('.point-tooltip')).toHaveCount(0);
  await expectNothingHidden(page, 6);
});
