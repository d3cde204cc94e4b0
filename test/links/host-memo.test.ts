/** memoizeHost answers what the function answers, whatever the order of hosts (the last one is remembered). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoizeHost } from '../../src/checks/links/host-memo.js';

describe('memoizeHost', () => {
  it('gives the value of the function for every host, repeated or not', () => {
    const fn = (host: string) => ({ host, length: host.length });
    fc.assert(
      fc.property(fc.array(fc.constantFrom('www.amazon.com', 'www.amazon.co.jp', 'evil.example', '', 'x'), { maxLength: 30 }), (hosts) => {
        const memo = memoizeHost(fn);
        for (const h of hosts) expect(memo(h)).toEqual(fn(h));
      }),
    );
  });

  it('compares by content: another string with the same text gets the same value', () => {
    const memo = memoizeHost((host: string) => host.toUpperCase());
    const a = 'https://www.amazon.com/x'.slice(8, 22);
    const b = ['www', 'amazon', 'com'].join('.');
    expect(memo(a)).toBe('WWW.AMAZON.COM');
    expect(memo(b)).toBe('WWW.AMAZON.COM');
    expect(memo('other.example')).toBe('OTHER.EXAMPLE');
  });
});
