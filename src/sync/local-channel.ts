/**
 * Keeps a Y.Doc in step with the same document in other windows and tabs of this browser, over a
 * BroadcastChannel: no server. It speaks the standard Yjs protocols (y-protocols `sync` and
 * `awareness`), framed as y-websocket frames them (a varUint message type, then the message):
 *
 * | type | message |
 * |------|---------|
 * | 0    | sync: step 1 (my state vector), step 2 (what you lack), update |
 * | 1    | awareness update |
 * | 3    | query awareness (answered with every awareness state known here) |
 *
 * On open it sends sync step 1 *and* step 2 (a window opened later asks for what it lacks and
 * offers what it has: step 1 alone would leave the others without this window's own state),
 * asks for awareness and announces its own. Every local update (any transaction not applied by this
 * channel) is broadcast. Replies go to the whole channel: every open window receives them, which
 * Yjs makes harmless (an update already held changes nothing).
 *
 * Malformed messages are reported through `onProblem` and dropped, never thrown.
 */
import type * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

/** The part of BroadcastChannel used here (so a test or an old browser can pass its own). */
export interface ChannelPort {
  postMessage(message: Uint8Array): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export interface LocalChannelOptions {
  /** Shared with a room, so windows see the room's people; made here (and destroyed with the channel) when absent. */
  awareness?: awarenessProtocol.Awareness;
  onProblem?: (problem: string) => void;
  /** Default: `new BroadcastChannel(name)` where the browser has it. */
  openChannel?: (name: string) => ChannelPort;
}

export interface LocalChannel {
  readonly name: string;
  readonly awareness: awarenessProtocol.Awareness;
  /** False where the browser has no BroadcastChannel: the document then stays in this window. */
  readonly available: boolean;
  /** Leaves the channel: says so to the others (awareness), stops sending and listening. */
  destroy(): void;
}

const frame = (type: number, write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
};

function asBytes(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return null;
}

export function connectLocalChannel(doc: Y.Doc, name: string, options: LocalChannelOptions = {}): LocalChannel {
  const ownAwareness = options.awareness === undefined;
  const awareness = options.awareness ?? new awarenessProtocol.Awareness(doc);
  const open =
    options.openChannel ??
    (typeof BroadcastChannel === 'undefined' ? undefined : (n: string) => new BroadcastChannel(n) as unknown as ChannelPort);
  const problem = (text: string) => {
    try {
      options.onProblem?.(text);
    } catch {
      // A failing reporter must not stop the channel.
    }
  };

  let port: ChannelPort | null = open ? open(name) : null;
  /** The origin of transactions and awareness changes this channel applies. */
  const self = { channel: name };

  const post = (message: Uint8Array) => {
    try {
      port?.postMessage(message);
    } catch (error) {
      problem(`could not post to the channel: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const announce = () => {
    post(frame(MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep1(e, doc)));
    post(frame(MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep2(e, doc)));
    post(frame(MESSAGE_QUERY_AWARENESS, () => {}));
    if (awareness.getLocalState() !== null) {
      post(
        frame(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]))),
      );
    }
  };

  const receive = (event: MessageEvent) => {
    const bytes = asBytes(event.data);
    if (!bytes) return problem('a message on the channel was not binary; dropped');
    try {
      const decoder = decoding.createDecoder(bytes);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MESSAGE_SYNC);
        syncProtocol.readSyncMessage(decoder, encoder, doc, self, (error) => {
          throw error;
        });
        if (encoding.length(encoder) > 1) post(encoding.toUint8Array(encoder));
      } else if (type === MESSAGE_AWARENESS) {
        awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), self);
      } else if (type === MESSAGE_QUERY_AWARENESS) {
        const clients = [...awareness.getStates().keys()];
        post(frame(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, clients))));
      } else {
        problem(`a message of unknown type ${type} on the channel; dropped`);
      }
    } catch (error) {
      problem(`a malformed message on the channel was dropped: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== self) post(frame(MESSAGE_SYNC, (e) => syncProtocol.writeUpdate(e, update)));
  };
  const onAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin === self) return;
    const clients = [...added, ...updated, ...removed];
    post(frame(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, clients))));
  };
  /** This window's awareness state, as gone, to the others (its document stays as it is). */
  const sayGone = () =>
    post(
      frame(MESSAGE_AWARENESS, (e) =>
        encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID], new Map())),
      ),
    );
  // A page kept in the back/forward cache comes back: it may have missed updates meanwhile.
  const onPageShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) announce();
  };
  const win = typeof window !== 'undefined' && typeof window.addEventListener === 'function' ? window : null;

  if (port) {
    port.onmessage = receive;
    doc.on('update', onUpdate);
    awareness.on('update', onAwareness);
    win?.addEventListener('pagehide', sayGone);
    win?.addEventListener('pageshow', onPageShow);
    announce();
  }

  let destroyed = false;
  return {
    name,
    awareness,
    available: port !== null,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (port) {
        sayGone();
        doc.off('update', onUpdate);
        awareness.off('update', onAwareness);
        win?.removeEventListener('pagehide', sayGone);
        win?.removeEventListener('pageshow', onPageShow);
        port.onmessage = null;
        port.close();
        port = null;
      }
      if (ownAwareness) awareness.destroy();
    },
  };
}
