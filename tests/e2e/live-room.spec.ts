import { createRequire } from 'node:module';
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import * as Y from 'yjs';
import { aggregateValues } from '../../src/domain/group/aggregate';
import { formatWeight } from '../../src/domain/group/core';
import { joinRoom, parseRoomLink, type Room } from '../../src/sync/room';
import { RECORD_MAP_PREFIX } from '../../src/sync/shared-doc';
import { freePort, startRelay, stopAllRelays } from '../../src/sync/test-support';

/**
 * Live rooms through a real relay (`scripts/relay.mjs`, @y/websocket-server), started by each test
 * on 127.0.0.1 at a free port. Each device is its own browser context (no BroadcastChannel between
 * contexts): only the relay joins them. Every wait is for what a person sees.
 */

// Node 20 has no WebSocket of its own; the relay package brings `ws`.
const WebSocketPolyfill = createRequire(import.meta.url)('ws') as typeof WebSocket;
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

const rooms: Room[] = [];
test.afterEach(async () => {
  for (const room of rooms.splice(0)) room.destroy();
  await stopAllRelays();
});

/** The room's weight as the Group page shows it after Reveal (the page's rounding). */
const shown = (values: number[]) => formatWeight(aggregateValues(values, 'geometric')!);

/** A relay on a free port of 127.0.0.1, and a room the projector starts on it. */
async function roomOnRelay(projector: Page): Promise<{ relayUrl: string; link: string }> {
  const port = await freePort();
  await startRelay({ port });
  const relayUrl = `ws://127.0.0.1:${port}`;
  return { relayUrl, link: await startRoom(projector, relayUrl) };
}

async function startRoom(page: Page, relayUrl: string): Promise<string> {
  await page.goto('/group');
  await page.getByLabel('Relay address').fill(relayUrl);
  await page.getByRole('button', { name: 'Start live room' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Connected to the relay at ${relayUrl}` })).toBeVisible();
  return page.getByRole('textbox', { name: 'Join link for participants' }).inputValue();
}

/** A phone that opens the link and, once it says it is connected (as a person would wait), joins. */
async function phone(browser: Browser, link: string, name: string) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('status')).toHaveText('Connected to the room.');
  await page.getByLabel('Your name (optional)').fill(name);
  await page.getByRole('button', { name: 'Join as participant' }).click();
  await showingOnFailure(page, () => expect(page.getByRole('heading', { name: `Your weights, ${name}` })).toBeVisible());
  return page;
}

/** On failure, says what the phone's screen showed (the report's page snapshot is the projector's). */
async function showingOnFailure(page: Page, check: () => Promise<void>) {
  try {
    await check();
  } catch (error) {
    const shown = await page
      .locator('body')
      .ariaSnapshot()
      .catch(() => '(no snapshot)');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n\nThe phone showed:\n${shown}`);
  }
}

/** Moves a participant's slider with the keyboard, as a person would. */
async function setSlider(page: Page, name: string, key: 'Home' | 'End' | 'ArrowLeft' | 'ArrowRight', times = 1) {
  const slider = page.getByRole('slider', { name });
  await slider.focus();
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** The Group page's table of the room's weights (there once the entries are revealed). */
const roomTable = (page: Page) =>
  page.getByRole('table', { name: 'Each criterion’s team weight, the room’s range and every participant’s mark' });
/** The team's weight for a criterion, as its row of that table shows it. */
const teamWeight = (page: Page, criterion: string) =>
  roomTable(page)
    .getByRole('row', { name: new RegExp(`^${criterion} `) })
    .locator('td')
    .first();

/** No horizontal scroll; every control at least 44 px each way; every text 16 px or more. */
async function expectPhoneFriendly(page: Page, controls: Locator) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'no horizontal scroll').toBeLessThanOrEqual(clientWidth);
  const count = await controls.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    const box = await control.boundingBox();
    const what = (await control.getAttribute('aria-label')) ?? (await control.textContent()) ?? `control ${i}`;
    expect(box, what).not.toBeNull();
    expect(box!.height, `${what}: height`).toBeGreaterThanOrEqual(44);
    expect(box!.width, `${what}: width`).toBeGreaterThanOrEqual(44);
    expect(box!.x + box!.width, `${what}: inside the screen`).toBeLessThanOrEqual(360);
  }
  const smallest = await page.evaluate(() => {
    let min = Number.POSITIVE_INFINITY;
    let where = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.closest('[hidden], script, style')) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < min) {
        min = size;
        where = node.textContent.trim().slice(0, 40);
      }
    }
    return { min, where };
  });
  expect(smallest.min, `smallest text: “${smallest.where}”`).toBeGreaterThanOrEqual(16);
}

