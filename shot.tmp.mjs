import { chromium } from '@playwright/test';
const [, , url, out, w = '1280', h = '720'] = process.argv;
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
});
const p = await b.newPage({ viewport: { width: +w, height: +h } });
p.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log('CONSOLE', m.type(), m.text().slice(0, 300));
});
p.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await p.goto(url, { waitUntil: 'networkidle', timeout: 120000 });
await p.waitForTimeout(1500);
await p.screenshot({ path: out });
await b.close();
