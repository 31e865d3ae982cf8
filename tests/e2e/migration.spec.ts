import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const edge = (page: Page, name: string) => page.locator(`.react-flow__edge[aria-label="${name}"]`);
const status = (page: Page) => page.locator('.player-status');

async function open(page: Page) {
  await page.goto('/migration');
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
}

test('the source’s migrations are drawn as named, labelled edges', async ({ page }) => {
  await open(page);
  for (const name of [
    'Monolith to Modular Monolith: Encapsulate Modules',
    'Modular Monolith to Microservices: Strangler Fig',
    'Microservices to Serverless: Event-Driven',
    'SOA to Microservices: Service Extraction',
    'Monolith to Serverless: Lambda Sidecar',
    'Shared Database to Database per Service',
  ]) {
    await expect(edge(page, name)).toHaveCount(1);
  }
  for (const label of ['Encapsulate Modules', 'Strangler Fig', 'Event-Driven', 'Service Extraction', 'Lambda Sidecar']) {
    await expect(page.locator('.react-flow__edge-text', { hasText: label })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Zoom In' })).toBeVisible();
  // A small graph needs no minimap: the whole graph is in view (issue 15); projector.spec measures it.
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
});

test('the target follows the ranking’s leader until one is picked', async ({ page }) => {
  await open(page);
  await page.getByRole('combobox', { name: 'You are at' }).selectOption({ label: 'Monolith' });
  await expect(page.getByRole('combobox', { name: 'Target' })).toContainText('The ranking’s leader (Serverless)');
  await expect(page.getByText('2 ways to Serverless (the ranking’s leader)')).toBeVisible();
});

test('playing a two-step path animates each migration in order', async ({ page }) => {
  await open(page);
  await page.getByRole('combobox', { name: 'You are at' }).selectOption({ label: 'Monolith' });
  await page.getByRole('combobox', { name: 'Target' }).selectOption({ label: 'Microservices' });
  await expect(page.getByText('Monolith → Modular Monolith → Microservices')).toBeVisible();
  await expect(status(page)).toHaveText('Start: Monolith. 2 migrations ahead.');
  // Each step as the player shows it, stepped by hand (a timer would race the checks on a slow machine)…
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(status(page)).toHaveText('Step 1 of 2: Monolith to Modular Monolith: Encapsulate Modules');
  await expect(edge(page, 'Monolith to Modular Monolith: Encapsulate Modules')).toHaveClass(/active/);
  await expect(page.locator('.react-flow__node.is-leaving')).toHaveText('Monolith');
  await expect(page.locator('.react-flow__node.is-reaching')).toHaveText('Modular Monolith');
  await expect(page.getByText('Identify bounded contexts.')).toBeVisible();
  // …then Play runs the rest in order and stops at the end.
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('2');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(status(page)).toHaveText('Step 2 of 2: Modular Monolith to Microservices: Strangler Fig');
  await expect(edge(page, 'Modular Monolith to Microservices: Strangler Fig')).toHaveClass(/active/);
  await expect(edge(page, 'Monolith to Modular Monolith: Encapsulate Modules')).toHaveClass(/done/);
  await expect(page.getByText('Apply Strangler Fig (Part 2) at module boundaries.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible(); // stopped at the end
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(status(page)).toHaveText('Step 1 of 2: Monolith to Modular Monolith: Encapsulate Modules');
  await page.getByRole('button', { name: 'Restart' }).click();
  await expect(status(page)).toHaveText('Start: Monolith. 2 migrations ahead.');
});

test('no path is said plainly; the suggested edge connects them and undo removes it again', async ({ page }) => {
  await open(page);
  await page.getByRole('combobox', { name: 'You are at' }).selectOption({ label: 'Serverless' });
  await page.getByRole('combobox', { name: 'Target' }).selectOption({ label: 'Monolith' });
  await expect(page.getByText('No path from Serverless to Monolith in this graph.')).toBeVisible();
  await page.getByRole('button', { name: 'Add a migration Serverless → Monolith' }).click();
  await expect(edge(page, 'Serverless to Monolith')).toHaveCount(1);
  await expect(page.getByText('One way to Monolith')).toBeVisible();
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+z');
  await expect(edge(page, 'Serverless to Monolith')).toHaveCount(0);
  await expect(page.getByText('No path from Serverless to Monolith in this graph.')).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(edge(page, 'Serverless to Monolith')).toHaveCount(1);
});

/** Clicks an edge on its line, half way along (a routed edge's box centre may be off the line). */
async function clickEdge(page: import('@playwright/test').Page, l: import('@playwright/test').Locator) {
  const p = await l.locator('path.react-flow__edge-path').evaluate((path) => {
    const svg = path as SVGPathElement;
    const pt = svg.getPointAtLength(svg.getTotalLength() / 2);
    const m = svg.getScreenCTM() as DOMMatrix;
    return { x: pt.x * m.a + pt.y * m.c + m.e, y: pt.x * m.b + pt.y * m.d + m.f };
  });
  await page.mouse.click(p.x, p.y);
}

test('connect two nodes by dragging, rename the migration, delete it with the Delete key', async ({ page }) => {
  await open(page);
  const from = page.locator('.react-flow__node', { hasText: 'SOA' }).locator('.react-flow__handle.source');
  const to = page.locator('.react-flow__node', { hasText: 'Serverless' }).locator('.react-flow__handle.target');
  await from.dragTo(to);
  const added = edge(page, 'SOA to Serverless');
  await expect(added).toHaveCount(1);
  await clickEdge(page, added);
  await page.getByRole('textbox', { name: 'Name' }).fill('Function Extraction');
  await page.getByRole('textbox', { name: 'Steps, one per line' }).fill('Wrap ESB endpoints\nMove them to functions');
  await page.getByRole('button', { name: 'Save migration' }).click();
  await expect(edge(page, 'SOA to Serverless: Function Extraction')).toHaveCount(1);
  await clickEdge(page, edge(page, 'SOA to Serverless: Function Extraction'));
  await page.keyboard.press('Delete');
  await expect(edge(page, 'SOA to Serverless: Function Extraction')).toHaveCount(0);
  await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' }).click();
  await expect(edge(page, 'SOA to Serverless: Function Extraction')).toHaveCount(1);
});

test('edits survive a reload', async ({ page }) => {
  await open(page);
  await page.getByRole('textbox', { name: 'Or a custom one' }).fill('Cell-based pilot');
  await page.getByRole('button', { name: 'Add node' }).click();
  await page.getByRole('combobox', { name: 'Add an architecture from the dataset' }).selectOption({ label: 'Space-Based Architecture' });
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  await page.getByRole('combobox', { name: 'You are at' }).selectOption({ label: 'SOA' });
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  await expect(page.locator('.react-flow__node', { hasText: 'Cell-based pilot' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'You are at' })).toHaveValue('soa');
  await page.getByRole('button', { name: 'Back to the source graph' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
});

test('each path says how many of its migrations have written steps', async ({ page }) => {
  await open(page);
  await page.getByRole('combobox', { name: 'You are at' }).selectOption({ label: 'Monolith' });
  const ways = page.getByRole('group', { name: /2 ways to Serverless/ });
  await expect(ways.getByRole('radio', { name: /^Monolith → Serverless .*0 of 1 migration has steps/ })).toBeChecked();
  await expect(
    ways.getByRole('radio', { name: /Monolith → Modular Monolith → Microservices → Serverless .*3 of 3 migrations have steps/ }),
  ).toBeVisible();
});

test('a chosen path with no written steps offers the way that has them', async ({ page }) => {
  await open(page);
  await page.getByRole('combobox', { name: 'You are at' }).selectOption({ label: 'Monolith' });
  const ways = page.getByRole('group', { name: /2 ways to Serverless/ });
  const documented = ways.getByRole('radio', { name: /^Monolith → Modular Monolith → Microservices → Serverless / });
  await expect(documented).not.toBeChecked();
  await expect(page.getByText('No steps are written for this path’s migrations.')).toBeVisible();
  await page.getByRole('button', { name: 'Show the way with written steps' }).click();
  await expect(documented).toBeChecked();
  await expect(page.getByRole('button', { name: 'Show the way with written steps' })).toHaveCount(0);
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 3, name: /Monolith → Modular Monolith/ })).toBeVisible();
  await expect(page.getByText('No steps written for this migration yet.')).toHaveCount(0);
});

test('the side column’s fields stay inside their cards at 1280×720', async ({ page }) => {
  await open(page);
  await page.getByRole('combobox', { name: 'You are at' }).selectOption({ label: 'Monolith' });
  for (const panel of await page.locator('.migration-side > .panel').all()) {
    const card = (await panel.boundingBox())!;
    for (const field of await panel.locator('select, input, button').all()) {
      const b = (await field.boundingBox())!;
      expect(b.x + b.width, await field.evaluate((e) => e.outerHTML.slice(0, 60))).toBeLessThanOrEqual(card.x + card.width);
    }
  }
  // “Your path”'s selects show their whole choice (Chromium draws the arrow in about 20 px beside the text).
  const clipped = await page
    .getByRole('region', { name: 'Your path' })
    .locator('select')
    .evaluateAll((selects) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      return (selects as HTMLSelectElement[])
        .filter((s) => {
          const cs = getComputedStyle(s);
          ctx.font = cs.font;
          const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 18;
          return ctx.measureText(s.selectedOptions[0]?.text ?? '').width > room;
        })
        .map((s) => s.selectedOptions[0]?.text);
    });
  expect(clipped).toEqual([]);
});
