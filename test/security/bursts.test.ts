import { describe, expect, test } from 'vitest';
import {
  DEFAULT_BURST_WINDOWS,
  detectBursts,
  mailboxFindings,
  parseBurstWindows,
  usualOrigin,
  type SecurityMailEntry,
} from '../../src/mailbox/index.js';
import type { SecurityMailType } from '../../src/amazon/wording.js';

const T0 = Date.parse('2025-06-15T14:00:00Z');
let index = 0;

function entry(minutes: number | null, over: Partial<SecurityMailEntry> = {}): SecurityMailEntry {
  index++;
  return {
    location: { file: 'box.mbox', index, offset: index * 1000 },
    recipient: 'hanako.yamada@gmail.com',
    date: minutes === null ? null : new Date(T0 + minutes * 60_000),
    type: 'password-reset' as SecurityMailType,
    genuine: true,
    verdict: 'genuine',
    language: 'ja',
    marketplace: 'JP',
    ...over,
  };
}

const only10m = { windows: [{ count: 3, minutes: 10 }] };

describe('detectBursts: window boundaries', () => {
  test('the defaults are 3 within 10 minutes and 5 within 24 hours', () => {
    expect(DEFAULT_BURST_WINDOWS).toEqual([
      { count: 3, minutes: 10 },
      { count: 5, minutes: 1440 },
    ]);
  });

  test('exactly 3 mails with exactly 10 minutes from first to last are a burst', () => {
    const bursts = detectBursts([entry(0), entry(5), entry(10)], only10m);
    expect(bursts).toHaveLength(1);
    expect(bursts[0].count).toBe(3);
  });

  test('3 mails over 10 minutes and 1 second are not', () => {
    expect(detectBursts([entry(0), entry(5), entry(10 + 1 / 60)], only10m)).toEqual([]);
  });

  test('2 mails within a minute are not a burst (below the count)', () => {
    expect(detectBursts([entry(0), entry(1)], only10m)).toEqual([]);
  });

  test('5 mails in 24 hours are a burst under the defaults, 4 are not', () => {
    const five = [0, 300, 600, 900, 1440].map((m) => entry(m));
    expect(detectBursts(five)).toHaveLength(1);
    expect(detectBursts(five.slice(0, 4))).toEqual([]);
  });

  test('5 mails spread over 24 hours and 1 minute are not', () => {
    expect(detectBursts([0, 300, 600, 900, 1441].map((m) => entry(m)))).toEqual([]);
  });
});

describe('detectBursts: what a burst is made of', () => {
  test('overlapping windows merge into one burst with its start, end and all its mails', () => {
    const mails = [0, 2, 5, 7, 10, 12].map((m) => entry(m));
    const [b, ...rest] = detectBursts(mails, only10m);
    expect(rest).toEqual([]);
    expect(b.count).toBe(6);
    expect(b.start.toISOString()).toBe('2025-06-15T14:00:00.000Z');
    expect(b.end.toISOString()).toBe('2025-06-15T14:12:00.000Z');
    expect(b.locations.map((l) => l.index)).toEqual(mails.map((m) => m.location.index));
  });

  test('a 10-minute burst inside a 24-hour one is reported once, as the larger', () => {
    const mails = [0, 1, 2, 200, 400].map((m) => entry(m));
    const bursts = detectBursts(mails);
    expect(bursts).toHaveLength(1);
    expect(bursts[0].count).toBe(5);
  });

  test('two runs separated by more than every window are two bursts', () => {
    const mails = [0, 3, 8, 5000, 5004, 5009].map((m) => entry(m));
    const bursts = detectBursts(mails);
    expect(bursts.map((b) => b.count)).toEqual([3, 3]);
  });

  test('input order does not matter', () => {
    const mails = [12, 0, 7, 2, 10, 5].map((m) => entry(m));
    expect(detectBursts(mails, only10m)[0].count).toBe(6);
  });

  test('mails to different recipients never form a burst together', () => {
    const mails = [
      entry(0, { recipient: 'a@example.jp' }),
      entry(1, { recipient: 'b@example.jp' }),
      entry(2, { recipient: 'a@example.jp' }),
      entry(3, { recipient: 'b@example.jp' }),
    ];
    expect(detectBursts(mails, only10m)).toEqual([]);
  });

  test('each recipient gets its own burst', () => {
    const mails = [0, 1, 2].flatMap((m) => [entry(m, { recipient: 'a@example.jp' }), entry(m, { recipient: 'b@example.jp' })]);
    expect(detectBursts(mails, only10m).map((b) => b.recipient).sort()).toEqual(['a@example.jp', 'b@example.jp']);
  });

  test('code mails and sign-in alerts are counted apart', () => {
    const mails = [
      entry(0, { type: 'password-reset' }),
      entry(1, { type: 'sign-in-approval' }),
      entry(2, { type: 'sign-in-code' }),
      entry(3, { type: 'new-sign-in' }),
    ];
    expect(detectBursts(mails, only10m)).toEqual([]);
  });

  test('different code types to one address form one burst that lists them', () => {
    const mails = [entry(0, { type: 'password-reset' }), entry(1, { type: 'sign-in-code' }), entry(2, { type: 'password-reset' })];
    const [b] = detectBursts(mails, only10m);
    expect(b.kind).toBe('security-code');
    expect(b.types).toEqual(['password-reset', 'sign-in-code']);
  });

  test('counts genuine and fake mails, and lists marketplaces and languages', () => {
    const mails = [
      entry(0),
      entry(1, { genuine: false, verdict: 'phishing', marketplace: null }),
      entry(2, { language: 'fr', marketplace: 'FR' }),
    ];
    const [b] = detectBursts(mails, only10m);
    expect([b.genuine, b.fake]).toEqual([2, 1]);
    expect(b.marketplaces).toEqual(['JP', 'FR']);
    expect(b.languages).toEqual(['ja', 'fr']);
  });

  test('mails without a date are left out of bursts', () => {
    expect(detectBursts([entry(0), entry(null), entry(null)], only10m)).toEqual([]);
  });
});

