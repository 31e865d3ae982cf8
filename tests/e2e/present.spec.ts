import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SLIDES = ['Priorities', 'Ranking', 'Robustness', 'Forces', 'Migration', 'Outcome'];

/**
 * The three screens of issue 15. 150 % browser zoom cannot be pressed in headless Chromium (Ctrl+plus
 * is browser chrome), so it is emulated the way zoom works on layout: a 1280×720 screen at 150 %
 * gives the page 1280/1.5 × 720/1.5 = 853×480 CSS px, each drawn with 1.5 device pixels
 * (devicePixelRatio 1.5, as window.devicePixelRatio reports under real zoom). The type budget there
 * stays 18 CSS px: zoom is asked for to make text bigger (27 device px), so it must not shrink back.
 */
const SCREENS = [
  { name: '1280×720', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, minFont: 18 },
  { name: '1920×1080', viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, minFont: 24 },
  { name: '1280×720 at 150 % zoom', viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5, minFont: 18 },
];

/** Document scroll size against the viewport: nothing to scroll, either way. */
async function scrollOverflow(page: Page) {
  return page.evaluate(() => {
    const d = document.documentElement;
    return { height: d.scrollHeight - window.innerHeight, width: d.scrollWidth - window.innerWidth };
  });
}

/**
 * The smallest font size, in CSS px as drawn, of any visible text: for every non-empty text node,
 * its parent's computed font-size, scaled by its SVG's transform for SVG text. Text clipped away
 * (screen-reader-only) or not rendered is skipped; text outside the viewport counts.
 */
async function smallestText(page: Page) {
  return page.evaluate(() => {
    const clippedAway = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        const r = e.getBoundingClientRect();
        const s = getComputedStyle(e);
        if ((r.width <= 1 || r.height <= 1) && (s.overflow === 'hidden' || s.clipPath !== 'none')) return true;
      }
      return false;
    };
    let min = { size: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let count = 0;
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const visible = [...range.getClientRects()].some((r) => r.width > 1 && r.height > 1);
      if (!visible || clippedAway(parent) || !parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      let size = parseFloat(getComputedStyle(parent).fontSize);
      if (parent instanceof SVGElement) {
        const m = (parent as unknown as SVGGraphicsElement).getScreenCTM?.();
        if (m) size *= Math.hypot(m.a, m.b);
      }
      count++;
      if (size < min.size) min = { size, text };
    }
    return { ...min, count };
  });
}

/**
 * axe does not judge SVG text (its colour is a fill), so the chart's text is checked here: each
 * text's fill against the page's background and the plot's fill, the worse of the two (WCAG 2
 * contrast ratio from relative luminance).
 */
async function svgTextContrast(page: Page) {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const present = document.querySelector('.present');
    if (!present) return [];
    const backgrounds = [getComputedStyle(present).backgroundColor];
    const plot = document.querySelector('.present-plot');
    if (plot) backgrounds.push(getComputedStyle(plot).fill);
    return [...document.querySelectorAll('svg text')].map((t) => {
      const fill = getComputedStyle(t).fill;
      return { text: t.textContent ?? '', ratio: Math.min(...backgrounds.map((b) => ratio(fill, b))) };
    });
  });
}

