import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAddresses } from '../../src/message/addresses.js';
import { parseHeaders, parseMessage } from '../../src/message/index.js';
import { mailparserLoaded } from '../../src/message/mailparser.js';
import { rawMail } from './helpers.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

// vitest gives each test file its own module registry, so the state starts fresh here; the tests run in order.
describe('mailparser is loaded only when a message needs it (start-up time and memory of every thread)', () => {
  it('is imported for its types only: every value use goes through the one lazy loader', () => {
    const valueImports = sourceFiles(SRC)
      .filter((f) => !f.endsWith(path.join('message', 'mailparser.ts')))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/^import (?!type )[^;]*from 'mailparser[^']*'|import\('mailparser[^']*'\)/gm)].map(
          (m) => `${path.relative(SRC, f)}: ${m[0]}`,
        ),
      );
    expect(valueImports).toEqual([]);
  });

  it('stays unloaded through the header pass and full parse of an ordinary multipart message', async () => {
    const raw = rawMail(
      [
        'From: "Amazon.co.jp" <order-update@amazon.co.jp>',
        'To: taro@example.jp, hanako@example.jp',
        'Subject: =?UTF-8?B?5rOo5paH44Gu56K66KqN?=',
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative; boundary="b"',
      ],
      [
        '--b',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'ご注文ありがとうございます。',
        '--b',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>ご注文ありがとうございます。</p>',
        '--b--',
        '',
      ].join('\r\n'),
    );
    const headers = parseHeaders(raw);
    const message = await parseMessage(raw, headers);
    expect(headers.from[0]).toMatchObject({ name: 'Amazon.co.jp', domain: 'amazon.co.jp' });
    expect(headers.to.map((a) => a.address)).toEqual(['taro@example.jp', 'hanako@example.jp']);
    expect(message.text).toContain('ご注文ありがとうございます。');
    expect(mailparserLoaded()).toBe(false);
  });

  it('loads it for an address header with a group, and reads the members with its tokeniser', () => {
    expect(parseAddresses(['Team: "Amazon, Support" <a@amazon.co.jp>, b@example.com;'])).toEqual([
      { name: 'Amazon, Support', address: 'a@amazon.co.jp', domain: 'amazon.co.jp' },
      { name: '', address: 'b@example.com', domain: 'example.com' },
    ]);
    expect(mailparserLoaded()).toBe(true);
  });
});
