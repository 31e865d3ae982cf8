import { expect, test } from './fixtures';

/** The ranking's first row on the workbench, as the person reads it. */
const leader = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Options by score' }).getByRole('link').first();

test('two tabs of one browser show the same decision, with no server', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/');
  await b.goto('/');
  await expect(leader(a)).toContainText('Serverless');
  await expect(leader(b)).toContainText('Serverless');
  // Compliance/Security up to 10 makes Modular Monolith the leader (the source's table).
  const slider = a.getByRole('slider', { name: 'Compliance/Security' });
  await slider.focus();
  await a.keyboard.press('End');
  await expect(leader(a)).toContainText('Modular Monolith');
  await expect(leader(b)).toContainText('Modular Monolith');
  await expect(b.getByRole('slider', { name: 'Compliance/Security' })).toHaveValue('10');
  // Each tab undoes its own edits: b has none; a's Undo reaches b.
  await expect(b.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' })).toBeDisabled();
  await a.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' }).click();
  await expect(leader(b)).toContainText('Serverless');
});

test('the audience window follows the laptop: the same slide, the same decision', async ({ context }) => {
  const laptop = await context.newPage();
  await laptop.goto('/present/priorities');
  await expect(laptop.getByRole('heading', { level: 1, name: 'Priorities' })).toBeVisible();
  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    laptop.getByRole('button', { name: 'Open audience window' }).click(),
  ]);
  await expect(audience.getByRole('heading', { level: 1, name: 'Priorities' })).toBeVisible();
  // The audience window does not offer another audience window.
  await expect(audience.getByRole('button', { name: 'Open audience window' })).toHaveCount(0);

  // A clicker on the laptop moves both.
  await laptop.keyboard.press('PageDown');
  await expect(laptop.getByRole('heading', { level: 1, name: 'Ranking' })).toBeVisible();
  await expect(audience.getByRole('heading', { level: 1, name: 'Ranking' })).toBeVisible();

  // A weight changed on the laptop re-ranks the projector's slide.
  await laptop.keyboard.press('PageUp');
  await expect(audience.getByRole('heading', { level: 1, name: 'Priorities' })).toBeVisible();
  const slider = laptop.getByRole('slider', { name: 'Compliance/Security' });
  await slider.focus();
  await laptop.keyboard.press('End');
  await expect(audience.getByRole('slider', { name: 'Compliance/Security' })).toHaveValue('10');

  // Driven from the projector's window, the laptop follows too.
  await audience.locator('body').press('End');
  await expect(audience.getByRole('heading', { level: 1, name: 'Outcome' })).toBeVisible();
  await expect(laptop.getByRole('heading', { level: 1, name: 'Outcome' })).toBeVisible();
  await expect(audience.getByRole('main')).toContainText('Modular Monolith');
});
