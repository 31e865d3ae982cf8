/**
 * For the sync tests only (never imported by the app): a small store that stands in for the app's,
 * with a strict validator, a wait that polls a condition, and a relay process started and stopped by
 * a test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { SharedStateAdapter, Validation } from './shared-doc';

export const CRITERIA = ['scalability', 'team-size', 'go-fit', 'constructor', '__proto__'] as const;

export type Weights = Record<string, number>;
export interface Participant {
  name: string;
  weights: Weights;
}
export interface FakeState extends Record<string, unknown> {
  title: string;
  weights: Weights;
  participants: Record<string, Participant>;
}

const own = (o: object, k: string) => Object.hasOwn(o, k);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkWeights(value: unknown, where = 'weights'): Validation<Weights> {
  if (!isObject(value)) return { ok: false, problem: `${where}: not an object` };
  for (const [criterion, weight] of Object.entries(value)) {
    if (!(CRITERIA as readonly string[]).includes(criterion)) return { ok: false, problem: `${where}.${criterion}: unknown criterion` };
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 10)
      return { ok: false, problem: `${where}.${criterion}: a weight is a number from 0 to 10` };
  }
  return { ok: true, value: value as Weights };
}

export function checkParticipants(value: unknown): Validation<Record<string, Participant>> {
  if (!isObject(value)) return { ok: false, problem: 'participants: not an object' };
  for (const [id, p] of Object.entries(value)) {
    if (!isObject(p) || typeof p.name !== 'string' || p.name.length > 80)
      return { ok: false, problem: `participants.${id}.name: a name is text` };
    const keys = Object.keys(p).filter((k) => k !== 'name' && k !== 'weights');
    if (keys.length > 0) return { ok: false, problem: `participants.${id}.${keys[0]}: unknown field` };
    const w = checkWeights(own(p, 'weights') ? p.weights : {}, `participants.${id}.weights`);
    if (!w.ok) return w;
  }
  return { ok: true, value: value as Record<string, Participant> };
}

export interface FakeStore extends SharedStateAdapter<FakeState> {
  state: FakeState;
  /** Every change, with whether it came from another peer. */
  history: Array<{ patch: Partial<FakeState>; remote: boolean }>;
  set(patch: Partial<FakeState>): void;
  setWeight(criterion: string, weight: number): void;
  listenerCount(): number;
}

export function fakeStore(initial: Partial<FakeState> = {}): FakeStore {
  const listeners = new Set<() => void>();
  const store: FakeStore = {
    state: { title: 'Untitled', weights: {}, participants: {}, ...initial },
    history: [],
    keys: ['title', 'weights', 'participants'],
    shapes: { weights: 'record', participants: 'participants' },
    read: () => store.state,
    apply(patch, meta) {
      store.history.push({ patch, remote: meta.remote });
      store.state = { ...store.state, ...patch };
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    validate(key, value) {
      if (key === 'title')
        return typeof value === 'string' && value.length <= 200
          ? { ok: true, value }
          : { ok: false, problem: 'title: text of at most 200 characters' };
      if (key === 'weights') return checkWeights(value);
      if (key === 'participants') return checkParticipants(value);
      return { ok: false, problem: `${key}: not a key of this store` };
    },
    set(patch) {
      store.history.push({ patch, remote: false });
      store.state = { ...store.state, ...patch };
      for (const l of [...listeners]) l();
    },
    setWeight(criterion, weight) {
      store.set({ weights: Object.fromEntries([...Object.entries(store.state.weights), [criterion, weight]]) });
    },
    listenerCount: () => listeners.size,
  };
  return store;
}

/** Resolves once `condition()` holds, checking every `every` ms; rejects after `timeout` ms saying what did not happen. */
export function waitUntil(condition: () => boolean, what: string, timeout = 15_000, every = 10): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      let ok = false;
      try {
        ok = condition();
      } catch {
        ok = false;
      }
      if (ok) resolve();
      else if (Date.now() - start > timeout) reject(new Error(`timed out after ${timeout} ms waiting until ${what}`));
      else setTimeout(check, every);
    };
    check();
  });
}

// ---- a relay started by a test -----------------------------------------------------------------

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface RelayProcess {
  readonly port: number;
  readonly child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then resolves when the process has exited (the port is free again). */
  stop(): Promise<void>;
}

const running = new Set<RelayProcess>();

/**
 * `node scripts/relay.mjs --host 127.0.0.1 --port <port> …`, resolved once it printed `waitFor`
 * (the package's own "running at" line by default); rejected if it exits first or takes too long.
 */
export function startRelay(options: {
  port: number;
  args?: string[];
  env?: Record<string, string>;
  waitFor?: string | RegExp;
  timeout?: number;
}): Promise<RelayProcess> {
  const { port, args = [], env = {}, waitFor = /running at/, timeout = 20_000 } = options;
  const child = spawn(process.execPath, ['scripts/relay.mjs', '--host', '127.0.0.1', '--port', String(port), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const relay: RelayProcess = {
    port,
    child,
    output: () => text,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      running.delete(relay);
    },
  };
  running.add(relay);
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      void relay.stop();
      fail(new Error(`the relay did not print ${waitFor} within ${timeout} ms:\n${text}`));
    }, timeout);
    const check = () => {
      if (typeof waitFor === 'string' ? text.includes(waitFor) : waitFor.test(text)) {
        clearTimeout(timer);
        done(relay);
      }
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      check();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    void exited.then(() => {
      clearTimeout(timer);
      running.delete(relay);
      fail(new Error(`the relay exited before it was ready (code ${child.exitCode}):\n${text}`));
    });
  });
}

/** Stops every relay a test started and has not stopped (for afterEach/afterAll). */
export async function stopAllRelays(): Promise<void> {
  await Promise.all([...running].map((r) => r.stop()));
}
