import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Geometry on a projector: what must be in view, how big labels are drawn, the header's one row. */

// Charts and the graph load after first paint; on a busy machine that takes longer than the defaults.
test.describe.configure({ timeout: 120_000 });
const LOADED = { timeout: 45_000 };

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not rendered');
  return b;
}

/** Entirely inside the viewport, with the page not scrolled. */
async function expectInViewport(page: Page, l: Locator, what: string) {
  const b = await box(l);
  const vp = page.viewportSize() as { width: number; height: number };
  expect(await page.evaluate(() => window.scrollY), 'page not scrolled').toBe(0);
  expect(b.x, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(b.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width, `${what} right`).toBeLessThanOrEqual(vp.width);
  expect(b.y + b.height, `${what} bottom`).toBeLessThanOrEqual(vp.height);
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('the weights and the ranking are both in view, side by side, without scrolling', async ({ page }) => {
      await page.goto('/');
      const weights = page.getByRole('region', { name: 'What matters to you' });
      const ranking = page.getByRole('region', { name: 'Ranking' });
      await expect(ranking.getByRole('listitem').first()).toContainText('Serverless', LOADED);
      await expectInViewport(page, weights, 'weights panel');
      await expectInViewport(page, ranking, 'ranking panel');
      const [w, r] = [await box(weights), await box(ranking)];
      expect(w.x + w.width, 'side by side').toBeLessThanOrEqual(r.x);
      // Moving the last slider keeps both in view (nothing scrolls the ranking away).
      const last = page.getByRole('slider', { name: 'Go Fit' });
      await last.focus();
      await page.keyboard.press('ArrowRight');
      await expect(last).toHaveAttribute('aria-valuetext', /^6 of 10/);
      await expectInViewport(page, ranking, 'ranking panel after a slider step');
    });

    test('forces: the x-axis title is in view, and a point’s details open beside the chart', async ({ page }) => {
      await page.goto('/forces');
      const xTitle = page.locator('.quadrant-canvas svg text', { hasText: 'Internal Complexity → External Complexity' });
      await expect(xTitle).toBeVisible(LOADED);
      await expectInViewport(page, xTitle, 'x-axis title');
      await page.getByRole('button', { name: /^Monolith, x / }).click();
      const details = page.getByRole('region', { name: 'Chart details' });
      await expect(details.getByRole('heading', { name: 'Monolith' })).toBeVisible();
      await expectInViewport(page, details, 'details panel');
      const chart = await box(page.locator('.quadrant-canvas'));
      expect((await box(details)).x, 'details right of the chart').toBeGreaterThanOrEqual(chart.x + chart.width);
    });
  });
}

test.describe('migration graph', () => {
  /** The size a text is drawn at on screen: its font size times React Flow's zoom. */
  const drawnSizes = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((els) =>
      els.map((el) => {
        const viewport = el.closest('.react-flow__viewport') as HTMLElement;
        const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
        return { text: el.textContent, px: parseFloat(getComputedStyle(el).fontSize) * zoom, height: el.getBoundingClientRect().height };
      }),
    );

  test('with the whole graph in view, node and edge labels are drawn at 14 px or more; no minimap', async ({ page }) => {
    await page.goto('/migration');
    await expect(page.locator('.react-flow__node', { hasText: 'Monolith' }).first()).toBeVisible(LOADED);
    const canvas = await box(page.locator('.react-flow'));
    // The whole graph is in view: every node inside the canvas.
    for (const n of await page.locator('.react-flow__node').all()) {
      const b = await box(n);
      expect(b.x).toBeGreaterThanOrEqual(canvas.x);
      expect(b.y).toBeGreaterThanOrEqual(canvas.y);
      expect(b.x + b.width).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(b.y + b.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    }
    const nodes = await drawnSizes(page, '.react-flow__node.wb-node');
    const edges = await drawnSizes(page, '.react-flow__edge-text');
    expect(nodes).toHaveLength(7);
    expect(edges.length).toBeGreaterThanOrEqual(5);
    for (const l of [...nodes, ...edges]) expect(l.px, `“${l.text}”`).toBeGreaterThanOrEqual(14);
    // The graph fills its canvas: its drawn extent takes most of one of the canvas's sides.
    const all = await page.locator('.react-flow__node').evaluateAll((els) => {
      const rs = els.map((e) => e.getBoundingClientRect());
      return {
        w: Math.max(...rs.map((r) => r.right)) - Math.min(...rs.map((r) => r.left)),
        h: Math.max(...rs.map((r) => r.bottom)) - Math.min(...rs.map((r) => r.top)),
      };
    });
    expect(Math.max(all.w / canvas.width, all.h / canvas.height)).toBeGreaterThan(0.8);
    await expect(page.getByRole('img', { name: 'Minimap of the migration graph' })).toHaveCount(0);
    await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  });

  test('a zoom stays: choosing where the team is does not refit the graph', async ({ page }) => {
    await page.goto('/migration');
    await expect(page.locator('.react-flow__node', { hasText: 'Monolith' }).first()).toBeVisible(LOADED);
    const scale = () => page.locator('.react-flow__viewport').evaluate((v) => new DOMMatrixReadOnly(getComputedStyle(v).transform).a);
    const fitted = await scale();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect.poll(scale).toBeGreaterThan(fitted * 1.1);
    const zoomed = await scale();
    await page.getByRole('combobox', { name: 'You are at' }).selectOption({ label: 'Monolith' });
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    expect(await scale()).toBeCloseTo(zoomed, 5);
  });
});

test.describe('header at 150 % zoom of 1280×720', () => {
  test.use({ viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 });

  test('stays one row, with the navigation in a menu operable by keyboard', async ({ page }) => {
    await page.goto('/');
    const header = page.locator('header.app-header');
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toBeVisible(LOADED);
    const h = await box(header);
    // One row: every item of the header is on the same line, and the header is one item high.
    const items = [
      page.getByRole('link', { name: 'Architecture Workbench, home' }),
      menu,
      page.getByRole('button', { name: 'Load dataset…' }),
    ];
    const centres = [];
    for (const item of items) {
      const b = await box(item);
      centres.push(b.y + b.height / 2);
      expect(b.height, 'item fits the header').toBeLessThanOrEqual(h.height);
    }
    for (const c of centres) expect(Math.abs(c - (centres[0] as number))).toBeLessThan(4);
    expect(h.height, 'one row').toBeLessThan(70);

    // Keyboard: open, land on the current page's link, move, Escape closes and focus returns.
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('link', { name: 'Forces' })).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('link', { name: 'Workbench', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Group' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Forces' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(page.getByRole('link', { name: 'Forces' })).toBeHidden();
    // Open again and follow a link with Enter: the view changes and the menu closes.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/forces$/);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
  });
});

test('sensitivity: every bar has a text alternative and no tab stop is unnamed', async ({ page }) => {
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'How robust is the lead?' });
  const rows = panel.locator('.tornado-row');
  await expect(rows.first()).toBeVisible(LOADED);
  for (const row of await rows.all()) {
    await expect(row.getByRole('img')).toHaveAccessibleName(/: Serverless stays first from [\d.]+ to [\d.]+, now [\d.]+/);
  }
  // Nothing in the panel takes focus without a name (the chart has no tab stops at all).
  const focusable = panel.locator('a, button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
  for (const f of await focusable.all()) expect((await f.getAttribute('aria-label')) ?? (await f.textContent())?.trim()).toBeTruthy();
  await expect(panel.locator('svg, [tabindex]')).toHaveCount(0);
});