test('three phones weigh in through the relay; the projector shows the room’s weights after Reveal; a hostile peer changes nothing', async ({
  browser,
  page: projector,
}) => {
  const { relayUrl, link } = await roomOnRelay(projector);
  expect(parseRoomLink(link)).toMatchObject({ ok: true, relayUrl });

  // The first phone: the join screen, then the entry form, both fit a 360×740 screen for one thumb.
  const context = await browser.newContext(PHONE);
  const ana = await context.newPage();
  await ana.goto(link);
  await expect(ana.getByRole('status')).toHaveText('Connected to the room.');
  await expectPhoneFriendly(ana, ana.locator('input, button, select'));
  await ana.getByLabel('Your name (optional)').fill('Ana');
  await ana.getByRole('button', { name: 'Join as participant' }).click();
  await expect(ana.getByRole('heading', { name: 'Your weights, Ana' })).toBeVisible();
  await expectPhoneFriendly(ana, ana.locator('input, button, select'));

  const ben = await phone(browser, link, 'Ben');
  const cleo = await phone(browser, link, 'Cleo');
  await expect(projector.getByText('3 participants have joined; 0 entered weights.')).toBeVisible();

  // Scalability: 10, 4 and 1; everything else left at the 5 shown, confirmed with Done.
  await setSlider(ana, 'Scalability', 'End');
  await setSlider(ben, 'Scalability', 'ArrowLeft');
  await setSlider(cleo, 'Scalability', 'Home');
  await setSlider(cleo, 'Scalability', 'ArrowRight');
  for (const p of [ana, ben, cleo]) {
    await p.getByRole('button', { name: 'Done' }).click();
    await expect(p.getByRole('status').filter({ hasText: 'your entry is in the room' })).toBeVisible();
  }
  await expect(projector.getByText('3 participants have joined; 3 entered weights.')).toBeVisible();
  // Nobody sees the entries before Reveal: neither the projector nor a phone.
  await expect(roomTable(projector)).toHaveCount(0);
  await expect(ana.getByText('Ben')).toHaveCount(0);

  await projector.getByRole('button', { name: 'Reveal' }).click();
  await expect(teamWeight(projector, 'Scalability')).toHaveText(shown([10, 4, 1]));
  await expect(teamWeight(projector, 'Team Size')).toHaveText('5');
  await expect(
    projector.getByText(/The team ranks with the geometric mean of the participants' weights .* from 3 participants\./),
  ).toBeVisible();

  // A change on a phone reaches the projector (how fast is `npm run bench -- --only=room`; no test waits on a clock).
  await setSlider(ben, 'Scalability', 'End');
  await expect(teamWeight(projector, 'Scalability')).toHaveText(shown([10, 10, 1]));

  // A hostile peer writes into the shared document past every app check.
  const hostile = new Y.Doc();
  const parsed = parseRoomLink(link);
  if (!parsed?.ok) throw new Error('no room in the link');
  const room = joinRoom(hostile, { relayUrl, roomId: parsed.roomId, WebSocketPolyfill });
  rooms.push(room);
  await expect.poll(() => room.state().synced).toBe(true);
  const participants = hostile.getMap<Y.Map<unknown>>('participants');
  const entry = (weights: Record<string, unknown>) => {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ name: null, joined: 9, weights, pick: null })) m.set(k, v);
    return m;
  };
  hostile.transact(() => {
    participants.set('hostile-abc', entry({ scalability: 'abc' }));
    participants.set('hostile-big', entry({ scalability: 1e9 }));
    participants.set('hostile-unknown', entry({ 'no-such-criterion': 3 }));
    // Ana's own entry overwritten with a weight that is no number.
    const anaId = [...participants.keys()].find((id) => (participants.get(id) as Y.Map<unknown>).get('name') === 'Ana')!;
    (participants.get(anaId) as Y.Map<unknown>).set('weights', { scalability: 'abc' });
    hostile.getMap(`${RECORD_MAP_PREFIX}weights`).set('scalability', 1e9);
  });
  const ignored = projector.getByRole('region', { name: 'Ignored from a peer' });
  await expect(ignored).toContainText('hostile-abc');
  await expect(ignored).toContainText('hostile-big');
  await expect(ignored).toContainText('weights › scalability');
  // An entry weighing a criterion this decision does not have is kept out of the ranking, and named.
  await expect(ignored).toContainText(
    'hostile-unknown › weights › no-such-criterion: “no-such-criterion” is not a criterion of this decision',
  );
  await expect(teamWeight(projector, 'Scalability')).toHaveText(shown([10, 10, 1]));
  await expect(roomTable(projector)).not.toContainText('no-such-criterion');
  // Every screen still works: the phones keep their own values, the projector its ranking.
  await expect(ana.getByRole('slider', { name: 'Scalability' })).toHaveValue('10');
  await expect(cleo.getByRole('slider', { name: 'Scalability' })).toHaveValue('1');
  await projector.getByRole('link', { name: 'See the ranking' }).click();
  await expect(projector.getByRole('slider', { name: 'Scalability' })).toHaveValue(/\d/);
  await expect(projector.getByRole('list', { name: 'Options by score' }).getByRole('link').first()).toBeVisible();
});

