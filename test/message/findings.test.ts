import { describe, expect, it } from 'vitest';
import { ofCode } from '../../src/findings.js';
import { messageFindings, parseHeaders } from '../../src/message/index.js';
import { messageCodes } from '../../src/message/codes.js';
import { messageText } from '../../src/report/text/message.js';
import { rawFixture, rawMail } from './helpers.js';

describe('message.date-skew', () => {
  it('reports a Date header days after the receive time, with both times as evidence', () => {
    const findings = messageFindings(parseHeaders(rawFixture('date-three-days-after-received.eml')));
    expect(findings).toEqual([
      {
        code: 'message.date-skew',
        severity: 'low',
        evidence: {
          dateHeader: 'Thu, 26 Nov 2026 17:00:00 +0900',
          dateHeaderTime: '2026-11-26T08:00:00.000Z',
          receivedTime: '2026-11-23T08:00:00.000Z',
          skewHours: 72,
          direction: 'future',
        },
      },
    ]);
  });

  it('reports a Date header more than a day before the receive time', () => {
    const h = parseHeaders(
      rawMail(['Received: from a by b; Fri, 27 Nov 2026 10:00:00 +0000', 'Date: Mon, 23 Nov 2026 10:00:00 +0000', 'From: a@example.com']),
    );
    expect(messageFindings(h)).toMatchObject([{ code: 'message.date-skew', evidence: { skewHours: -96, direction: 'past' } }]);
  });

  it('says nothing when Date and receive time are within a day', () => {
    expect(messageFindings(parseHeaders(rawFixture('date-jst-zone-name.eml')))).toEqual([]);
  });

  it('says nothing without a Received time stamp to compare with', () => {
    expect(messageFindings(parseHeaders(rawFixture('two-mailboxes-in-from.eml')))).toEqual([]);
  });
});

describe('message finding text', () => {
  it.each(Object.keys(messageCodes) as (keyof typeof messageCodes)[])('%s has English and Japanese text', (code) => {
    for (const lang of ['en', 'ja'] as const) {
      const t = messageText[code][lang];
      expect(t.title.length).toBeGreaterThan(0);
      expect(t.explain.length).toBeGreaterThan(0);
    }
    expect(messageText[code].ja.title).toMatch(/[\u3040-\u30ff]/);
  });

  it('words the skew in days or hours from the evidence', () => {
    const [f] = messageFindings(parseHeaders(rawFixture('date-three-days-after-received.eml'))).filter(ofCode('message.date-skew'));
    expect(messageText['message.date-skew'].en.message(f.evidence)).toContain('3 days after');
    expect(messageText['message.date-skew'].ja.message(f.evidence)).toContain('3日も後');
  });
});
