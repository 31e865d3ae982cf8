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
  await expect(leader.locator('.stacked-bar > span')).toHaveCount(7);
  const widths = await leader.locator('.stacked-bar > span').evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().width));
  const bar = await leader.locator('.stacked-bar').evaluate((b) => b.getBoundingClientRect().width);
  // The segments fill 87.1 % of the bar: the leader's score.
  expect(widths.reduce((a, b) => a + b, 0) / bar).toBeCloseTo(0.871, 2);
  // The tornado chart (plain HTML): Scalability's band runs from its flip point to the top, and says so.
  const scalability = page.locator('.tornado-row').filter({ hasText: 'Scalability: Serverless stays first from 2.3 to 10' });
  const band = await scalability.locator('.tornado-band').boundingBox();
  const track = await scalability.locator('.tornado-track').boundingBox();
  expect(band && track && band.width / track.width).toBeCloseTo(0.77, 2);
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
