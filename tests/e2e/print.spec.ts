import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TITLE = 'Orders platform backend';
const RATIONALE = 'We ship weekly with a small team; scaling per function matters more than one codebase.';

async function writeRecord(page: Page) {
  await page.goto('/record');
  await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await page.getByRole('textbox', { name: 'Participants (comma-separated)' }).fill('Ana, Ben');
  await page.getByRole('textbox', { name: 'Rationale' }).fill(RATIONALE);
}

async function openReport(page: Page, query = '') {
  await page.goto(`/record/report${query}`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.locator('.report-quadrant').getByRole('button', { name: /^Monolith, x / })).toBeVisible();
}

/** The PDF's /Title from its Info dictionary (Chromium writes it as UTF-16BE hex when not ASCII). */
function pdfTitle(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]+)>/.exec(text);
  if (hex) return Buffer.from(hex[1]!, 'hex').swap16().toString('utf16le');
  return /\/Title\s*\(([^)]*)\)/.exec(text)?.[1] ?? '';
}

test('the report shows the decision, the ranking with weights, the team, the quadrant and the path', async ({ page }) => {
  await writeRecord(page);
  await page.goto('/migration');
  await page.getByRole('combobox', { name: 'You are at' }).selectOption({ label: 'Monolith' });
  await page.getByRole('combobox', { name: 'Target' }).selectOption({ label: 'Microservices' });
  await openReport(page);
  await expect(page).toHaveTitle(`${TITLE} · Architecture Workbench`);
  await expect(page.getByText('Ana, Ben')).toBeVisible();
  await expect(page.getByText(RATIONALE)).toBeVisible();
  const ranking = page.getByRole('table', { name: 'Options by score (of 100)' });
  await expect(ranking.getByRole('row')).toHaveCount(6); // header + five ranked options
  await expect(ranking.getByRole('row').nth(1)).toContainText('Serverless');
  await expect(page.getByRole('table', { name: 'Weights (of 10)' }).getByRole('row', { name: /Team Size/ })).toContainText('5');
  await expect(page.getByText('Not ranked: Space-Based')).toBeVisible();
  await expect(page.getByText(/A team of \d+ engineers/)).toBeVisible();
  const path = page.getByRole('region', { name: 'Migration path' });
  await expect(path).toContainText('Monolith → Modular Monolith → Microservices');
  await expect(path.getByRole('heading', { name: 'Monolith to Modular Monolith: Encapsulate Modules' })).toBeVisible();
  await expect(path.getByText('Identify bounded contexts.')).toBeVisible();
});

test('on paper: no navigation or buttons; the record, ranking and chart remain', async ({ page }) => {
  await writeRecord(page);
  await openReport(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Architecture Workbench, home' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('link', { name: /Back to the decision record/ })).toBeHidden();
  await expect(page.getByRole('table', { name: 'Options by score (of 100)' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Weights (of 10)' })).toBeVisible();
  await expect(page.getByText(RATIONALE)).toBeVisible();
  await expect(page.locator('.report-quadrant').getByRole('button', { name: /^Serverless, x / })).toBeVisible();
  // Black on white, even for someone whose system is dark.
  const colours = await page.evaluate(() => [
    getComputedStyle(document.body).backgroundColor,
    getComputedStyle(document.querySelector('h1')!).color,
  ]);
  expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('the same in a dark colour scheme prints black on white', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await writeRecord(page);
  await openReport(page);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const colours = await page.evaluate(() => [
    getComputedStyle(document.body).backgroundColor,
    getComputedStyle(document.querySelector('h1')!).color,
    getComputedStyle(document.querySelector('.report-table td')!).color,
  ]);
  expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)']);
});

test('the PDF has several pages and the decision’s title', async ({ page }) => {
  await writeRecord(page);
  await openReport(page);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pdfTitle(pdf)).toBe(`${TITLE} · Architecture Workbench`);
});

test('“Print or save as PDF” on the record opens the report and prints it once, when the chart is drawn', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number; print: () => void };
    w.printed = 0;
    w.print = () => {
      w.printed += document.querySelectorAll('.report-quadrant .points-layer .point').length > 0 ? 1 : 100;
    };
  });
  await writeRecord(page);
  await page.getByRole('link', { name: 'Print or save as PDF' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page).toHaveURL(/\/record\/report$/); // ?print=1 is gone, so a reload does not print again
  // The report looks for the drawn chart once per animation frame before it prints: two frames on, any
  // second print that was under way has happened.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('other views print without their controls', async ({ page }) => {
  await page.goto('/forces');
  await expect(page.getByRole('button', { name: /^Monolith, x / })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Export quadrant image' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Horizontal axis' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Monolith, x / })).toBeVisible();
});
