import fc from 'fast-check';
import { parseAddressHeader } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { domainOf } from '../../src/message/index.js';
import { parseAddresses, simpleMailbox } from '../../src/message/addresses.js';

describe('domainOf', () => {
  it.each([
    ['a@example.com', 'example.com'],
    ['A@Example.COM.', 'example.com'],
    ['"no-reply@Amazon.de"', null],
    ['"a@b"@evil.example', 'evil.example'],
    ['"a\\"@b"@evil.example', 'evil.example'],
    ['user@[192.0.2.1]', '[192.0.2.1]'],
    ['no-at-sign', null],
    ['@example.com', null],
    ['a@', null],
    ['a@exa mple.com', null],
  ])('%s -> %s', (address, domain) => {
    expect(domainOf(address)).toBe(domain);
  });
});

describe('simple mailbox fast path', () => {
  const atom = fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/);
  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
  const address = fc.tuple(atom, fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'co.jp', 'de')).map(
    ([local, labels, tld]) => `${local}@${labels.join('.')}.${tld}`,
  );
  const word = fc.stringMatching(/^[A-Za-z0-9.!&'-]{1,12}$/);
  const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
  const mailbox = fc.oneof(
    address,
    fc.tuple(name, address).map(([n, a]) => `${n} <${a}>`),
    fc.tuple(name, address).map(([n, a]) => `"${n}" <${a}>`),
    fc.tuple(name, address).map(([n, a]) => `=?UTF-8?B?${Buffer.from(n + ' アマゾン').toString('base64')}?= <${a}>`),
  );

  it('reads simple mailboxes exactly as mailparser does', () => {
    fc.assert(
      fc.property(mailbox, (value) => {
        const fast = simpleMailbox(value);
        const [full] = parseAddressHeader(value, { decodePunycode: false }).value;
        expect(fast).not.toBeNull();
        expect({ name: fast!.name, address: fast!.address }).toEqual({ name: full.name, address: full.address });
      }),
    );
  });

  it('reads lists of simple mailboxes exactly as mailparser does', () => {
    fc.assert(
      fc.property(fc.array(mailbox.filter((m) => !m.includes('"')), { minLength: 2, maxLength: 5 }), (list) => {
        const value = list.join(', ');
        const expected = parseAddressHeader(value, { decodePunycode: false }).value.map((e) => ({ name: e.name, address: e.address }));
        expect(parseAddresses([value]).map((a) => ({ name: a.name, address: a.address }))).toEqual(expected);
      }),
    );
  });

  it.each([
    'Amazon <a@amazon.com> <b@evil.example>',
    '"Amazon <support@amazon.com>" <x@evil.example>',
    'Friends: a@example.com;',
    'a@example.com (Amazon Support)',
    '"Doe, John" <j@example.com>',
    '<"no-reply@Amazon.de">',
  ])('leaves %s to mailparser', (value) => {
    expect(simpleMailbox(value)).toBeNull();
  });
});
