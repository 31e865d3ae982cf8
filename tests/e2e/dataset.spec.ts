import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const builtin = () => JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8'));

test('a broken dataset is refused with its problems and the current one stays', async ({ page }) => {
  await page.goto('/patterns');
  const doc = builtin();
  doc.patterns[3].quadrant = { x: 3 };
  doc.quadrant.points[0].x = 2;
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc, null, 2)),
  });
  const dialog = page.getByRole('dialog', { name: 'Could not load broken.json' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('patterns[3]: unknown field "quadrant"');
  await expect(dialog).toContainText(/broken\.json:\d+ quadrant\.points\[0\]\.x: expected a number between 0 and 1/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Patterns' }).getByRole('listitem')).toHaveCount(22);
  await expect(page.getByText('Built-in')).toBeVisible();
});

test('a dataset dropped onto the window replaces the built-in one, survives a reload, and can be undone', async ({ page }) => {
  await page.goto('/patterns');
  // The app is mounted (and listening for drops) once the catalog shows.
  await expect(page.getByRole('list', { name: 'Patterns' }).getByRole('listitem')).toHaveCount(22);
  const doc = builtin();
  doc.title = 'Our platform options';
  const kept = doc.patterns.filter((p: { category: string }) => p.category !== 'data');
  const keptIds = new Set(kept.map((p: { id: string }) => p.id));
  doc.patterns = kept;
  // Migration nodes may stand for no pattern: those of the removed data patterns become plain nodes.
  for (const node of doc.migrationNodes) if (node.patternId && !keptIds.has(node.patternId)) node.patternId = null;
  doc.patterns.find((p: { id: string }) => p.id === 'monolith').summary = 'Our own summary of the monolith.';
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'ours.json', { type: 'application/json' }));
    return dt;
  }, JSON.stringify(doc));
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop a dataset, a snapshot file or an exported image to open it')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByRole('status').filter({ hasText: 'Loaded' })).toContainText('Loaded “Our platform options” from ours.json');
  await expect(page.getByRole('list', { name: 'Patterns' }).getByRole('listitem')).toHaveCount(17);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Patterns' }).getByRole('listitem')).toHaveCount(17);
  await expect(page.getByText('Our own summary of the monolith.')).toBeVisible();
  await page.getByRole('button', { name: 'Use built-in dataset' }).click();
  await expect(page.getByRole('list', { name: 'Patterns' }).getByRole('listitem')).toHaveCount(22);
});
