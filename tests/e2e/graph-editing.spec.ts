import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const edge = (page: Page, name: string) => page.locator(`.react-flow__edge[aria-label="${name}"]`);
const node = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
type Rect = { x: number; y: number; width: number; height: number };
const hit = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function open(page: Page) {
  await page.goto('/migration');
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
}

test('every connection handle has a hit area of at least 24×24 px at 1280×720', async ({ page }) => {
  await open(page);
  const boxes = await page.locator('.react-flow__handle').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));
  expect(boxes.length).toBe(14);
  for (const b of boxes) {
    expect(b.width).toBeGreaterThanOrEqual(23.5);
    expect(b.height).toBeGreaterThanOrEqual(23.5);
  }
});

test('keyboard only: connect two nodes, name the migration, rename a node with F2', async ({ page }) => {
  await open(page);
  const connect = page.getByRole('form', { name: 'Connect two architectures' });
  await connect.getByRole('combobox', { name: 'From' }).selectOption({ label: 'SOA' });
  await connect.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Serverless' });
  await connect.getByRole('button', { name: 'Connect' }).focus();
  await page.keyboard.press('Enter');
  await expect(edge(page, 'SOA to Serverless')).toHaveCount(1);
  // The new migration is selected, highlighted, and its editor is open and in view.
  await expect(edge(page, 'SOA to Serverless')).toHaveClass(/selected/);
  await expect(page.getByRole('heading', { name: 'Edit SOA to Serverless' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save migration' })).toBeInViewport({ ratio: 1 });
  await page.getByRole('textbox', { name: 'Name' }).fill('Function Extraction');
  await page.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(edge(page, 'SOA to Serverless: Function Extraction')).toHaveCount(1);
  // The same pair again is refused, plainly.
  await expect(connect.getByText('That migration is already in the graph.')).toBeVisible();
  await expect(connect.getByRole('button', { name: 'Connect' })).toBeDisabled();

  // F2 on a focused node puts the cursor in its name field.
  await node(page, 'SOA').focus();
  await page.keyboard.press('F2');
  const name = page.getByRole('textbox', { name: 'New name' });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('SOA');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Service-Oriented Architecture');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Service-Oriented Architecture')).toBeVisible();
  await expect(edge(page, 'Service-Oriented Architecture to Serverless: Function Extraction')).toHaveCount(1);
  // A rename is one undo step.
  await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' }).click();
  await expect(node(page, 'SOA')).toBeVisible();
});

test('double-clicking a node picks it for renaming', async ({ page }) => {
  await open(page);
  await node(page, 'Microservices').dblclick();
  await expect(page.getByRole('textbox', { name: 'New name' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'New name' })).toHaveValue('Microservices');
});

test('a selected node and a selected edge are highlighted in the focus colour', async ({ page }) => {
  await open(page);
  const focus = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.color = 'var(--focus)';
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  });
  await node(page, 'Monolith').click();
  await expect(node(page, 'Monolith')).toHaveCSS('border-top-color', focus);
  await node(page, 'Monolith').focus();
  await page.keyboard.press('Tab'); // on to the next node: the selection stays where it was
  const lambda = edge(page, 'Monolith to Serverless: Lambda Sidecar');
  await lambda.focus();
  await page.keyboard.press('Enter');
  await expect(lambda).toHaveClass(/selected/);
  await expect(lambda.locator('.react-flow__edge-path')).toHaveCSS('stroke', focus);
  await expect(page.getByRole('button', { name: 'Save migration' })).toBeInViewport({ ratio: 1 });
});

test('edge labels overlap neither each other nor a node after nodes and a migration are added', async ({ page }) => {
  await open(page);
  await page.getByRole('combobox', { name: 'Add an architecture from the dataset' }).selectOption({ label: 'Space-Based Architecture' });
  await page.getByRole('textbox', { name: 'Or a custom one' }).fill('Cell-based pilot');
  await page.getByRole('button', { name: 'Add node' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  const connect = page.getByRole('form', { name: 'Connect two architectures' });
  await connect.getByRole('combobox', { name: 'From' }).selectOption({ label: 'Microservices' });
  await connect.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Cell-based pilot' });
  await connect.getByRole('button', { name: 'Connect' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Cells per region');
  await page.getByRole('button', { name: 'Save migration' }).click();
  await expect(page.locator('.react-flow__edge-text', { hasText: 'Cells per region' })).toHaveCount(1);
  const labels = await page
    .locator('.react-flow__edge-textbg')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));
  const nodes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));
  expect(labels).toHaveLength(6);
  labels.forEach((a, i) => {
    labels.forEach((b, j) => {
      if (j > i) expect(hit(a, b), `edge labels ${i} and ${j}`).toBe(false);
    });
    nodes.forEach((n, j) => {
      expect(hit(a, n), `edge label ${i} and node ${j}`).toBe(false);
    });
  });
});

/**
 * Each drawn edge that passes through a node other than its own two ends: the rendered SVG path,
 * sampled every 2 px on screen, against every other node's rectangle (shrunk by 2 px).
 */