async function contrastViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`));
}

/** How a fitted slide uses its body (the space between the title and the bar); see use-slide-fit.ts. */
const MAX_FIT = 1.6;
async function slideFill(page: Page) {
  return page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('.present-body')!;
    const b = body.getBoundingClientRect();
    let bottom = b.top;
    let right = b.left;
    for (const el of body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      bottom = Math.max(bottom, r.bottom);
      right = Math.max(right, r.right);
    }
    return {
      /** How far down the body the lowest content reaches, as a share of its height. */
      used: (bottom - b.top) / b.height,
      /** How far the content reaches past the body's bottom and right edges (≤ 0: inside). */
      pastBottom: bottom - b.bottom,
      pastRight: right - b.right,
      /** The body's text size against the slide's base. */
      fit: Number.parseFloat(getComputedStyle(body).fontSize) / Number.parseFloat(getComputedStyle(body.parentElement!).fontSize),
    };
  });
}

async function expectFilled(page: Page, where: string) {
  const fill = await slideFill(page);
  expect(fill.pastBottom, `${where}: content inside the slide, above the bar`).toBeLessThanOrEqual(0.5);
  expect(fill.pastRight, `${where}: content inside the slide's width`).toBeLessThanOrEqual(0.5);
  expect(fill.fit, `${where}: never under the base size`).toBeGreaterThanOrEqual(1);
  // Filled: the content reaches at least three quarters of the way down, unless it is already as large as it gets.
  if (fill.fit < MAX_FIT - 0.005)
    expect(fill.used, `${where}: share of the slide's height used (text at ${fill.fit.toFixed(2)}×)`).toBeGreaterThanOrEqual(0.75);
  test.info().annotations.push({
    type: 'fill',
    description: `${where}: ${(fill.used * 100).toFixed(0)} % of the height, text at ${fill.fit.toFixed(2)}×`,
  });
  return fill;
}

