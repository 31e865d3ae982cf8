import { describe, expect, it } from 'vitest';
import { roomLinkPath } from './room-link-path';

describe('roomLinkPath', () => {
  it('sends a room’s link (as `npm run relay` prints it, for the app’s root) to the join screen, fragment kept', () => {
    expect(roomLinkPath({ pathname: '/', hash: '#room=abc&relay=ws%3A%2F%2Fh%3A1234' })).toBe('/join#room=abc&relay=ws%3A%2F%2Fh%3A1234');
    expect(roomLinkPath({ pathname: '/forces', hash: '#relay=x&room=abc' })).toBe('/join#relay=x&room=abc');
  });
  it('leaves other addresses, and the join screen itself, where they are', () => {
    expect(roomLinkPath({ pathname: '/join', hash: '#room=abc' })).toBeNull();
    expect(roomLinkPath({ pathname: '/', hash: '#snapshot=xyz' })).toBeNull();
    expect(roomLinkPath({ pathname: '/', hash: '' })).toBeNull();
  });
});
