import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Ctrl+Z as a person presses it, with the focus on the page rather than in a text field. */
const undo = (page: Page) => page.keyboard.press('Control+z');
const redo = (page: Page) => page.keyboard.press('Control+Shift+z');
const ranked = (page: Page) => page.getByRole('list', { name: 'Options by score' }).getByRole('link');

test('on the workbench, Ctrl+Z undoes a slider move, a reset of the weights and a rating override; Ctrl+Shift+Z redoes', async ({
  page,
}) => {
  await page.goto('/');
  const compliance = page.getByRole('slider', { name: 'Compliance/Security' });
  await expect(compliance).toHaveValue('5');

  // A slider move.
  await compliance.focus();
  await page.keyboard.press('End');
  await expect(compliance).toHaveValue('10');
  await expect(ranked(page).first()).toHaveText('Modular Monolith');
  await undo(page);
  await expect(compliance).toHaveValue('5');
  await expect(ranked(page).first()).toHaveText('Serverless');
  await redo(page);
  await expect(compliance).toHaveValue('10');

  // A reset, with its message and Undo.
  await page.getByRole('button', { name: 'Reset weights' }).click();
  await expect(compliance).toHaveValue('5');
  await expect(page.getByRole('status').filter({ hasText: 'Weights reset' })).toBeVisible();
  await undo(page);
  await expect(compliance).toHaveValue('10');
  await expect(page.getByRole('status').filter({ hasText: 'Weights reset' })).toHaveCount(0);

  // A rating override.
  const cell = page.getByRole('combobox', { name: 'Microservices, Operational Overhead' });
  await cell.selectOption('Low');
  await expect(page.getByText('1 cell changed by you')).toBeVisible();
  await page.locator('h1').click();
  await undo(page);
  await expect(cell).toHaveValue('Very High');
  await expect(compliance).toHaveValue('10');
  // The header's buttons do the same.
  const history = page.getByRole('group', { name: 'History' });
  await history.getByRole('button', { name: 'Redo' }).click();
  await expect(cell).toHaveValue('Low');
});

test('on the forces view, Ctrl+Z undoes a quadrant move', async ({ page }) => {
  await page.goto('/forces');
  const soa = page.getByRole('button', { name: /^SOA, x / });
  await expect(soa).toHaveAccessibleName(/^SOA, x 0\.60, y 0\.50, /);
  await soa.focus();
  await page.keyboard.press('Shift+ArrowUp');
  await expect(soa).toHaveAccessibleName(/^SOA, x 0\.60, y 0\.55, /);
  await undo(page);
  await expect(soa).toHaveAccessibleName(/^SOA, x 0\.60, y 0\.50, /);
});
