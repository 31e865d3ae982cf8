import { describe, expect, it } from 'vitest';
import { defaultRelayUrl } from './live-room-panel';

describe('defaultRelayUrl', () => {
  it('is port 1234 on the host that served the page (where `npm run relay` runs by default)', () => {
    expect(defaultRelayUrl('192.168.1.20')).toBe('ws://192.168.1.20:1234');
    expect(defaultRelayUrl('::1')).toBe('ws://[::1]:1234');
    expect(defaultRelayUrl('[::1]')).toBe('ws://[::1]:1234');
    expect(defaultRelayUrl('')).toBe('ws://localhost:1234');
  });
});
