// @vitest-environment node
/** `npm run relay` (scripts/relay.mjs): the link and QR code it prints, what it keeps on disk, how it fails. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { joinRoom, parseRoomLink, type Room } from '../src/sync/room';
import { freePort, startRelay, stopAllRelays, waitUntil } from '../src/sync/test-support';

const WebSocketPolyfill = createRequire(import.meta.url)('ws') as typeof WebSocket;

const rooms: Room[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const room of rooms.splice(0)) room.destroy();
  await stopAllRelays();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'aw-relay-'));
  dirs.push(dir);
  return dir;
};

/** Joins the room of the printed link and writes one value; resolves when the relay has it (synced). */
async function useRoom(output: string) {
  const link = /^http\S+#room=\S+$/m.exec(output)?.[0] ?? '';
  const parsed = parseRoomLink(link);
  if (!parsed?.ok) throw new Error(`no room link in:\n${output}`);
  const doc = new Y.Doc();
  doc.getMap('state').set('title', 'kept?');
  const room = joinRoom(doc, { relayUrl: parsed.relayUrl, roomId: parsed.roomId, WebSocketPolyfill });
  rooms.push(room);
  await waitUntil(() => room.state().synced, 'the room is synced with the relay');
  return parsed;
}

describe('npm run relay', { timeout: 60_000 }, () => {
  it('prints a join link the app reads, with a QR code, and keeps nothing on disk even when the environment asks it to', async () => {
    const port = await freePort();
    const dir = tempDir();
    const relay = await startRelay({
      port,
      args: ['--app', 'http://127.0.0.1:5173/'],
      // Inherited from a shell, these would make the package write to disk or post the rooms elsewhere.
      env: { YPERSISTENCE: dir, CALLBACK_URL: 'http://127.0.0.1:9/' },
      waitFor: 'Press Ctrl+C',
    });
    const out = relay.output();
    expect(out).toContain(`running at '127.0.0.1' on port ${port}`);
    expect(out).toContain(`Relay for live rooms: ws://127.0.0.1:${port}`);
    expect(out).toMatch(/in memory only/);
    expect(out).not.toMatch(/Persisting/);
    expect(out).toMatch(/[▀▄█]{20,}/); // the QR code
    const parsed = await useRoom(out);
    expect(parsed).toMatchObject({ relayUrl: `ws://127.0.0.1:${port}`, appUrl: 'http://127.0.0.1:5173/' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--persist <dir> keeps the rooms there', async () => {
    const port = await freePort();
    const dir = tempDir();
    const relay = await startRelay({ port, args: ['--persist', dir], waitFor: 'Press Ctrl+C' });
    expect(relay.output()).toContain(`Rooms are kept on disk in ${dir}`);
    await useRoom(relay.output());
    await waitUntil(() => readdirSync(dir).length > 0, 'the relay wrote its database');
  });

  it('says plainly when the port is taken', async () => {
    const port = await freePort();
    await startRelay({ port });
    await expect(startRelay({ port })).rejects.toThrow(/Port \d+ on 127\.0\.0\.1 is in use/);
  });

  it('refuses a bad port', async () => {
    await expect(startRelay({ port: 0, args: ['--port', 'abc'] })).rejects.toThrow(/--port must be a whole number/);
  });
});
