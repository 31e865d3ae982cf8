import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Keyboard and screen reader: Tab through a whole view; every stop has an accessible name, and where
 * asked, shows that it has focus (the pixels around it change when focus leaves it).
 */

/** Where focus is, as something Playwright can check; null when focus left the page's controls. */
async function focusedIsBody(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement === null || document.activeElement === document.body);
}

/**
 * How many pixels change with a contrast of 3:1 or more between two screenshots of the same spot
 * (WCAG 2.4.13's measure of a focus indicator), counted in the page's own canvas.
 */
async function changedPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a64, b64]: [string, string]) => {
      const load = async (src: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${src}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const [pa, pb] = await Promise.all([load(a64), load(b64)]);
      const lum = (d: Uint8ClampedArray, i: number) => {
        const ch = (v: number) => {
          const s = v / 255;
          return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * ch(d[i]!) + 0.7152 * ch(d[i + 1]!) + 0.0722 * ch(d[i + 2]!);
      };
      let n = 0;
      for (let i = 0; i < pa.length; i += 4) {
        const [l1, l2] = [lum(pa, i), lum(pb, i)];
        if ((Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) >= 3) n++;
      }
      return n;
    },
    [a.toString('base64'), b.toString('base64')] as [string, string],
  );
}

async function tabThrough(page: Page, view: string, checkRing: boolean) {
  await page.keyboard.press('Tab'); // the skip link, the first stop of every page
  const first = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
  let stops = 0;
  for (let i = 0; i < 200; i++) {
    if (await focusedIsBody(page)) break;
    const here = page.locator(':focus');
    const what = await here.evaluate((e) => `${e.tagName} ${e.getAttribute('class') ?? ''} “${(e.textContent ?? '').slice(0, 40)}”`);
    await expect(here, `${view}, stop ${i}: ${what}`).toHaveAccessibleName(/\S/);
    if (checkRing && i > 0) {
      const handle = await here.elementHandle();
      const box = await handle!.boundingBox();
      if (box && box.width > 0) {
        const vp = page.viewportSize()!;
        const x = Math.max(0, box.x - 6);
        const y = Math.max(0, box.y - 6);
        const clip = { x, y, width: Math.min(vp.width - x, box.width + 12), height: Math.min(vp.height - y, box.height + 12) };
        if (clip.width > 0 && clip.height > 0) {
          const focused = await page.screenshot({ clip, animations: 'disabled' });
          await handle!.evaluate((e) => (e as HTMLElement).blur());
          const blurred = await page.screenshot({ clip, animations: 'disabled' });
          const changed = await changedPixels(page, focused, blurred);
          const needed = 2 * (Math.min(box.width, clip.width) + Math.min(box.height, clip.height));
          if (process.env.FOCUS_LOG) console.log(view, i, what, changed, needed);
          expect(changed, `${view}, stop ${i} shows no clear focus indicator: ${what}`).toBeGreaterThanOrEqual(needed);
          await handle!.evaluate((e) => (e as HTMLElement).focus());
        }
      }
    }
    stops++;
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
    if (now === first) break;
  }
  return stops;
}

test('Forces: every tab stop is named and shows focus; the chart adds no stop of its own before the points', async ({ page }) => {
  await page.goto('/forces');
  const monolith = page.getByRole('button', { name: /^Monolith, x / });
  await expect(monolith).toBeVisible();
  const stops = await tabThrough(page, 'Forces', true);
  expect(stops).toBeGreaterThan(20);
  // Straight from the last control above the chart to the first point.
  await page.getByRole('button', { name: 'Download SVG' }).focus();
  await page.keyboard.press('Tab');
  await expect(monolith).toBeFocused();
});

test('Migration: every tab stop is named and shows focus, graph nodes and edges included', async ({ page }) => {
  await page.goto('/migration');
  await expect(page.getByRole('group', { name: 'Monolith', exact: true })).toBeVisible();
  const stops = await tabThrough(page, 'Migration', true);
  expect(stops).toBeGreaterThan(20);
});

test('Workbench: every tab stop is named, the sensitivity chart adds none', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('slider', { name: 'Go Fit' })).toBeVisible();
  // A weight that can change the leader, so the sensitivity chart has bars to draw.
  await page.getByRole('slider', { name: 'Scalability' }).focus();
  await page.keyboard.press('End');
  await page.locator('body').focus();
  const stops = await tabThrough(page, 'Workbench', false);
  expect(stops).toBeGreaterThan(20);
});

test('the player’s buttons are named by the words they show', async ({ page }) => {
  await page.goto('/migration');
  await page.getByRole('combobox', { name: 'You are at' }).selectOption({ label: 'Monolith' });
  await page.getByRole('combobox', { name: 'Target' }).selectOption({ label: 'Microservices' });
  const next = page.getByRole('button', { name: 'Next', exact: true });
  await expect(next).toContainText('Next');
  await next.click();
  const back = page.getByRole('button', { name: 'Back', exact: true });
  await expect(back).toContainText('Back');
  await expect(back).toBeEnabled();
});
