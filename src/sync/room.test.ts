// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkRelayUrl, newRoomId, parseRoomLink, ROOM_ID_PATTERN, roomLink } from './room';

describe('newRoomId', () => {
  it('is 128 random bits in 22 URL-safe characters', () => {
    const id = newRoomId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(ROOM_ID_PATTERN.test(id)).toBe(true);
    expect(encodeURIComponent(id)).toBe(id);
  });

  it('encodes every bit it is given (all ones, all zeros)', () => {
    expect(newRoomId((b) => b.fill(0xff))).toBe('_____________________w');
    expect(newRoomId((b) => b.fill(0))).toBe('AAAAAAAAAAAAAAAAAAAAAA');
  });

  it('takes its bits from crypto.getRandomValues: a thousand ids, no repeat', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newRoomId()));
    expect(ids.size).toBe(1000);
  });
});

describe('roomLink and parseRoomLink', () => {
  const id = newRoomId();

  it('round-trips the room and the relay through the fragment', () => {
    const link = roomLink('http://192.168.1.20:5173/', 'ws://192.168.1.20:1234', id);
    expect(link).toBe(`http://192.168.1.20:5173/#room=${id}&relay=ws%3A%2F%2F192.168.1.20%3A1234`);
    expect(parseRoomLink(link)).toEqual({ ok: true, roomId: id, relayUrl: 'ws://192.168.1.20:1234', appUrl: 'http://192.168.1.20:5173/' });
  });

  it('keeps the app path and query, replaces an existing fragment, and drops a trailing slash of the relay', () => {
    const link = roomLink('https://example.org/workbench/?lang=en#snapshot=abc', 'wss://relay.example.org/yjs/', id);
    const parsed = parseRoomLink(link);
    expect(parsed).toEqual({
      ok: true,
      roomId: id,
      relayUrl: 'wss://relay.example.org/yjs',
      appUrl: 'https://example.org/workbench/?lang=en',
    });
  });

  it('is null for a link that names no room', () => {
    expect(parseRoomLink('http://localhost:5173/')).toBeNull();
    expect(parseRoomLink('http://localhost:5173/#snapshot=N4Ig')).toBeNull();
    expect(parseRoomLink('not a url')).toBeNull();
  });

  it('names the problem of a damaged room link', () => {
    const base = 'http://localhost:5173/#';
    expect(parseRoomLink(`${base}room=short&relay=ws%3A%2F%2Fa%3A1`)).toEqual({ ok: false, problem: expect.stringMatching(/room id/) });
    expect(parseRoomLink(`${base}room=${id.slice(0, 21)}&relay=ws%3A%2F%2Fa%3A1`)).toMatchObject({ ok: false });
    expect(parseRoomLink(`${base}room=${id}`)).toEqual({ ok: false, problem: expect.stringMatching(/which relay/) });
    expect(parseRoomLink(`${base}room=${id}&relay=${encodeURIComponent('javascript:alert(1)')}`)).toEqual({
      ok: false,
      problem: expect.stringMatching(/ws:\/\/ or wss:\/\//),
    });
    expect(parseRoomLink(`${base}room=${id}&relay=${encodeURIComponent('http://a:1')}`)).toMatchObject({ ok: false });
    expect(parseRoomLink(`${base}room=${id}&relay=${encodeURIComponent('ws://user:pw@a:1')}`)).toMatchObject({ ok: false });
    expect(parseRoomLink(`${base}room=${id}&relay=${encodeURIComponent('ws://a:1/?x=1')}`)).toMatchObject({ ok: false });
    expect(parseRoomLink(`${base}room=${id}&relay=nonsense`)).toMatchObject({ ok: false });
    expect(parseRoomLink(`${base}room=${id}%3Cscript%3E&relay=ws%3A%2F%2Fa%3A1`)).toMatchObject({ ok: false });
  });

  it('refuses to build a link to something that is no relay or no room', () => {
    expect(() => roomLink('http://localhost/', 'http://a:1', id)).toThrow(/ws:\/\//);
    expect(() => roomLink('http://localhost/', 'ws://a:1', 'guessable')).toThrow(/room id/);
    expect(checkRelayUrl('ws://[::1]:1234')).toEqual({ ok: true, url: 'ws://[::1]:1234' });
  });
});
