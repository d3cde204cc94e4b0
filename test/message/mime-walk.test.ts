import { describe, expect, it } from 'vitest';
import { MAX_MIME_PARTS } from '../../src/message/index.js';
import { decodeQuotedPrintable, walkMime } from '../../src/message/mime-walk.js';

const mail = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');

describe('fallback MIME walker', () => {
  it('undoes quoted-printable: soft line breaks (also with trailing blanks), =XX, and keeps a broken "=" as written', () => {
    expect(decodeQuotedPrintable(Buffer.from('Ama=\r\nzon =E3=81=82 =  \nok =ZZ end=')).toString('utf8')).toBe('Amazon あ ok =ZZ end=');
  });

  it('finds the leaves of nested multiparts with their charset, disposition and decoded body', () => {
    const walk = walkMime(
      mail([
        'From: a@example.com',
        'Content-Type: multipart/mixed; boundary="outer"',
        '',
        'preamble is not a part',
        '--outer',
        'Content-Type: multipart/alternative; boundary=inner',
        '',
        '--inner',
        'Content-Type: text/plain; charset=Shift_JIS',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from([0x83, 0x41, 0x83, 0x7d]).toString('base64'),
        '--inner',
        'Content-Type: text/html',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        '<p>Hi=3D</p>',
        '--inner--',
        '--outer',
        'Content-Type: application/pdf; name="=?UTF-8?B?6KuL5rGC5pu4LnBkZg==?="',
        'Content-Disposition: attachment',
        'Content-Transfer-Encoding: base64',
        '',
        'JVBERg==',
        '--outer--',
        'epilogue',
      ]),
    );
    expect(walk.leaves.map((l) => [l.contentType, l.charset, l.disposition, l.filename])).toEqual([
      ['text/plain', 'Shift_JIS', null, null],
      ['text/html', null, null, null],
      ['application/pdf', null, 'attachment', '請求書.pdf'],
    ]);
    expect([...walk.leaves[0].body]).toEqual([0x83, 0x41, 0x83, 0x7d]);
    expect(walk.leaves[1].body.toString()).toBe('<p>Hi=</p>');
    expect(walk.leaves[2].body.toString()).toBe('%PDF');
  });

  it('treats a message without Content-Type as one text/plain leaf', () => {
    const walk = walkMime(mail(['From: a@example.com', '', 'hello']));
    expect(walk.leaves).toMatchObject([{ contentType: 'text/plain', charset: null }]);
    expect(walk.leaves[0].body.toString()).toBe('hello');
  });

  it('does not take a boundary string in the middle of a line as a delimiter', () => {
    const walk = walkMime(mail(['Content-Type: multipart/mixed; boundary=b', '', '--b', '', 'text with --b inside', '--b--']));
    expect(walk.leaves.map((l) => l.body.toString())).toEqual(['text with --b inside']);
  });

  it(`stops after ${MAX_MIME_PARTS} parts and says so`, () => {
    const parts = Array.from({ length: MAX_MIME_PARTS + 20 }, (_, i) => `--b\r\n\r\npart ${i}`).join('\r\n');
    const walk = walkMime(Buffer.from(`Content-Type: multipart/mixed; boundary=b\r\n\r\n${parts}\r\n--b--\r\n`));
    expect(walk.leaves).toHaveLength(MAX_MIME_PARTS);
    expect(walk.notes.join('\n')).toContain(`more than ${MAX_MIME_PARTS} MIME parts`);
  });

  it('stops descending at the nesting limit and says so', () => {
    let body = 'deep';
    for (let i = 0; i < 30; i++) body = `Content-Type: multipart/mixed; boundary=b${i}\r\n\r\n--b${i}\r\n${body}\r\n--b${i}--`;
    const walk = walkMime(Buffer.from(body));
    expect(walk.notes.join('\n')).toContain('MIME nesting deeper than');
  });
});
