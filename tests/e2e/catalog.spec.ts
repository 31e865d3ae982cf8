import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('the workbench opens with the built-in dataset and the source ratings', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'System Architecture Patterns: PHP vs. Go' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Monolith, Team Size', exact: true })).toHaveValue('1-15');
  await expect(page.getByRole('combobox', { name: 'Serverless, Scalability' })).toHaveValue('Automatic');
  await expect(page.getByRole('combobox', { name: 'Microservices, PHP Fit' })).toHaveValue('Good for BFFs');
});

test('the catalog lists every pattern, filters, and opens a pattern page', async ({ page }) => {
  await page.goto('/patterns');
  const cards = page.getByRole('list', { name: 'Patterns' }).getByRole('listitem');
  await expect(cards).toHaveCount(22);
  await page.getByRole('searchbox', { name: 'Search' }).fill('plugin');
  await expect(cards).toHaveCount(1);
  await expect(page).toHaveURL(/\?q=plugin$/);
  await page.getByRole('link', { name: 'Microkernel / Plugin Architecture' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Microkernel / Plugin Architecture' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key Considerations' })).toBeVisible();
});

test('deep links survive a reload', async ({ page }) => {
  await page.goto('/patterns/hexagonal');
  await expect(page.getByRole('heading', { level: 1, name: 'Hexagonal Architecture (Ports & Adapters)' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hexagonal Architecture (Ports & Adapters)' })).toBeVisible();
  await page.goto('/compare?ids=soa,microservices,serverless');
  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'Serverless / Function-as-a-Service' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Operational Overhead/ })).toContainText('HighVery HighLow');
});

test('code examples are highlighted', async ({ page }) => {
  await page.goto('/patterns/pipe-and-filter');
  const code = page.getByLabel('Go Implementation, Go code');
  await expect(code).toContainText('func parse(ctx context.Context');
  await expect(code.locator('.hljs-keyword').first()).toBeVisible();
});

test('an unknown address says so and links home', async ({ page }) => {
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { name: 'Nothing here' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the workbench' }).click();
  await expect(page).toHaveURL(/\/$/);
});

for (const path of ['/', '/patterns', '/patterns/monolith', '/compare?ids=monolith,soa']) {
  test(`no accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('card summaries are clamped cleanly: at most four lines drawn, none peeking under the “…”', async ({ page }) => {
  await page.goto('/patterns');
  await expect(page.getByRole('list', { name: 'Patterns' }).getByRole('listitem')).toHaveCount(22);
  const boxes = await page
    .locator('.card-summary')
    .evaluateAll((els) => els.map((e) => ({ height: e.clientHeight, line: Number.parseFloat(getComputedStyle(e).lineHeight) })));
  expect(boxes).toHaveLength(22);
  for (const b of boxes) expect(b.height).toBeLessThanOrEqual(4 * b.line + 1);
});
