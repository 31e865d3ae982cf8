import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every select, text box and header of a table whose text does not fit its box (the browser cut it off). */
function clippedText(table: Locator) {
  return table.evaluate((el) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const clipped: string[] = [];
    for (const s of el.querySelectorAll('select')) {
      const cs = getComputedStyle(s);
      ctx.font = cs.font;
      const text = s.selectedOptions[0]?.text ?? '';
      // Chromium draws the drop-down arrow in about 20 px beside the text, inside the padding box.
      const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 18;
      if (ctx.measureText(text).width > room) clipped.push(`${s.getAttribute('aria-label')}: ${text}`);
    }
    for (const box of el.querySelectorAll<HTMLElement>('input, th')) {
      if (box.scrollWidth > box.clientWidth + 1) clipped.push(box.getAttribute('aria-label') ?? box.textContent ?? '');
    }
    return clipped;
  });
}

test.describe('the ratings matrix at 1280×720', () => {
  test('every column is reachable, the option names stay in place, and a cue says more is to the right', async ({ page }) => {
    await page.goto('/');
    const region = page.getByRole('region', { name: 'Ratings matrix' });
    await region.scrollIntoViewIfNeeded();
    const table = region.getByRole('table');
    await expect(table.getByRole('combobox', { name: 'Monolith, Go Fit', exact: true })).toHaveValue('Good');

    // Wider than its panel at this size: it scrolls sideways, and the cue shows at the right edge.
    const { clientWidth, scrollWidth } = await region.evaluate((el) => ({ clientWidth: el.clientWidth, scrollWidth: el.scrollWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    const cue = page.getByTestId('scroll-cue');
    await expect(cue).toBeVisible();
    const regionBox = (await region.boundingBox())!;
    const cueBox = (await cue.boundingBox())!;
    expect(Math.abs(cueBox.x + cueBox.width - (regionBox.x + regionBox.width))).toBeLessThanOrEqual(1);

    // No rating, range or heading is cut off: a cell is as wide as its text.
    expect(await clippedText(table)).toEqual([]);

    const name = table.getByRole('rowheader', { name: 'Modular Monolith' });
    const nameBefore = (await name.boundingBox())!;

    // Keyboard: Tab from the (named, focusable) region through Monolith's row reaches every column,
    // each cell fully in view and clear of the sticky first column.
    const criteria = (await table.getByRole('columnheader').allTextContents()).slice(1);
    expect(criteria).toEqual([
      'Team Size',
      'Deployment Frequency',
      'Operational Overhead',
      'Scalability',
      'Compliance/Security',
      'PHP Fit',
      'Go Fit',
    ]);
    await region.focus();
    await expect(region).toBeFocused();
    // How far the focused cell hides under the option names or under the cue (while it shows).
    const hidden = () =>
      page.evaluate(() => {
        const cell = document.activeElement!.getBoundingClientRect();
        const names = document.querySelector('.matrix tbody tr > :first-child')!.getBoundingClientRect();
        const scroller = document.querySelector('.matrix')!.parentElement!;
        const cue = scroller.parentElement!.querySelector('.scroll-cue')?.getBoundingClientRect();
        const right = cue ? cue.left : scroller.getBoundingClientRect().left + scroller.clientLeft + scroller.clientWidth;
        return Math.max(0, names.right - cell.left) + Math.max(0, cell.right - right);
      });
    const expectClear = async (cell: Locator) => {
      await expect(cell).toBeFocused();
      await expect.poll(hidden).toBeLessThanOrEqual(0.5);
    };
    for (const criterion of criteria) {
      await page.keyboard.press('Tab');
      await expectClear(
        table.getByRole(criterion === 'Team Size' ? 'textbox' : 'combobox', { name: `Monolith, ${criterion}`, exact: true }),
      );
    }
    // Scrolled to the end: the cue is gone, and the names have not moved.
    await expect(cue).toBeHidden();
    expect(await region.evaluate((el) => Math.ceil(el.scrollLeft + el.clientWidth) >= el.scrollWidth)).toBe(true);
    expect(await name.boundingBox()).toEqual(nameBefore);
    const goFit = (await table.getByRole('columnheader', { name: 'Go Fit' }).boundingBox())!;
    expect(goFit.x + goFit.width).toBeLessThanOrEqual(regionBox.x + regionBox.width + 1);
    // Back again with Shift+Tab: the first columns come out from under the option names, not behind them.
    for (const criterion of [...criteria].reverse().slice(1)) {
      await page.keyboard.press('Shift+Tab');
      await expectClear(
        table.getByRole(criterion === 'Team Size' ? 'textbox' : 'combobox', { name: `Monolith, ${criterion}`, exact: true }),
      );
    }
    await expect(cue).toBeVisible();
    expect(await name.boundingBox()).toEqual(nameBefore);
  });

  test('at 1920×1080 the whole matrix fits, with no cue and nothing cut off', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/');
    const region = page.getByRole('region', { name: 'Ratings matrix' });
    await region.scrollIntoViewIfNeeded();
    const table = region.getByRole('table');
    await expect(table.getByRole('combobox', { name: 'Serverless, Go Fit' })).toHaveValue('Excellent');
    expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expect(page.getByTestId('scroll-cue')).toHaveCount(0);
    expect(await clippedText(table)).toEqual([]);
  });
});

test('the compare tray stays in view while the catalog scrolls, and never covers the last cards', async ({ page }) => {
  await page.goto('/patterns');
  const cards = page.getByRole('list', { name: 'Patterns' }).getByRole('listitem');
  await expect(cards).toHaveCount(22);
  await page.getByRole('button', { name: 'Compare Monolithic Architecture' }).click();
  await page.getByRole('button', { name: 'Compare Microservices' }).click();
  const tray = page.getByRole('region', { name: 'Patterns to compare' });
  const link = tray.getByRole('link', { name: 'Compare 2 selected' });
  const viewport = page.viewportSize()!;
  const inView = async () => {
    const box = (await link.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  };
  await inView();
  // Halfway down and at the very end of the page, the link is still on screen.
  await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await inView();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect
    .poll(() => page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight))
    .toBe(true);
  await inView();
  // At the end the tray rests below the last card and the footnote, covering neither.
  const trayBox = (await tray.boundingBox())!;
  for (const last of [cards.last(), page.getByText('* Language fit marked with an asterisk')]) {
    const box = (await last.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(trayBox.y);
  }

  // Tabbing through the cards from the top: no focused link or button is left behind the tray.
  await page.evaluate(() => window.scrollTo(0, 0));
  await cards.first().getByRole('link').focus();
  for (let i = 0; i < 24; i++) {
    await page.keyboard.press('Tab');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const focused = document.activeElement!.getBoundingClientRect();
          const top = document.querySelector('.compare-tray')!.getBoundingClientRect().top;
          return Math.max(0, focused.bottom - top);
        }),
      )
      .toBe(0);
  }

  // The header's Compare link opens the comparison of the selection.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\?ids=monolith,microservices$/);
  await expect(page.getByRole('columnheader', { name: 'Monolithic Architecture' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Microservices' })).toBeVisible();
});
