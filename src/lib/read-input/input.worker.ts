/** The input worker: parses and validates big files off the page's thread (see protocol.ts). */
import { handleReadRequest, type ReadRequest } from './protocol';

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  void handleReadRequest(event.data, (message) => self.postMessage(message));
};