async function checkSlide(page: Page, index: number, minFont: number, theme: string) {
  const title = SLIDES[index]!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).toHaveURL(new RegExp(`/present/${title.toLowerCase()}$`));
  await expect(page.getByRole('progressbar', { name: 'Slide' })).toHaveAttribute('aria-valuetext', `Slide ${index + 1} of 6: ${title}`);
  await expect(page.getByText(`${index + 1} / 6`, { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Slides' }).getByRole('link', { name: `${index + 1} ${title}` })).toHaveAttribute(
    'aria-current',
    'page',
  );
  if (title === 'Forces') await expect(page.getByRole('img', { name: /^Monolith, x 0\.30, y 0\.20/ })).toBeVisible();
  const where = `${title} (${theme})`;
  const overflow = await scrollOverflow(page);
  expect(overflow.height, `${where}: no vertical scrolling`).toBeLessThanOrEqual(0);
  expect(overflow.width, `${where}: no horizontal scrolling`).toBeLessThanOrEqual(0);
  const smallest = await smallestText(page);
  expect(smallest.count, `${where}: text was measured`).toBeGreaterThan(10);
  expect(smallest.size, `${where}: smallest text "${smallest.text}"`).toBeGreaterThanOrEqual(minFont);
  test.info().annotations.push({
    type: 'smallest text',
    description: `${where}: ${smallest.size.toFixed(1)} px ("${smallest.text.slice(0, 40)}"), ${smallest.count} text nodes`,
  });
  expect(await contrastViolations(page), `${where}: colour contrast`).toEqual([]);
  const chartText = await svgTextContrast(page);
  if (title === 'Forces') expect(chartText.length, `${where}: chart text was checked`).toBeGreaterThanOrEqual(10);
  for (const t of chartText) expect(t.ratio, `${where}: contrast of chart text "${t.text}"`).toBeGreaterThanOrEqual(4.5);
}

for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor, colorScheme: 'light' });

    // Twelve contrast audits per screen on a shared two-core machine: more time than the default.
    test.describe.configure({ timeout: 150_000 });

    /** Where the team is now, so the Migration and Outcome slides show a path. */
    async function startFromSoa(page: Page) {
      await page.goto('/present/migration');
      await page.getByRole('combobox', { name: 'Where the team is now' }).selectOption({ label: 'SOA' });
      await expect(page.getByRole('button', { name: 'Migration 2 of 2: Microservices to Serverless: Event-Driven' })).toBeVisible();
    }

    test('every slide in the light theme, walked forward by keyboard: no scrolling, type at budget, AA contrast', async ({ page }) => {
      await startFromSoa(page);
      await page.goto('/present');
      await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'false');
      const forward = ['ArrowRight', 'PageDown', 'Space', 'ArrowRight', 'PageDown'];
      for (let i = 0; i < SLIDES.length; i++) {
        await checkSlide(page, i, screen.minFont, 'light');
        if (i < forward.length) await page.keyboard.press(forward[i]!);
      }
    });

    test('slides with room to spare fill it with larger text, and stay inside it when they change', async ({ page }) => {
      await startFromSoa(page);
      for (const title of ['Ranking', 'Robustness', 'Migration', 'Outcome']) {
        await page
          .getByRole('navigation', { name: 'Slides' })
          .getByRole('link', { name: new RegExp(`${title}$`) })
          .click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
        await expectFilled(page, title);
      }
      // The path grows while the slide is shown (from Monolith, one migration with no steps; from SOA,
      // two with their steps): the text shrinks as far as it must to stay inside, and no further.
      await page.getByRole('link', { name: /Migration$/ }).click();
      const start = page.getByRole('combobox', { name: 'Where the team is now' });
      await start.selectOption({ label: 'Monolith' });
      await page.getByRole('link', { name: /Outcome$/ }).click();
      await page.getByRole('link', { name: /Migration$/ }).click();
      await expect(page.getByRole('button', { name: 'Migration 1 of 1: Monolith to Serverless: Lambda Sidecar' })).toBeVisible();
      const before = await expectFilled(page, 'Migration from Monolith');
      await start.selectOption({ label: 'SOA' });
      await expect(page.getByRole('button', { name: 'Migration 2 of 2: Microservices to Serverless: Event-Driven' })).toBeVisible();
      await expect.poll(async () => (await slideFill(page)).pastBottom, 'Migration from SOA: inside the slide').toBeLessThanOrEqual(0.5);
      const after = await slideFill(page);
      expect(after.pastRight, 'Migration from SOA: inside the slide').toBeLessThanOrEqual(0.5);
      expect(after.fit).toBeLessThanOrEqual(before.fit);
      // As far as it must, no further: the size this content gets when the slide is shown afresh.
      await page.getByRole('link', { name: /Outcome$/ }).click();
      await page.getByRole('link', { name: /Migration$/ }).click();
      await expect(page.getByRole('button', { name: 'Migration 2 of 2: Microservices to Serverless: Event-Driven' })).toBeVisible();
      const fresh = await expectFilled(page, 'Migration from SOA, shown afresh');
      expect(after.fit).toBeGreaterThanOrEqual(fresh.fit - 0.011);
      test.info().annotations.push({
        type: 'fill',
        description: `Migration, Monolith → SOA: text ${before.fit.toFixed(2)}× → ${after.fit.toFixed(2)}× (afresh ${fresh.fit.toFixed(2)}×)`,
      });
      // A smaller window (the projector's own resolution): fitted afresh, still inside.
      const size = page.viewportSize()!;
      await page.setViewportSize({ width: Math.round(size.width * 0.8), height: Math.round(size.height * 0.8) });
      await expect.poll(async () => (await slideFill(page)).pastBottom).toBeLessThanOrEqual(0.5);
      await expectFilled(page, 'Migration, window 80 %');
      // A slide that does not fill is drawn at its base size after one that did.
      await page.getByRole('link', { name: /Forces$/ }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forces');
      expect((await slideFill(page)).fit).toBe(1);
    });

    test('every slide in the dark theme, walked back by keyboard: no scrolling, type at budget, AA contrast', async ({ page }) => {
      await startFromSoa(page);
      await page.getByRole('button', { name: 'Dark' }).click();
      await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
      await page.keyboard.press('End');
      const back = ['ArrowLeft', 'PageUp', 'ArrowLeft', 'PageUp', 'ArrowLeft'];
      for (let i = SLIDES.length - 1; i >= 0; i--) {
        await checkSlide(page, i, screen.minFont, 'dark');
        if (i > 0) await page.keyboard.press(back[SLIDES.length - 1 - i]!);
      }
    });
  });
}