test('a room from the link `npm run relay` printed: relay stopped and restarted mid-session, edits made meanwhile all arrive; a reload keeps a phone’s entry', async ({
  browser,
  page: projector,
  baseURL,
  consoleErrors,
}) => {
  // The browser logs each refused attempt to reach the relay while it is down: that is this test's doing.
  consoleErrors.allow(/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/.*' failed/);
  const port = await freePort();
  let relay = await startRelay({ port, args: ['--app', `${baseURL}/`], waitFor: /Press Ctrl\+C/ });
  const printed = /^(http\S+#room=\S+)$/m.exec(relay.output())?.[1];
  expect(printed, 'the relay prints a join link').toBeTruthy();
  const relayUrl = `ws://127.0.0.1:${port}`;

  // The projector's laptop opens the printed link as facilitator: its decision fills the room.
  await projector.goto(printed!);
  await projector.getByRole('button', { name: 'Open as facilitator' }).click();
  await expect(projector.getByRole('status').filter({ hasText: `Connected to the relay at ${relayUrl}` })).toBeVisible();
  const link = await projector.getByRole('textbox', { name: 'Join link for participants' }).inputValue();
  const printedRoom = parseRoomLink(printed!);
  expect(printedRoom?.ok).toBe(true);
  expect(parseRoomLink(link)).toMatchObject({ ok: true, roomId: printedRoom?.ok ? printedRoom.roomId : '' });

  const ana = await phone(browser, link, 'Ana');
  const ben = await phone(browser, link, 'Ben');
  await setSlider(ana, 'Go Fit', 'End');
  await setSlider(ben, 'Go Fit', 'Home');
  await projector.getByRole('button', { name: 'Reveal' }).click();
  await expect(teamWeight(projector, 'Go Fit')).toHaveText(shown([10, 0]));

  await relay.stop();
  await expect(projector.getByRole('status').filter({ hasText: 'cannot be reached; reconnecting' })).toBeVisible();
  await expect(ana.getByRole('status').filter({ hasText: 'cannot be reached; reconnecting' })).toBeVisible();
  // Meanwhile both phones change their entries; the projector cannot know yet.
  await setSlider(ana, 'PHP Fit', 'Home');
  await setSlider(ben, 'PHP Fit', 'End');
  await setSlider(ben, 'Go Fit', 'ArrowRight', 3);
  await expect(teamWeight(projector, 'Go Fit')).toHaveText(shown([10, 0]));

  relay = await startRelay({ port });
  await expect(projector.getByRole('status').filter({ hasText: `Connected to the relay at ${relayUrl}` })).toBeVisible();
  await expect(teamWeight(projector, 'PHP Fit')).toHaveText(shown([0, 10]));
  await expect(teamWeight(projector, 'Go Fit')).toHaveText(shown([10, 3]));

  // A phone reloaded: its own entry, no new participant.
  await ben.reload();
  await expect(ben.getByRole('heading', { name: 'Your weights, Ben' })).toBeVisible();
  await expect(ben.getByRole('slider', { name: 'Go Fit' })).toHaveValue('3');
  await expect(ben.getByRole('slider', { name: 'PHP Fit' })).toHaveValue('10');
  await setSlider(ben, 'Go Fit', 'ArrowRight');
  await expect(teamWeight(projector, 'Go Fit')).toHaveText(shown([10, 4]));
  await expect(projector.getByText('2 participants have joined')).toBeVisible();

  // Ending the room keeps its result as a named snapshot.
  await projector.getByRole('button', { name: 'End room' }).click();
  const ended = projector.getByRole('status').filter({ hasText: 'Room ended' });
  await expect(ended).toBeVisible();
  const snapshot = /“(.+)”/.exec((await ended.textContent()) ?? '')?.[1];
  expect(snapshot).toMatch(/^How should we structure our backend\?, /);
  await expect(ana.getByRole('status')).toHaveText(/The facilitator has ended the room/);
  // The phone is done with the room: no form to change, and nothing of the room kept on it.
  await expect(ana.getByText('This phone keeps nothing of the room.')).toBeVisible();
  await expect(ana.getByRole('slider')).toHaveCount(0);
  expect(await ana.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':room:')))).toEqual([]);
  await projector.getByRole('link', { name: 'Record' }).click();
  await expect(projector.getByRole('list', { name: 'Saved snapshots' })).toContainText(snapshot!);
});

