import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const panel = (page: Page) => page.getByRole('region', { name: 'Compare two decisions' });

/** A change table's body rows as cell texts. */
async function rows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
}

async function save(page: Page, name: string) {
  await page.goto('/record');
  await page.getByRole('textbox', { name: 'Snapshot name' }).fill(name);
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(page.getByText(`Saved “${name}”.`)).toBeVisible();
}

test('two saved snapshots compared list exactly the changes made between them, side by side and as Markdown', async ({ page }) => {
  await save(page, 'Q2');
  await page.goto('/');
  await page.getByRole('slider', { name: 'Compliance/Security' }).fill('10');
  await page.goto('/forces');
  const soa = page.getByRole('button', { name: /^SOA, x / });
  await soa.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(soa).toHaveAccessibleName(/^SOA, x 0\.55, y 0\.50/);
  await page.goto('/record');
  await page.getByRole('textbox', { name: 'Title' }).fill('Orders backend, Q3');
  await save(page, 'Q3');

  const p = panel(page);
  await p.getByRole('combobox', { name: 'Before' }).selectOption({ label: 'Saved: Q2' });
  await p.getByRole('combobox', { name: 'After' }).selectOption({ label: 'Saved: Q3' });
  await expect(p.getByRole('status')).toHaveText(/changes from “Q2” to “Q3”/);
  expect(await rows(p.getByRole('table', { name: 'Weights' }))).toEqual([['Compliance/Security', '5', '10', '+5']]);
  expect(await rows(p.getByRole('table', { name: 'Quadrant positions (x, y)' }))).toEqual([['SOA', '0.60, 0.50', '0.55, 0.50']]);
  expect(await rows(p.getByRole('table', { name: 'Record' }))).toEqual([
    ['Title', 'How should we structure our backend?', 'Orders backend, Q3'],
  ]);
  for (const none of ['Team answers', 'Rating overrides']) await expect(p.getByRole('table', { name: none })).toHaveCount(0);
  // The heavier Compliance/Security hands the lead to Modular Monolith, and the migration target follows the leader.
  await expect(p.getByText(/^Leader:/)).toHaveText('Leader: Serverless → Modular Monolith');
  expect(await rows(p.getByRole('table', { name: 'Migration path' }))).toEqual([
    ['Path', 'current architecture not set; target Serverless', 'current architecture not set; target Modular Monolith'],
  ]);
  // Scores move with the weight: the ranking table lists options, each once.
  const ranking = await rows(p.getByRole('table', { name: 'Ranking' }));
  expect(new Set(ranking.map((r) => r[0])).size).toBe(ranking.length);

  // The tables sit side by side without overlapping, inside the page at 1280 px.
  const boxes = await p.getByRole('table').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect));
  for (const [i, b] of boxes.entries()) {
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(1280);
    for (const c of boxes.slice(i + 1))
      expect(b.x < c.x + c.width && c.x < b.x + b.width && b.y < c.y + c.height && c.y < b.y + b.height).toBe(false);
  }

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    p.getByRole('button', { name: 'Download comparison (Markdown)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('q2-vs-q3.md');
  const md = readFileSync(await download.path(), 'utf8');
  expect(md).toContain('# What changed: Q2 → Q3');
  expect(md).toContain('| Compliance/Security | 5 | 10 | +5 |');
  expect(md).toContain('| SOA | 0.60, 0.50 | 0.55, 0.50 |');
});
