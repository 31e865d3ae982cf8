import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

test.describe('Content-Security-Policy', () => {
  test('the built page and the preview server both carry a policy of the app’s own origin, without inline script or eval', async ({
    page,
  }) => {
    const response = await page.goto('/');
    const header = response?.headers()['content-security-policy'] ?? '';
    const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    for (const policy of [header, meta]) {
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self';");
      expect(policy).toContain("connect-src 'self' ws: wss:");
      expect(policy).toContain("style-src 'self';");
      // No inline script or style, no eval, no other host.
      expect(policy).not.toMatch(/unsafe-|\*|https?:/);
    }
    expect(header).toContain("frame-ancestors 'none'");
    await expect(page.getByRole('list', { name: 'Options by score' })).toBeVisible();
  });

  test('an inline script does not run, and eval is refused', async ({ page, consoleErrors }) => {
    // Chromium reports each refusal on the console.
    consoleErrors.allow(/violates the following Content Security Policy directive 'script-src 'self''/);
    // A script of the app's own origin that tries eval (code run by the test itself is exempt from the policy).
    await page.route('**/eval-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'try { window.evalProbe = String(eval("1 + 1")); } catch (e) { window.evalProbe = e.name; }',
      }),
    );
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Options by score' })).toBeVisible();
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const inline = document.createElement('script');
          inline.textContent = 'window.inlineRan = true';
          document.head.append(inline);
          const probe = document.createElement('script');
          probe.src = '/eval-probe.js';
          probe.onload = () => resolve();
          document.head.append(probe);
        }),
    );
    const outcome = await page.evaluate(() => {
      const w = window as unknown as { inlineRan?: boolean; evalProbe?: string };
      return { inline: w.inlineRan ?? false, eval: w.evalProbe };
    });
    expect(outcome).toEqual({ inline: false, eval: 'EvalError' });
  });
});

test.describe('the browser tests themselves', () => {
  test('fail on a console error (this test is expected to fail)', async ({ page }) => {
    test.fail();
    await page.goto('/');
    await page.evaluate(() => console.error('a deliberate error'));
  });

  test('fail on an uncaught exception (this test is expected to fail)', async ({ page }) => {
    test.fail();
    await page.goto('/');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('a deliberate uncaught error');
      }, 0);
    });
    await page.waitForFunction(() => true);
  });
});

const boxOf = async (l: Locator) => {
  const b = await l.boundingBox();
  if (!b) throw new Error('not rendered');
  return b;
};

for (const screen of [
  { name: '1280×720', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
  { name: '1280×720 at 150 % zoom', viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 },
]) {
  test.describe(`header at ${screen.name}`, () => {
    test.use({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });

    test('fits with a custom dataset’s long file name: “Use built-in dataset” wholly on screen, nothing overlapping', async ({ page }) => {
      await page.goto('/patterns');
      const doc = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8'));
      doc.title = 'Our platform options for the next three years, team by team!';
      const fileName = 'our-platform-options-for-the-next-three-years-for-teams.json';
      expect(fileName).toHaveLength(60);
      await page
        .getByLabel('Dataset file')
        .setInputFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
      const header = page.locator('header.app-header');
      const builtin = header.getByRole('button', { name: 'Use built-in dataset' });
      await expect(builtin).toBeVisible();

      const vw = screen.viewport.width;
      const h = await boxOf(header);
      const b = await boxOf(builtin);
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(vw);
      expect(b.y).toBeGreaterThanOrEqual(h.y);
      expect(b.y + b.height).toBeLessThanOrEqual(h.y + h.height);
      // The page itself does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(vw);

      // Every control of the header on screen and clear of the others.
      const controls = [
        header.getByRole('link', { name: 'Architecture Workbench, home' }),
        header.getByRole('navigation'),
        header.getByRole('link', { name: 'Present' }),
        header.getByRole('button', { name: /Undo/ }),
        header.getByRole('button', { name: /Redo/ }),
        header.locator('.dataset-name'),
        header.getByRole('button', { name: 'Load dataset…' }),
        builtin,
      ];
      const boxes = await Promise.all(controls.map(boxOf));
      for (const [i, a] of boxes.entries()) {
        expect(a.x, `control ${i} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(a.x + a.width, `control ${i} ends on screen`).toBeLessThanOrEqual(vw);
        for (const c of boxes.slice(i + 1)) {
          const apart =
            a.x + a.width <= c.x + 0.5 || c.x + c.width <= a.x + 0.5 || a.y + a.height <= c.y + 0.5 || c.y + c.height <= a.y + 0.5;
          expect(apart, `controls ${i} and ${boxes.indexOf(c)} do not overlap`).toBe(true);
        }
      }
      // The name is cut with an ellipsis but kept whole for a pointer and a screen reader.
      await expect(header.locator('.dataset-name')).toHaveAttribute('title', doc.title);
    });
  });
}