describe('parseBurstWindows', () => {
  test('reads the CLI form', () => {
    expect(parseBurstWindows('3/10m,5/24h')).toEqual([
      { count: 3, minutes: 10 },
      { count: 5, minutes: 1440 },
    ]);
  });

  test('accepts days and spaces', () => {
    expect(parseBurstWindows(' 7/2d ')).toEqual([{ count: 7, minutes: 2880 }]);
  });

  for (const bad of ['', '3', '3/10', '3/10s', 'x/10m', '1/10m', '3/0m', '3/10m;5/24h']) {
    test(`rejects "${bad}"`, () => {
      expect(() => parseBurstWindows(bad)).toThrow(/burst window/);
    });
  }
});

describe('mailboxFindings', () => {
  const codes = (f: { code: string }[]) => f.map((x) => x.code);

  test('a burst of genuine reset codes means the address is known', () => {
    const mails = [0, 1, 2].map((m) => entry(m));
    expect(codes(mailboxFindings(detectBursts(mails), mails))).toEqual(['mailbox.burst-address-known']);
  });

  test('a burst of genuine sign-in codes means the password is known', () => {
    const mails = [0, 1, 2].map((m) => entry(m, { type: 'sign-in-code' }));
    expect(codes(mailboxFindings(detectBursts(mails), mails))).toEqual(['mailbox.burst-password-known']);
  });

  test('one genuine sign-in code among reset codes is enough to say the password is known', () => {
    const mails = [entry(0), entry(1, { type: 'sign-in-code' }), entry(2)];
    const [f] = mailboxFindings(detectBursts(mails), mails);
    if (f.code !== 'mailbox.burst-password-known') expect.fail(f.code);
    expect(f.evidence.types).toEqual(['password-reset', 'sign-in-code']);
  });

  test('a burst of fakes is a phishing campaign', () => {
    const mails = [0, 1, 2].map((m) => entry(m, { genuine: false, verdict: 'phishing' }));
    expect(codes(mailboxFindings(detectBursts(mails), mails))).toEqual(['mailbox.burst-phishing']);
  });

  test('a fake sign-in code does not make a reset burst say the password is known', () => {
    const mails = [entry(0), entry(1, { type: 'sign-in-code', genuine: false, verdict: 'phishing' }), entry(2)];
    expect(codes(mailboxFindings(detectBursts(mails), mails))).toEqual(['mailbox.burst-address-known', 'mailbox.burst-mixed']);
  });

  test('burst evidence has the facts the text needs', () => {
    const mails = [0, 5, 10].map((m) => entry(m));
    const [f] = mailboxFindings(detectBursts(mails), mails);
    expect(f.evidence).toMatchObject({
      recipient: 'hanako.yamada@gmail.com',
      start: '2025-06-15T14:00:00.000Z',
      end: '2025-06-15T14:10:00.000Z',
      count: 3,
      genuine: 3,
      fake: 0,
    });
  });

  test('undated security mails are counted and said', () => {
    const mails = [entry(null), entry(null), entry(0)];
    const f = mailboxFindings([], mails);
    expect(f.map((x) => [x.code, x.evidence.count])).toEqual([['mailbox.undated-security-mails', 2]]);
  });

  test('genuine codes from an unusual marketplace are reported once for the mailbox', () => {
    const mails = [entry(0), entry(600, { marketplace: 'FR', language: 'fr' }), entry(1800, { marketplace: 'FR', language: 'fr' })];
    const f = mailboxFindings([], mails, { usualMarketplaces: ['JP'], usualLanguages: ['ja'] });
    expect(f.map((x) => x.code)).toEqual(['mailbox.unusual-origin']);
    expect(f[0].evidence).toMatchObject({ count: 2, marketplaces: ['FR'], languages: ['fr'] });
  });

  test('fakes from elsewhere are not an unusual origin: a lure can be written in any language', () => {
    const mails = [entry(0, { genuine: false, marketplace: 'FR', language: 'fr' })];
    expect(mailboxFindings([], mails, { usualMarketplaces: ['JP'] })).toEqual([]);
  });
});

describe('usualOrigin', () => {
  test('learns the marketplaces and languages that make up most of the genuine mail', () => {
    const mails = [
      ...Array.from({ length: 8 }, () => ({ marketplace: 'JP', language: 'ja' })),
      { marketplace: 'US', language: 'en' },
      { marketplace: null, language: null },
    ];
    expect(usualOrigin(mails)).toEqual({ marketplaces: ['JP'], languages: ['ja'] });
  });

  test('keeps every marketplace with a fair share', () => {
    const mails = [...Array(5).fill({ marketplace: 'JP', language: 'ja' }), ...Array(3).fill({ marketplace: 'US', language: 'en' })];
    expect(usualOrigin(mails).marketplaces).toEqual(['JP', 'US']);
  });

  test('says nothing from too little mail', () => {
    expect(usualOrigin([{ marketplace: 'JP', language: 'ja' }])).toEqual({ marketplaces: [], languages: [] });
  });
});
