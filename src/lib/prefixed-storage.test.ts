import { describe, expect, it } from 'vitest';
import { prefixedStorage } from './prefixed-storage';

describe('prefixedStorage', () => {
  it('reads and writes under its prefix only, and clears only its own keys', () => {
    localStorage.clear();
    localStorage.setItem('architecture-workbench', 'mine');
    const room = prefixedStorage(localStorage, 'room:abc:');
    expect(room.getItem('architecture-workbench')).toBeNull();
    room.setItem('architecture-workbench', 'theirs');
    expect(localStorage.getItem('architecture-workbench')).toBe('mine');
    expect(localStorage.getItem('room:abc:architecture-workbench')).toBe('theirs');
    expect(room.length).toBe(1);
    expect(room.key(0)).toBe('architecture-workbench');
    room.clear();
    expect(localStorage.getItem('architecture-workbench')).toBe('mine');
    expect(localStorage.length).toBe(1);
  });
});
