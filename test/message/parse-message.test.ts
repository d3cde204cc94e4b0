import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, MessageParseError, messageFromHeaders, parseHeaders, parseMessage } from '../../src/message/index.js';
import { rawFixture, rawFromBytes, rawMail } from './helpers.js';

describe('parseMessage: Japanese bodies', () => {
  it('detects an 8-bit Shift_JIS body that declares no charset, and notes the guess', async () => {
    const m = await parseMessage(rawFixture('sjis-body-without-charset.eml'));
    expect(m.textParts.join('')).toContain('アマゾンをご利用いただき、ありがとうございます。');
    expect(m.text).toContain('お支払い方法を更新してください。');
    expect(m.text).not.toContain('\ufffd');
    expect(m.parseNotes.join('\n')).toMatch(/no charset declared\) read as Shift_JIS/);
  });

  it('decodes a 7-bit ISO-2022-JP body that declares no charset', async () => {
    const m = await parseMessage(rawFixture('iso2022jp-body-without-charset.eml'));
    expect(m.text).toBe('アカウントを一時的に停止しました。');
    expect(m.parseNotes.join('\n')).toMatch(/read as ISO-2022-JP/);
  });

  it('decodes CP932 specials, then NFKC turns full-width digits, circled numbers and half-width kana into plain forms', async () => {
    const m = await parseMessage(rawFixture('cp932-specials-shift-jis-body.eml'));
    expect(m.textParts.join('')).toContain('①②③ ㈱ 髙﨑 ｱﾏｿﾞﾝ 確認コード：１２３４５６ 10時～12時');
    expect(m.text).toBe('123 (株) 髙﨑 アマゾン 確認コード:123456 10時~12時');
  });

  it('decodes half-width kana (ESC ( I) in ISO-2022-JP and folds the WAVE DASH to "~"', async () => {
    const m = await parseMessage(rawFixture('iso2022jp-halfwidth-kana-wave-dash.eml'));
    expect(m.text).toBe('アマゾンポイント 10時~12時');
  });

  it('decodes bodies that declare Shift_JIS or EUC-JP, without a parse note', async () => {
    for (const name of ['shift-jis-raw-8bit-subject.eml', 'euc-jp-raw-8bit-subject.eml']) {
      const m = await parseMessage(rawFixture(name));
      expect(m.text).toBe('ご確認ください。');
      expect(m.parseNotes).toEqual([]);
    }
  });

  it('reads a body labelled UTF-8 that is really Shift_JIS', async () => {
    const sjis = Buffer.from([0x83, 0x41, 0x83, 0x7d, 0x83, 0x5d, 0x83, 0x93, 0x82, 0xc5, 0x82, 0xb7]); // アマゾンです
    const head = Buffer.from('From: a@example.com\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n');
    const m = await parseMessage(rawFromBytes(Buffer.concat([head, sjis])));
    expect(m.text).toBe('アマゾンです');
    expect(m.parseNotes.join('\n')).toMatch(/declared utf-8\) read as Shift_JIS/);
  });
});

