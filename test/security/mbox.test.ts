/**
 * The mbox fixtures end to end: read, parse, classify, then bursts and their findings. Genuineness comes from
 * the fixtures' Gmail Authentication-Results (see helpers.ts).
 */
import { describe, expect, test } from 'vitest';
import { detectBursts, mailboxFindings } from '../../src/mailbox/index.js';
import { entriesOf } from './helpers.js';

describe('mbox fixtures', () => {
  test('burst-6-reset-codes-12min.mbox: one burst of 6 genuine reset codes to one address', async () => {
    const entries = await entriesOf('burst-6-reset-codes-12min.mbox');
    expect(entries).toHaveLength(6);
    const bursts = detectBursts(entries);
    expect(bursts).toHaveLength(1);
    expect(bursts[0]).toMatchObject({
      recipient: 'hanako.yamada@gmail.com',
      types: ['password-reset'],
      count: 6,
      genuine: 6,
      fake: 0,
      marketplaces: ['JP'],
      languages: ['ja'],
    });
    expect(bursts[0].start.toISOString()).toBe('2025-06-15T13:50:00.000Z');
    expect(bursts[0].end.toISOString()).toBe('2025-06-15T14:02:00.000Z');
    expect(mailboxFindings(bursts, entries).map((f) => f.code)).toEqual(['mailbox.burst-address-known']);
  });

  test('two-bursts-3-reset-codes-each-3-days-apart.mbox: two bursts of 3', async () => {
    const bursts = detectBursts(await entriesOf('two-bursts-3-reset-codes-each-3-days-apart.mbox'));
    expect(bursts.map((b) => [b.start.toISOString(), b.count])).toEqual([
      ['2025-06-10T09:00:00.000Z', 3],
      ['2025-06-13T21:30:00.000Z', 3],
    ]);
  });

  test('spread-out-4-codes-3-weeks-no-burst.mbox: four sign-in codes, no burst', async () => {
    const entries = await entriesOf('spread-out-4-codes-3-weeks-no-burst.mbox');
    expect(entries.map((e) => e.type)).toEqual(['sign-in-code', 'sign-in-code', 'sign-in-code', 'sign-in-code']);
    expect(detectBursts(entries)).toEqual([]);
    expect(mailboxFindings([], entries)).toEqual([]);
  });

  test('burst-mixed-3-genuine-2-fake-sign-in-codes-6min.mbox: one burst, 3 genuine and 2 fake', async () => {
    const entries = await entriesOf('burst-mixed-3-genuine-2-fake-sign-in-codes-6min.mbox');
    const bursts = detectBursts(entries);
    expect(bursts).toHaveLength(1);
    expect([bursts[0].count, bursts[0].genuine, bursts[0].fake]).toEqual([5, 3, 2]);
    expect(mailboxFindings(bursts, entries).map((f) => f.code)).toEqual([
      'mailbox.burst-password-known',
      'mailbox.burst-mixed',
    ]);
  });

  test('locations point back into the mbox, in order', async () => {
    const entries = await entriesOf('burst-6-reset-codes-12min.mbox');
    const [b] = detectBursts(entries);
    expect(b.locations.map((l) => l.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(b.locations.every((l) => l.file.endsWith('burst-6-reset-codes-12min.mbox'))).toBe(true);
  });
});
