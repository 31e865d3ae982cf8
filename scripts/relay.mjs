#!/usr/bin/env node
/**
 * `npm run relay [-- --host <address>] [--port <n>] [--app <url>] [--persist <dir>]`
 *
 * Starts the y-websocket relay of @y/websocket-server (pinned 0.1.1; see TOOLCHAIN.md) in this
 * process, bound to this machine's LAN address (the first non-internal IPv4 address, else
 * 127.0.0.1) and port 1234, then prints a join link for a new room and its QR code.
 *
 * What the relay is: it forwards the standard Yjs sync and awareness messages between the people
 * of a room and keeps each room's document in memory while it runs. It serves whatever room a
 * client names (that is its nature: it has no list of rooms); a room's id is 128 random bits, so
 * only people given the link can find it. It keeps nothing on disk unless `--persist <dir>` is
 * given, and sends nothing anywhere: the package's own environment switches for that
 * (YPERSISTENCE, CALLBACK_URL) are cleared unless `--persist` sets the first.
 *
 * The link format is the app's `roomLink` (src/sync/room.ts): `<app>#room=<id>&relay=<ws url>`;
 * scripts/relay.test.ts checks the printed link with the app's own `parseRoomLink`.
 */
import { createRequire } from 'node:module';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { renderUnicodeCompact } from 'uqr';

const USAGE = `Usage: npm run relay -- [--host <address>] [--port <n>] [--app <url>] [--persist <dir>]

  --host     address to listen on (default: this machine's LAN address, else 127.0.0.1;
             0.0.0.0 listens on every interface)
  --port     port to listen on (default 1234)
  --app      the app's address as participants' devices reach it, for the join link
             (default http://<LAN address>:5173/, where \`npm run dev -- --host\` serves it)
  --persist  keep the rooms' documents in this directory (LevelDB); without it nothing is written to disk`;

/** The first non-internal IPv4 address of this machine, or 127.0.0.1. */
function lanAddress(interfaces = networkInterfaces()) {
  for (const list of Object.values(interfaces)) {
    for (const address of list ?? []) {
      // Node 18.0–18.3 said 4, later versions 'IPv4'.
      if ((address.family === 'IPv4' || address.family === 4) && !address.internal) return address.address;
    }
  }
  return '127.0.0.1';
}

/** 128 random bits, URL-safe base64: the same form as the app's newRoomId. */
function newRoomId() {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
}

function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        app: { type: 'string' },
        persist: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const lan = lanAddress();
  const host = args.host ?? lan;
  const port = Number(args.port ?? '1234');
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`--port must be a whole number from 1 to 65535 (got ${args.port}).`);
    process.exit(2);
  }
  // Where other devices reach the relay: a wildcard address is no address to connect to.
  const reachableHost = host === '0.0.0.0' || host === '::' ? lan : host;
  const relayUrl = `ws://${reachableHost.includes(':') ? `[${reachableHost}]` : reachableHost}:${port}`;
  let appUrl;
  try {
    appUrl = new URL(args.app ?? `http://${reachableHost.includes(':') ? `[${reachableHost}]` : reachableHost}:5173/`);
  } catch {
    console.error(`--app must be the app's address, such as http://192.168.1.20:5173/ (got ${args.app}).`);
    process.exit(2);
  }

  process.env.HOST = host;
  process.env.PORT = String(port);
  delete process.env.CALLBACK_URL;
  delete process.env.CALLBACK_OBJECTS;
  if (args.persist) process.env.YPERSISTENCE = resolve(args.persist);
  else delete process.env.YPERSISTENCE;

  process.on('uncaughtException', (error) => {
    if (error?.code === 'EADDRINUSE') console.error(`Port ${port} on ${host} is in use (another relay?). Choose another with --port.`);
    else if (error?.code === 'EADDRNOTAVAIL')
      console.error(`This machine has no address ${host}. Choose one with --host, or leave it out.`);
    else if (error?.code === 'EACCES') console.error(`Not allowed to listen on ${host}:${port}. Choose a port above 1023 with --port.`);
    else console.error(error);
    process.exit(1);
  });

  // The package prints "running at '<host>' on port <port>" once it listens: the banner follows it.
  const log = console.log;
  console.log = (...parts) => {
    log(...parts);
    if (typeof parts[0] === 'string' && parts[0].startsWith('running at')) {
      console.log = log;
      banner({ relayUrl, appUrl, persist: process.env.YPERSISTENCE });
    }
  };

  const require = createRequire(import.meta.url);
  // src/server.js is the package's bin but not in its exports: import the file by its path.
  const server = join(dirname(require.resolve('@y/websocket-server/package.json')), 'src', 'server.js');
  import(pathToFileURL(server).href).catch((error) => {
    console.error(`The relay package could not start: ${error.message}`);
    process.exit(1);
  });
  const stop = () => process.exit(0);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function banner({ relayUrl, appUrl, persist }) {
  const url = new URL(appUrl);
  url.hash = `room=${newRoomId()}&relay=${encodeURIComponent(relayUrl)}`;
  const link = url.href;
  console.log(`
Relay for live rooms: ${relayUrl}
${persist ? `Rooms are kept on disk in ${persist}.` : 'Rooms are kept in memory only: nothing is written to disk, and stopping the relay forgets them\n(participants keep their copies and send them again when a relay is back).'}

Join link for a new room (open it on the projector, then let participants scan the code):
${link}

${renderUnicodeCompact(link, { border: 2 })}
Press Ctrl+C to stop.`);
}

main();