describe('parseMessage: text for matching', () => {
  it('reduces HTML-only mail to visible text: no script/style, entities decoded, hidden spans and zero-width characters removed', async () => {
    const m = await parseMessage(rawFixture('html-only-with-zero-width-text.eml'));
    expect(m.textParts).toEqual([]);
    expect(m.htmlParts).toHaveLength(1);
    expect(m.htmlParts[0]).toContain('<span style="display:none">XQZ7</span>');
    expect(m.text).toBe(
      ['Prime', 'Your Amazon Prime membership is on hold.', 'Amazon & you: pay by <Friday>.', 'Code:123', 'Total $14.99', 'Reactivate now'].join('\n'),
    );
  });

  it('keeps plain and HTML text both, so wording hidden in one of them is still seen', async () => {
    const raw = rawMail(
      ['From: a@example.com', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary=b'],
      '--b\r\nContent-Type: text/plain\r\n\r\nplain words\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>html words</p>\r\n--b--\r\n',
    );
    const m = await parseMessage(raw);
    expect(m.textParts).toEqual(['plain words']);
    expect(m.htmlParts).toEqual(['<p>html words</p>']);
    expect(m.text).toBe('plain words\nhtml words');
  });

  it(`caps text at ${MAX_TEXT_LENGTH} characters`, async () => {
    const line = 'x'.repeat(99) + '\n';
    const m = await parseMessage(rawMail(['From: a@example.com'], line.repeat(Math.ceil((MAX_TEXT_LENGTH * 1.5) / 100))));
    expect(m.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(m.text.length).toBeGreaterThan(MAX_TEXT_LENGTH - 200);
  });

  it('carries the header pass, location, envelope and raw bytes into the message', async () => {
    const raw = rawFixture('dkim-signed-reply-to-gmail-labels.eml', { format: 'mbox', fromLine: 'From x@xxx' });
    const headers = parseHeaders(raw);
    const m = await parseMessage(raw, headers);
    expect(m).toMatchObject({ ...headers, depth: 'full', location: raw.location, envelope: raw.envelope });
    expect(m.raw).toBe(raw.bytes);
    expect(m.text).toBe('Thank you for your order.');
  });
});

describe('parseMessage: attachments', () => {
  it('lists attachments with name, type and size, and keeps content only for what checks read (HTML, attached messages, PDFs by content)', async () => {
    const m = await parseMessage(rawFixture('html-attachment-credential-form.eml'));
    expect(m.text).toBe('Open the attached form and sign in to keep your account.');
    const byType = Object.fromEntries(m.attachments.map((a) => [a.contentType, a]));
    expect(byType['text/html']).toMatchObject({ filename: 'Amazon-Verify.html' });
    expect(byType['text/html'].content?.toString()).toContain('<input type="password" name="pw">');
    expect(byType['application/pdf']).toMatchObject({ filename: 'invoice.pdf', size: 15, kind: 'pdf' });
    expect(byType['application/pdf'].content?.length).toBe(15);
    expect(byType['text/html']).toMatchObject({ kind: 'html' });
    expect(byType['message/rfc822'].content?.toString()).toContain('Subject: Forwarded original');
    expect(m.attachments).toHaveLength(3);
  });

  it('keeps the content of a file named .html whatever its declared type', async () => {
    const raw = rawMail(
      ['From: a@example.com', 'Content-Type: multipart/mixed; boundary=b'],
      '--b\r\nContent-Type: text/plain\r\n\r\nsee file\r\n--b\r\nContent-Type: application/x-download; name="login.htm"\r\nContent-Disposition: attachment; filename="login.htm"\r\n\r\n<form></form>\r\n--b--\r\n',
    );
    const m = await parseMessage(raw);
    expect(m.attachments[0]).toMatchObject({ filename: 'login.htm', contentType: 'application/x-download' });
    expect(m.attachments[0].content?.toString()).toBe('<form></form>');
  });
});

describe('parseMessage: bad input', () => {
  it('reads what it can of a multipart without its closing boundary', async () => {
    const m = await parseMessage(rawFixture('multipart-without-closing-boundary.eml'));
    expect(m.text).toContain('Your package is waiting. Confirm your address.');
  });

  it('reads a multipart whose boundary never appears as the body text', async () => {
    const m = await parseMessage(rawMail(['From: a@example.com', 'Content-Type: multipart/mixed; boundary=nothere'], 'just text\r\n'));
    expect(m.depth).toBe('full');
    expect(m.parseNotes).toBeInstanceOf(Array);
  });

  it('throws MessageParseError only when there is no header field at all', async () => {
    await expect(parseMessage(rawFromBytes(Buffer.from('not a mail at all')))).rejects.toBeInstanceOf(MessageParseError);
  });

  it('survives deeply nested multiparts', async () => {
    let body = 'innermost\r\n';
    for (let i = 0; i < 60; i++) {
      body = `--b${i}\r\nContent-Type: ${i === 0 ? 'text/plain' : `multipart/mixed; boundary=b${i - 1}`}\r\n\r\n${body}\r\n--b${i}--\r\n`;
    }
    const m = await parseMessage(rawMail(['From: a@example.com', 'Content-Type: multipart/mixed; boundary=b59'], body));
    expect(m.depth).toBe('full');
  });
});

describe('messageFromHeaders', () => {
  it('is the header-only form of a message: no text, depth "headers"', () => {
    const raw = rawFixture('two-mailboxes-in-from.eml');
    const m = messageFromHeaders(raw);
    expect(m).toMatchObject({ depth: 'headers', text: '', textParts: [], htmlParts: [], attachments: [] });
    expect(m.from).toHaveLength(2);
  });
});

describe('the Message literal', () => {
  it('has the fields, in the order, of the header fields spread and the rest added (the form it replaced)', async () => {
    const raw = rawFixture('two-mailboxes-in-from.eml');
    const headers = parseHeaders(raw);
    for (const m of [await parseMessage(raw, headers), messageFromHeaders(raw, headers)]) {
      const spread = {
        ...headers,
        parseNotes: m.parseNotes,
        limitsReached: m.limitsReached,
        location: raw.location,
        envelope: raw.envelope,
        raw: raw.bytes,
        textParts: m.textParts,
        htmlParts: m.htmlParts,
        text: m.text,
        attachments: m.attachments,
        attachmentReads: m.attachmentReads,
        attachedMessages: m.attachedMessages,
        depth: m.depth,
      };
      expect(Object.keys(m)).toEqual(Object.keys(spread));
      expect(m).toStrictEqual(spread);
    }
  });
});
