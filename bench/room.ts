/**
 * Live-room latency for `npm run bench -- --only=room`: a relay on 127.0.0.1 (scripts/relay.mjs, the
 * one `npm run relay` starts), a projector that starts a room on the Group page and reveals it, and
 * three phones (each its own browser context, joined only through the relay). Each sample is one key
 * press on a phone's slider: from the phone's keydown to the projector's team-weight cell changing in
 * the DOM. Both ends read the same clock (performance.timeOrigin + the event's or now's time, in ms
 * since the epoch), so the difference is the whole trip: the phone's store, its Yjs update, the relay,
 * the projector's validation, aggregation and render.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { freePort, startRelay } from '../src/sync/test-support';

const ROOM_TABLE = 'Each criterion’s team weight, the room’s range and every participant’s mark';

export async function roomLatency(
  browser: Browser,
  appUrl: string,
  presses: number,
  newContext: (browser: Browser, options?: Parameters<Browser['newContext']>[0]) => Promise<BrowserContext>,
): Promise<number[]> {
  const port = await freePort();
  const relay = await startRelay({ port });
  const contexts: BrowserContext[] = [];
  try {
    const relayUrl = `ws://127.0.0.1:${port}`;
    const projectorContext = await newContext(browser);
    contexts.push(projectorContext);
    const projector = await projectorContext.newPage();
    await projector.goto(`${appUrl}/group`);
    await projector.getByLabel('Relay address').fill(relayUrl);
    await projector.getByRole('button', { name: 'Start live room' }).click();
    await projector
      .getByRole('status')
      .filter({ hasText: `Connected to the relay at ${relayUrl}` })
      .waitFor();
    const link = await projector.getByRole('textbox', { name: 'Join link for participants' }).inputValue();

    const phones: Page[] = [];
    for (const name of ['Ana', 'Ben', 'Cleo']) {
      const context = await newContext(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
      contexts.push(context);
      const phone = await context.newPage();
      await phone.goto(link);
      await phone.getByRole('status').filter({ hasText: 'Connected to the room.' }).waitFor();
      await phone.getByLabel('Your name (optional)').fill(name);
      await phone.getByRole('button', { name: 'Join as participant' }).click();
      await phone.getByRole('button', { name: 'Done' }).click();
      phones.push(phone);
    }
    await projector.getByText('3 participants have joined; 3 entered weights.').waitFor();
    await projector.getByRole('button', { name: 'Reveal' }).click();
    const cell = projector
      .getByRole('table', { name: ROOM_TABLE })
      .getByRole('row', { name: /^Scalability / })
      .locator('td')
      .first();
    await cell.waitFor();
    await cell.evaluate((el) => {
      (window as unknown as { __cell: Element }).__cell = el;
    });

    // Every phone starts at 5; each press moves one phone between 5 and 6, so every press changes
    // the room's (strictly increasing) aggregate and the cell's text.
    const atSix = [false, false, false];
    const samples: number[] = [];
    for (let i = 0; i < presses; i++) {
      const which = i % phones.length;
      const phone = phones[which]!;
      await projector.evaluate(() => {
        const w = window as unknown as { __cell: Element; __changed: Promise<number> };
        w.__changed = new Promise((done) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            done(performance.timeOrigin + performance.now());
          });
          observer.observe(w.__cell, { childList: true, characterData: true, subtree: true });
        });
      });
      const slider = phone.getByRole('slider', { name: 'Scalability' });
      await slider.focus();
      await phone.evaluate(() => {
        const w = window as unknown as { __down: Promise<number> };
        w.__down = new Promise((done) =>
          document.addEventListener('keydown', (e) => done(performance.timeOrigin + e.timeStamp), { once: true, capture: true }),
        );
      });
      await phone.keyboard.press(atSix[which] ? 'ArrowLeft' : 'ArrowRight');
      atSix[which] = !atSix[which];
      const down = await phone.evaluate(() => (window as unknown as { __down: Promise<number> }).__down);
      const changed = await projector.evaluate(() => (window as unknown as { __changed: Promise<number> }).__changed);
      samples.push(changed - down);
    }
    return samples;
  } finally {
    for (const c of contexts) await c.close();
    await relay.stop();
  }
}
