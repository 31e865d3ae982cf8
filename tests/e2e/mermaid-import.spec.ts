import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SOURCE_QUADRANT = [
  'quadrantChart',
  '    title Architecture Forces',
  '    x-axis Internal Complexity --> External Complexity',
  '    y-axis Operational Overhead --> Team Autonomy',
  '    quadrant-1 High Autonomy',
  '    quadrant-2 Experimental',
  '    quadrant-3 Stable Core',
  '    quadrant-4 Controlled Growth',
  '    point Monolith: [0.3, 0.2]',
  '    point ModularMonolith: [0.4, 0.4]',
  '    point SOA: [0.6, 0.5]',
  '    point Microservices: [0.7, 0.8]',
  '    point Serverless: [0.8, 0.9]',
  '    point SpaceBased: [0.9, 0.7]',
].join('\n');

const textarea = (page: Page) => page.getByRole('textbox', { name: 'Mermaid quadrantChart or flowchart' });

async function paste(page: Page, text: string) {
  await page.goto('/record');
  await textarea(page).fill(text);
  await page.getByRole('button', { name: 'Import Mermaid' }).click();
}

test('a pasted quadrantChart moves the point on the forces chart', async ({ page }) => {
  await paste(page, SOURCE_QUADRANT.replace('point SOA: [0.6, 0.5]', 'point SOA: [0.25, 0.85]'));
  const status = page.getByRole('status').filter({ hasText: 'Moved' });
  await expect(status).toContainText('Moved 1 point: SOA (0.25, 0.85). 5 points already where the text puts them.');
  await status.getByRole('link', { name: 'See the forces chart' }).click();
  await expect(page.getByRole('button', { name: /^SOA, x 0\.25, y 0\.85, / })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Monolith, x 0\.30, y 0\.20, / })).toBeVisible();
});

test('a pasted flowchart adds a named migration, and Undo on the migration view removes it', async ({ page }) => {
  await paste(page, 'flowchart LR\n    SOA -->|Serverless Facade| Serverless\n    Monolith -->|Encapsulate Modules| ModularMonolith');
  const status = page.getByRole('status').filter({ hasText: 'Added' });
  await expect(status).toContainText(
    'Added 1 migration, 0 new nodes: SOA to Serverless: Serverless Facade. 1 migration already in the graph.',
  );
  await status.getByRole('link', { name: 'See the migration graph' }).click();
  const added = page.getByRole('group', { name: 'SOA to Serverless: Serverless Facade' });
  await expect(added).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Monolith to Modular Monolith: Encapsulate Modules' })).toHaveCount(1);
  await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' }).click();
  await expect(added).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Monolith to Modular Monolith: Encapsulate Modules' })).toHaveCount(1);
  // The keyboard too: redo, then undo again, on the canvas.
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+Shift+z');
  await expect(added).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(added).toHaveCount(0);
});

test('a bad paste shows the located problem and changes nothing', async ({ page }) => {
  await paste(
    page,
    'quadrantChart\n    point Monolith: [0.9, 0.9]\n    point Nanoservices: [0.5, 0.5]\n    point Serverless: [0.1, 0.1]\n    point SOA: [0.6 0.5]',
  );
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported: 2 problems in the pasted text.');
  await expect(alert.getByRole('list', { name: 'Mermaid problems' }).getByRole('listitem')).toHaveText([
    'line 3: “Nanoservices” names no option of the dataset (known: Monolith, Modular Monolith, SOA, Microservices, Serverless, Space-Based)',
    'line 5: expected `Name: [x, y]` with x and y between 0 and 1',
  ]);
  await textarea(page).fill('flowchart LR\n    SOA --> Serverless\n    SOA -->|oops Monolith');
  await page.getByRole('button', { name: 'Import Mermaid' }).click();
  await expect(alert.getByRole('listitem')).toHaveText(['line 3: the edge label `oops Monolith` is not closed with `|`']);
  const axe = await new AxeBuilder({ page }).include('section[aria-labelledby="mermaid-import-title"]').analyze();
  expect(axe.passes.length).toBeGreaterThan(0);
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.getByRole('link', { name: 'Forces' }).click();
  await expect(page.getByRole('button', { name: /^Monolith, x 0\.30, y 0\.20, / })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Serverless, x 0\.80, y 0\.90, / })).toBeVisible();
  await page.getByRole('link', { name: 'Migration' }).click();
  // The graph has drawn (a migration of the dataset is there) before the imported one is looked for.
  await expect(page.getByRole('group', { name: 'Monolith to Modular Monolith: Encapsulate Modules' })).toHaveCount(1);
  await expect(page.getByRole('group', { name: /^SOA to Serverless/ })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' })).toBeDisabled();
});