test('a phone that joins before the relay has sent it the room keeps its entry, and the entry reaches the projector', async ({
  browser,
  page: projector,
}) => {
  const { relayUrl, link } = await roomOnRelay(projector);

  // The relay's messages to this phone are held back until the phone has joined.
  const context = await browser.newContext(PHONE);
  const held: Array<() => void> = [];
  let holding = true;
  await context.routeWebSocket(`${relayUrl}/**`, (ws) => {
    const relay = ws.connectToServer();
    relay.onMessage((message) => (holding ? held.push(() => ws.send(message)) : ws.send(message)));
    ws.onMessage((message) => relay.send(message));
  });
  const dana = await context.newPage();
  await dana.goto(link);
  await expect(dana.getByRole('status')).toHaveText('Connected; receiving the room…');
  await dana.getByLabel('Your name (optional)').fill('Dana');
  await dana.getByRole('button', { name: 'Join as participant' }).click();
  await expect(dana.getByRole('heading', { name: 'Your weights, Dana' })).toBeVisible();
  await setSlider(dana, 'Scalability', 'End');

  holding = false;
  for (const send of held.splice(0)) send();
  await expect(dana.getByRole('status').first()).toHaveText('Connected to the room.');
  await expect(projector.getByText('1 participant has joined; 1 entered weights.')).toBeVisible();
  await expect(dana.getByRole('heading', { name: 'Your weights, Dana' })).toBeVisible();
  await expect(dana.getByRole('slider', { name: 'Scalability' })).toHaveValue('10');
  await projector.getByRole('button', { name: 'Reveal' }).click();
  await expect(teamWeight(projector, 'Scalability')).toHaveText('10');
});

test('with nothing listening at the relay address, it says so and the app carries on; a damaged link says what is wrong', async ({
  page,
  consoleErrors,
}) => {
  // The browser logs each refused attempt to reach the (absent) relay: that is this test's doing.
  consoleErrors.allow(/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/.*' failed/);
  const port = await freePort();
  await page.goto('/group');
  await page.getByLabel('Relay address').fill(`ws://127.0.0.1:${port}`);
  await page.getByRole('button', { name: 'Start live room' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No relay reachable' })).toHaveText(
    `No relay reachable at ws://127.0.0.1:${port}: the room works on this device only. Start one with npm run relay.`,
  );
  await page.getByLabel('Relay address').waitFor({ state: 'detached' });
  // The code is drawn large enough to scan from the back of a room, square, beside the link (not over it).
  const qr = await page.getByRole('img', { name: 'QR code to join the room' }).boundingBox();
  const field = await page.getByRole('textbox', { name: 'Join link for participants' }).boundingBox();
  expect(qr && field).toBeTruthy();
  expect(qr!.width).toBeGreaterThanOrEqual(280);
  expect(Math.abs(qr!.width - qr!.height)).toBeLessThan(1);
  expect(qr!.x + qr!.width).toBeLessThanOrEqual(field!.x);
  expect(qr!.y + qr!.height).toBeLessThanOrEqual(720);

  // A reload of the facilitator's tab rejoins its room.
  const link = await page.getByRole('textbox', { name: 'Join link for participants' }).inputValue();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Join link for participants' })).toHaveValue(link);
  await expect(page.getByRole('status').filter({ hasText: 'No relay reachable' })).toBeVisible();

  await page.goto('/join#room=cut-short&relay=ws%3A%2F%2F127.0.0.1%3A1234');
  await expect(page.getByRole('alert')).toContainText('The link is damaged: the room id in the link is damaged or cut short.');
});