async function edgesThroughNodes(page: Page) {
  return page.locator('.react-flow').evaluate((flow) => {
    const nodes = [...flow.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => ({
      label: n.textContent?.trim() ?? '',
      box: n.getBoundingClientRect(),
    }));
    const crossings: string[] = [];
    for (const edge of flow.querySelectorAll('.react-flow__edge')) {
      const name = edge.getAttribute('aria-label') ?? '';
      const ends = nodes.filter((n) => name.startsWith(`${n.label} to `) || name.includes(` to ${n.label}`));
      const path = edge.querySelector<SVGPathElement>('.react-flow__edge-path')!;
      const ctm = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const step = 2 / Math.max(ctm.a, 0.01);
      for (const n of nodes) {
        if (ends.includes(n)) continue;
        const b = n.box;
        for (let at = 0; at <= length; at += step) {
          const p = path.getPointAtLength(at).matrixTransform(ctm);
          if (p.x > b.left + 2 && p.x < b.right - 2 && p.y > b.top + 2 && p.y < b.bottom - 2) {
            crossings.push(`${name} crosses ${n.label}`);
            break;
          }
        }
      }
    }
    return crossings;
  });
}

test('no edge passes through a node other than its own two ends: as laid out, and after nodes, a migration and Re-layout', async ({
  page,
}) => {
  await open(page);
  expect(await page.locator('.react-flow__edge').count()).toBe(6);
  expect(await edgesThroughNodes(page)).toEqual([]);
  await page.getByRole('combobox', { name: 'Add an architecture from the dataset' }).selectOption({ label: 'Space-Based Architecture' });
  await page.getByRole('textbox', { name: 'Or a custom one' }).fill('Cell-based pilot');
  await page.getByRole('button', { name: 'Add node' }).click();
  const connect = page.getByRole('form', { name: 'Connect two architectures' });
  await connect.getByRole('combobox', { name: 'From' }).selectOption({ label: 'Monolith' });
  await connect.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Cell-based pilot' });
  await connect.getByRole('button', { name: 'Connect' }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(7);
  await page.getByRole('button', { name: 'Re-layout' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  await expect.poll(() => edgesThroughNodes(page)).toEqual([]);
});

/** Contrast (WCAG) of every edge line and arrowhead against the canvas behind it. */
async function edgeContrasts(page: Page) {
  return page.locator('.react-flow').evaluate((flow) => {
    const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    // The colour behind the canvas: the first ancestor with an opaque background (React Flow's light pane is transparent).
    let behind: Element | null = flow;
    while (behind && /rgba\(.*,\s*0\)|transparent/.test(getComputedStyle(behind).backgroundColor)) behind = behind.parentElement;
    const pane = behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)';
    const lines = [...flow.querySelectorAll('.react-flow__edge:not(.on-path) .react-flow__edge-path')];
    const heads = [...flow.querySelectorAll('.react-flow__arrowhead polyline')];
    return [...lines, ...heads].map((el) => ratio(getComputedStyle(el).stroke, pane));
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test('every edge line and arrowhead stands out from the canvas (3:1 at least)', async ({ page }) => {
      await open(page);
      const ratios = await edgeContrasts(page);
      expect(ratios.length).toBeGreaterThanOrEqual(6);
      for (const r of ratios) expect(r).toBeGreaterThanOrEqual(3);
    });
  });
}

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the minimap of a big graph (30 nodes) is dark too, its nodes visible on it', async ({ page }) => {
    await open(page);
    const name = page.getByRole('textbox', { name: 'Or a custom one' });
    for (let i = 1; i <= 23; i++) {
      await name.fill(`Pilot ${i}`);
      await page.getByRole('button', { name: 'Add node' }).click();
    }
    await expect(page.locator('.react-flow__node')).toHaveCount(30);
    const minimap = page.getByRole('img', { name: 'Minimap of the migration graph' });
    await expect(minimap).toBeVisible();
    const colours = await minimap.evaluate((svg) => {
      const lum = (c: string) => {
        const [r, g, b] = (c.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).map(Number) as [number, number, number];
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      const node = svg.querySelector('.react-flow__minimap-node')!;
      const panel = getComputedStyle(svg.closest('.react-flow__minimap')!).backgroundColor;
      return { opaque: !/rgba\(.*,\s*0\)|transparent/.test(panel), background: lum(panel), node: lum(getComputedStyle(node).fill) };
    });
    expect(colours.opaque).toBe(true);
    expect(colours.background).toBeLessThan(0.3);
    expect(colours.node - colours.background).toBeGreaterThan(0.05);
  });

  test('the zoom controls and the canvas are dark too, their icons light', async ({ page }) => {
    await open(page);
    const zoomIn = page.getByRole('button', { name: 'Zoom In' });
    const colours = await zoomIn.evaluate((b) => {
      const lum = (c: string) => {
        const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).map(Number) as [number, number, number];
        return (0.2126 * r + 0.7152 * g + 0.0722 * bl) / 255;
      };
      const pane = document.querySelector('.react-flow')!;
      return {
        button: lum(getComputedStyle(b).backgroundColor),
        icon: lum(getComputedStyle(b).color),
        pane: lum(getComputedStyle(pane).backgroundColor),
      };
    });
    expect(colours.button).toBeLessThan(0.3);
    expect(colours.pane).toBeLessThan(0.3);
    expect(colours.icon).toBeGreaterThan(0.6);
  });
});