test.describe('1280×720', () => {
  test('the dark theme is the default when the system prefers dark', async ({ browser }) => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto('/present/ranking');
    await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
    await page.close();
  });

  test('Home, End and number keys jump; ? shows the keys; Esc closes them, then leaves to where Present was pressed', async ({ page }) => {
    await page.goto('/forces');
    await page.getByRole('link', { name: 'Present' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Priorities');
    await page.keyboard.press('End');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outcome');
    await page.keyboard.press('Home');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Priorities');
    await page.keyboard.press('4');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forces');
    await page.keyboard.press('?');
    const keys = page.getByRole('dialog', { name: 'Keys' });
    await expect(keys).toBeVisible();
    await expect(keys).toContainText('Next slide');
    await page.keyboard.press('Escape');
    await expect(keys).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forces');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/forces$/);
    await expect(page.getByRole('link', { name: 'Present' })).toBeVisible();
  });

  test('F toggles full screen through the Fullscreen API', async ({ page }) => {
    // Headless Chromium has no window to make full screen (its request never completes), so the
    // browser's side of the API is stood in for: the requests are recorded and answered as a browser
    // would (the element becomes document.fullscreenElement, then "fullscreenchange").
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { fullscreenCalls: string[] }).fullscreenCalls = calls;
      let current: Element | null = null;
      Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => true });
      Object.defineProperty(Document.prototype, 'fullscreenElement', { get: () => current });
      Element.prototype.requestFullscreen = function (this: Element) {
        calls.push('enter');
        current = this;
        document.dispatchEvent(new Event('fullscreenchange'));
        return Promise.resolve();
      };
      Document.prototype.exitFullscreen = () => {
        calls.push('exit');
        current = null;
        document.dispatchEvent(new Event('fullscreenchange'));
        return Promise.resolve();
      };
    });
    await page.goto('/present/ranking');
    const button = page.getByRole('button', { name: 'Full screen' });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('f');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('F');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(await page.evaluate(() => (window as unknown as { fullscreenCalls: string[] }).fullscreenCalls)).toEqual(['enter', 'exit']);
  });

  test('without the Fullscreen API the button says so and F does nothing', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }));
    await page.goto('/present/ranking');
    await expect(page.getByRole('button', { name: 'Full screen' })).toBeDisabled();
    await page.keyboard.press('f');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ranking');
  });

  test('a focused weight slider keeps its arrows; a weight change re-ranks and the new leader is announced', async ({ page }) => {
    await page.goto('/present/priorities');
    const status = page.getByRole('status').filter({ hasText: /Leader changed|^$/ });
    const compliance = page.getByRole('slider', { name: 'Compliance/Security' });
    await compliance.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(compliance).toHaveAttribute('aria-valuetext', '10 of 10');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Priorities');
    await expect(page.locator('.leader-change-text')).toHaveText('Leader changed: Serverless → Modular Monolith');
    await expect(page.getByText('Leader changed: Serverless → Modular Monolith')).toBeVisible();
    await expect(status.first()).toBeAttached();
    // Space is not a slider key: on to the ranking, which shows the new order.
    await page.keyboard.press('Space');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ranking');
    await expect(page.getByRole('list', { name: 'Options by score' }).getByRole('listitem').first()).toContainText('Modular Monolith');
  });

  test('typing in a field never moves the slides', async ({ page }) => {
    await page.goto('/present/migration');
    const where = page.getByRole('combobox', { name: 'Where the team is now' });
    await where.focus();
    for (const key of ['ArrowRight', 'PageDown', '3', 'f', 'End']) await page.keyboard.press(key);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Migration');
  });

  for (const view of [
    { path: '/', slider: 'Compliance/Security' },
    { path: '/forces', slider: 'Compliance/Security' },
  ]) {
    test(`the leader change is shown and announced on ${view.path} too`, async ({ page }) => {
      await page.goto(view.path);
      const live = page.locator('[aria-live="polite"].leader-change-text');
      await expect(live).toHaveText('');
      const slider = page.getByRole('slider', { name: view.slider });
      await slider.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect(live).toHaveText('Leader changed: Serverless → Modular Monolith');
      await expect(live).toBeVisible();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
      await expect(live).toHaveText('Leader changed: Modular Monolith → Serverless');
    });
  }
});
