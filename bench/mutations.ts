/**
 * What a slider step writes to the DOM: a MutationObserver over the page during single key presses
 * on a weight slider, counted by kind of change and where (the panel, the element with its id and
 * classes). A write nobody sees still costs (an input React updates has its name and type written
 * again). Expects `npm run bench` to have built bench/.out.
 *   tsx bench/mutations.ts [route=/] [generated|builtin] [presses=3]
 */
import { openSliderPage } from './serve';

const [route = '/', which = 'builtin', presses = '3'] = process.argv.slice(2);

// In the page, as a string: the script runner would otherwise add helpers the page does not have.
const WATCH = `(() => {
  window.__mutations = [];
  const tag = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map((c) => '.' + c).join('');
  const where = (node) => {
    const el = node instanceof Element ? node : node.parentElement;
    if (!el) return '?';
    const panel = el.closest('section, aside, header, nav, figure');
    const title = panel ? panel.getAttribute('aria-label') || panel.querySelector('h2')?.textContent || '' : '';
    return (panel ? tag(panel) + (title ? ' "' + title + '"' : '') + ' > ' : '') + tag(el);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) window.__mutations.push(r.type + (r.attributeName ? ' ' + r.attributeName : '') + '  ' + where(r.target));
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  window.__stopWatching = () => observer.disconnect();
})()`;

const { page, close } = await openSliderPage(route, which);
try {
  // One press first: lazy chunks and first renders are not a step's writes.
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < Number(presses); i++) {
    await page.evaluate(WATCH);
    await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowLeft');
    // Two frames and a task: the step's renders, effects and deferred work are done.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))))');
    const seen = (await page.evaluate('(window.__stopWatching(), window.__mutations)')) as string[];
    const counts = new Map<string, number>();
    for (const m of seen) counts.set(m, (counts.get(m) ?? 0) + 1);
    console.log(`press ${i + 1}: ${seen.length} DOM changes`);
    for (const [m, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${m}`);
  }
} finally {
  await close();
}
