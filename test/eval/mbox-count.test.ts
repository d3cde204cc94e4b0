/**
 * The evaluation's own mbox splitter: the second count that amzcheck's splitter is held against, and the
 * rule that says which mbox messages claim to be Amazon.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/index.js';
import { claimsAmazon, splitMboxForEval } from '../../src/eval/mbox-count.js';
import { declaredMessageCounts } from '../../src/eval/declared-counts.js';

const mbox = (...lines: string[]) => Buffer.from(lines.join('\n') + '\n', 'latin1');

describe('splitting', () => {
  it('starts a message at a dated From_ line at the start and after a blank line', () => {
    const bytes = mbox('From a@x Mon Sep 12 10:01:00 2005', 'Subject: one', '', 'body', '', 'From b@x Tue Sep 13 10:01:00 2005', 'Subject: two', '', 'body');
    expect(splitMboxForEval(bytes).map((e) => e.subject)).toEqual(['one', 'two']);
  });

  it('does not split at a body line starting with "From " that has no date and no header after it', () => {
    const bytes = mbox('From a@x Mon Sep 12 10:01:00 2005', 'Subject: one', '', 'body', '', 'From the team: hello', 'more body');
    expect(splitMboxForEval(bytes)).toHaveLength(1);
  });

  it('does not split at a dated From_ line that follows a non-blank line', () => {
    const bytes = mbox('From a@x Mon Sep 12 10:01:00 2005', 'Subject: one', '', 'quoted:', 'From b@x Tue Sep 13 10:01:00 2005', 'Subject: two');
    expect(splitMboxForEval(bytes)).toHaveLength(1);
  });

  it('splits at an undated From_ line followed by a header field', () => {
    const bytes = mbox('From a@x Mon Sep 12 10:01:00 2005', 'Subject: one', '', 'body', '', 'From b@x', 'Subject: two', '', 'body');
    expect(splitMboxForEval(bytes).map((e) => e.subject)).toEqual(['one', 'two']);
  });

  it('treats CRLF line ends like LF ones', () => {
    const bytes = Buffer.from('From a@x Mon Sep 12 10:01:00 2005\r\nSubject: one\r\n\r\nbody\r\n\r\nFrom b@x Tue Sep 13 10:01:00 2005\r\nSubject: two\r\n\r\nb\r\n');
    expect(splitMboxForEval(bytes).map((e) => e.subject)).toEqual(['one', 'two']);
  });

  it('gives the byte offset just after the From_ line, as amzcheck reports it', () => {
    const first = 'From a@x Mon Sep 12 10:01:00 2005\n';
    const bytes = mbox(first.trimEnd(), 'Subject: é', '', 'body', '', 'From b@x Tue Sep 13 10:01:00 2005', 'Subject: two');
    const entries = splitMboxForEval(bytes);
    expect(entries[0].offset).toBe(Buffer.byteLength(first));
    expect(bytes.subarray(entries[1].offset, entries[1].offset + 13).toString()).toBe('Subject: two\n');
  });
});

describe('From and Subject', () => {
  it('decodes encoded-words and unfolds folded headers', () => {
    const bytes = mbox('From a@x Mon Sep 12 10:01:00 2005', 'From: =?UTF-8?B?QW1hem9uLmNvLmpw?= <a@x.example>', 'Subject: Your account', ' is on hold', '', 'From: not a header');
    expect(splitMboxForEval(bytes)[0]).toMatchObject({ from: 'Amazon.co.jp <a@x.example>', subject: 'Your account is on hold' });
  });

  it('reads only the header block, not a From: line in the body', () => {
    const bytes = mbox('From a@x Mon Sep 12 10:01:00 2005', 'Subject: hi', '', 'From: "Amazon" <service@amazon.com>');
    expect(splitMboxForEval(bytes)[0].from).toBe('');
  });
});

describe('which messages claim to be Amazon', () => {
  it('a From display name or address with "amazon" in any case', () => {
    expect(claimsAmazon({ from: '"AMAZON" <x@y.example>', subject: '' })).toBe(true);
    expect(claimsAmazon({ from: 'service@amazon.com', subject: '' })).toBe(true);
  });

  it('a Subject with "amazon"', () => {
    expect(claimsAmazon({ from: 'a@b.example', subject: 'Update your Amazon account' })).toBe(true);
  });

  it('not a mail that says nothing of Amazon in From or Subject', () => {
    expect(claimsAmazon({ from: 'PayPal <service@paypal.com>', subject: 'Verify your account' })).toBe(false);
  });
});

describe('counts stated in SOURCES.md', () => {
  it('reads "messages: N" from the rows of mbox files only', () => {
    const md = [
      '| local file | repository | path | commit | category | description |',
      '| mbox/a.mbox | r | p | c | mbox | mbox dump (438 From_-separated messages); messages: 438; messages with DKIM-Signature: 0 |',
      '| amazon-phish/b.eml | r | p | c | amazon-phish | messages: 3 |',
    ].join('\n');
    expect([...declaredMessageCounts(md)]).toEqual([['a.mbox', 438]]);
  });
});

// The project's own mbox files (written for the input stage). mboxcl2 files are left out: amzcheck honours a
// Content-Length that lands on a separator, which this simple splitter does not read. Apple Mail's .mbox is a
// folder, not an mbox file.
const INPUT_FIXTURES = fileURLToPath(new URL('../../fixtures/input/', import.meta.url));
const mboxFixtures = readdirSync(INPUT_FIXTURES).filter(
  (f) => f.endsWith('.mbox') && !f.startsWith('mboxcl2') && statSync(path.join(INPUT_FIXTURES, f)).isFile(),
);

describe('agreement with amzcheck on the input fixtures', () => {
  it.each(mboxFixtures)('%s: the same number of messages (reported + skipped)', async (name) => {
    const file = path.join(INPUT_FIXTURES, name);
    let counted = 0;
    for await (const ev of readInputs([file], { maxMessageBytes: 1024 })) if (ev.type !== 'input-error') counted++;
    expect(splitMboxForEval(readFileSync(file)).length).toBe(counted);
  });
});
