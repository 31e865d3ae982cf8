import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ranked = (page: Page) => page.getByRole('list', { name: 'Options by score' }).getByRole('link');

test('pass the laptop: three participants weigh in one after another, Reveal, and the ranking follows the room', async ({ page }) => {
  await page.goto('/');
  await expect(ranked(page).first()).toHaveText('Serverless');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Group' }).click();
  for (const name of ['Ana', 'Ben', 'Cy']) {
    await page.getByRole('textbox', { name: 'Name (optional)' }).fill(name);
    await page.getByRole('button', { name: 'Add participant' }).click();
  }
  await expect(page.getByText('0 of 3 entered')).toBeVisible();
  await page.getByRole('button', { name: 'Pass the laptop' }).click();

  for (const [i, name] of ['Ana', 'Ben', 'Cy'].entries()) {
    await expect(page.getByRole('heading', { name: `Pass the laptop to ${name}` })).toBeVisible();
    // The hand-over screen shows nobody's entry.
    await expect(page.getByRole('slider')).toHaveCount(0);
    await page.getByRole('button', { name: `Start as ${name}` }).click();
    const form = page.getByRole('form', { name: `Your weights, ${name}` });
    const compliance = form.getByRole('slider', { name: 'Compliance/Security' });
    // Each starts from the dataset's default, not from the one before.
    await expect(compliance).toHaveValue('5');
    await compliance.focus();
    await page.keyboard.press('End');
    await expect(compliance).toHaveValue('10');
    await form.getByRole('button', { name: i === 2 ? 'Done: hand back to the facilitator' : 'Next participant' }).click();
  }

  await expect(page.getByText('3 of 3 entered')).toBeVisible();
  await page.getByRole('button', { name: 'Reveal to the room' }).click();
  await expect(page.getByRole('img', { name: 'Compliance/Security: lowest 10, highest 10; Ana 10, Ben 10, Cy 10' })).toBeVisible();
  await page.getByRole('link', { name: 'See the ranking' }).click();
  await expect(page.getByText('Ranking with the room’s weights (geometric mean of 3 participants)')).toBeVisible();
  await expect(ranked(page).first()).toHaveText('Modular Monolith');
  await expect(page.getByRole('slider', { name: 'Compliance/Security' })).toHaveValue('10');
});

test('the Group page fits 1280×720 without sideways scrolling, and its rows do not overlap', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/group');
  for (const name of ['Ana Lopez-Fernández de la Vega', 'Ben', 'Cy']) {
    await page.getByRole('textbox', { name: 'Name (optional)' }).fill(name);
    await page.getByRole('button', { name: 'Add participant' }).click();
  }
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(1280);
  // Each participant's name, status and buttons sit inside their own row, one row under the other.
  const rows = page.getByRole('region', { name: 'Participants' }).getByRole('listitem');
  await expect(rows).toHaveCount(3);
  let bottom = 0;
  for (const row of await rows.all()) {
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(bottom - 0.5);
    bottom = box.y + box.height;
    for (const button of await row.getByRole('button').all()) {
      const b = (await button.boundingBox())!;
      expect(b.y).toBeGreaterThanOrEqual(box.y - 0.5);
      expect(b.y + b.height).toBeLessThanOrEqual(bottom + 0.5);
    }
  }
  // The header is one row with every control on screen.
  const header = (await page.locator('header.app-header').boundingBox())!;
  expect(header.height).toBeLessThan(80);
  const load = (await page.getByRole('button', { name: /Load dataset/ }).boundingBox())!;
  expect(load.x + load.width).toBeLessThanOrEqual(1280);
});

test('a version-1 snapshot from before group input still opens', async ({ page }) => {
  await page.goto('/record');
  const text = readFileSync('tests/fixtures/snapshots/v1.json', 'utf8');
  await page
    .getByLabel('Snapshot file')
    .setInputFiles({ name: 'v1.workbench.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toContainText(
    'Opened “Backend for the orders platform” from v1.workbench.json',
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Group' }).click();
  await expect(page.getByText('No participants yet.')).toBeVisible();
});
