/**
 * Where slider-to-paint time goes: a CPU profile (Chrome DevTools protocol) of a few key presses on
 * a weight slider, summed by function (self time). Expects `npm run bench` to have built bench/.out.
 *   tsx bench/profile.ts [route=/] [generated|builtin] [presses=6]
 */
import { openSliderPage } from './serve';

const [route = '/', which = 'generated', presses = '6'] = process.argv.slice(2);
const { context, page, close } = await openSliderPage(route, which);
try {
  await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < Number(presses); i++) {
    await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForTimeout(300);
  }
  const { profile } = await cdp.send('Profiler.stop');
  const dt = new Map<number, number>();
  profile.timeDeltas?.forEach((d, i) => {
    dt.set(profile.samples![i]!, (dt.get(profile.samples![i]!) ?? 0) + d);
  });
  const self = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
  }
  const byFile = new Map<string, number>();
  for (const [k, ms] of self) {
    const file = k
      .split(' ')
      .pop()!
      .split(':')[0]!
      .replace(/-[\w-]{8}\.js$/, '.js');
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  console.log(
    'by file:',
    [...byFile]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([f, ms]) => `${f || '(native)'} ${ms.toFixed(0)}`)
      .join(', '),
  );
  const rows = [...self]
    .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.TOP ?? 25));
  console.log(`self time over ${presses} presses (ms):`);
  for (const [k, ms] of rows) console.log(`${ms.toFixed(1).padStart(8)}  ${k}`);
} finally {
  await close();
}
