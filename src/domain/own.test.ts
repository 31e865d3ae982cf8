import { describe, expect, it } from 'vitest';
import { keyedRecord, own } from './own';

const NAMES = Object.getOwnPropertyNames(Object.prototype);

describe('own', () => {
  it('finds nothing a record does not hold, whatever the name', () => {
    const rec: Record<string, number> = { a: 1 };
    for (const name of NAMES) expect(own(rec, name), name).toBeUndefined();
    expect(own(rec, 'a')).toBe(1);
    expect(own(undefined, 'a')).toBeUndefined();
  });
});

describe('keyedRecord', () => {
  it('holds every Object.prototype name as an own key, "__proto__" included', () => {
    const rec = keyedRecord(NAMES.map((n, i) => [n, i] as const));
    expect(Object.keys(rec)).toEqual(NAMES);
    for (const [i, n] of NAMES.entries()) expect(own(rec, n), n).toBe(i);
    expect(Object.getPrototypeOf(rec)).toBeNull();
    expect(keyedRecord<number>().constructor).toBeUndefined();
  });
});
