import { expect, test } from './fixtures';

/** The ranked options as a locator: `toHaveText([...])` waits until the ranking on screen reads so. */
const ranked = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Options by score' }).getByRole('link');

test('a slider moved by keyboard re-ranks live, and the weights survive a reload', async ({ page }) => {
  await page.goto('/');
  await expect(ranked(page)).toHaveText(['Serverless', 'Modular Monolith', 'Monolith', 'SOA', 'Microservices']);
  const compliance = page.getByRole('slider', { name: 'Compliance/Security' });
  await compliance.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(compliance).toHaveAttribute('aria-valuetext', '10 of 10');
  await expect(ranked(page)).toHaveText(['Modular Monolith', 'Monolith', 'Serverless', 'SOA', 'Microservices']);
  await expect(page.getByText(/^Modular Monolith leads Monolith because of/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('slider', { name: 'Compliance/Security' })).toHaveValue('10');
  await expect(ranked(page)).toHaveText(['Modular Monolith', 'Monolith', 'Serverless', 'SOA', 'Microservices']);
});

test('the contribution bars split each score by criterion, and the tornado chart draws', async ({ page }) => {
  await page.goto('/');
  const leader = page.getByRole('list', { name: 'Options by score' }).getByRole('listitem').first();
  await expect(leader).toContainText('Serverless');
  // The bar is drawn as one gradient, so read what it shows: its pixels, across the middle row.
  const bar = leader.locator('.stacked-bar');
  // A pointer over the bar gets every part as a tooltip.
  await expect(bar.locator('[title]')).toHaveAttribute('title', /^Team Size: [\d.]+\nDeployment Frequency: [\d.]+\n/);
  // Its text alternative says the score and the three largest parts, and nothing more is read out.
  const image = leader.getByRole('img');
  await expect(image).toHaveAccessibleName(/^87\.1 of 100\. Most from: \w[\w /]* [\d.]+, [\w /]+ [\d.]+, [\w /]+ [\d.]+\.$/);
  await expect(image).toHaveAccessibleDescription('');
  const at = [0.01, 0.86, 0.885, 0.99];
  const png = (await bar.screenshot()).toString('base64');
  const [pixels, empty, first] = await page.evaluate(
    async ({ png, at }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const rgb = (css: string) => (css.match(/\d+/g) ?? []).slice(0, 3).map(Number);
      const swatch = [...document.querySelectorAll('.legend li')].find((li) => li.textContent === 'Team Size')?.querySelector('.swatch');
      return [
        at.map((x) => [...ctx.getImageData(Math.round(x * (img.width - 1)), Math.floor(img.height / 2), 1, 1).data.slice(0, 3)]),
        rgb(getComputedStyle(document.querySelector('.stacked-bar') as Element).backgroundColor),
        rgb(swatch ? getComputedStyle(swatch).backgroundColor : ''),
      ] as const;
    },
    { png, at },
  );
  const near = (a: number[] | undefined, b: number[]) => !!a && a.every((v, i) => Math.abs(v - (b[i] ?? -99)) <= 3);
  // The parts fill 87.1 % of the bar, the leader's score: the first part (Team Size) starts it, a
  // part's colour shows just inside 87.1 %, the empty track just past it and at the end.
  expect(near(pixels[0], first)).toBe(true);
  expect(near(pixels[1], empty)).toBe(false);
  expect(near(pixels[2], empty)).toBe(true);
  expect(near(pixels[3], empty)).toBe(true);
  // The tornado chart (plain HTML): Scalability's band runs from its flip point to the top, and says so.
  const scalability = page.getByRole('img', { name: /^Scalability: Serverless stays first from 2\.3 to 10,/ });
  const band = await scalability.locator('.tornado-band').boundingBox();
  const track = await scalability.boundingBox();
  expect(band && track && band.width / track.width).toBeCloseTo(0.77, 2);
});

test('on a phone each contribution bar takes a row of its own under its option', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const rows = page.getByRole('list', { name: 'Options by score' }).getByRole('listitem');
  await expect(rows).toHaveCount(5);
  for (const row of await rows.all()) {
    const [name, bar, item] = await Promise.all([
      row.locator('.option-name').boundingBox(),
      row.locator('.stacked-bar').boundingBox(),
      row.boundingBox(),
    ]);
    if (!name || !bar || !item) throw new Error('a ranking row is not drawn');
    // Wide enough to read the parts, under the name (not beside or over it), and inside the row.
    expect(bar.width).toBeGreaterThan(200);
    expect(bar.y).toBeGreaterThanOrEqual(name.y + name.height);
    expect(bar.x).toBeGreaterThanOrEqual(item.x);
    expect(bar.x + bar.width).toBeLessThanOrEqual(item.x + item.width + 0.5);
  }
});

test('an overridden rating is kept across a reload and can be reset', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Microservices, Operational Overhead' }).selectOption('Low');
  await expect(page.getByText('1 cell changed by you')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Microservices, Operational Overhead' })).toHaveValue('Low');
  await page.getByRole('button', { name: 'Reset all ratings' }).click();
  await expect(page.getByRole('combobox', { name: 'Microservices, Operational Overhead' })).toHaveValue('Very High');
  await expect(page.getByText('As in the source')).toBeVisible();
});
