/** The report words the mailbox headline that src/verdict/mailbox.ts decides, in English and Japanese. */
import { describe, expect, test } from 'vitest';
import { localizeHeadline } from '../../src/report/localize.js';
import { finding } from '../../src/findings.js';
import { codeText } from '../../src/report/text/index.js';

const burst = finding('mailbox.burst-address-known', {
  recipient: 'hanako@example.jp',
  types: ['password-reset'],
  start: '2026-11-23T01:02:00.000Z',
  end: '2026-11-23T01:14:00.000Z',
  count: 6,
  genuine: 6,
  fake: 0,
  marketplaces: ['amazon.co.jp'],
  languages: ['ja'],
});

describe('the headline in words', () => {
  test('English: counts with their plurals, the finding with its own sentence', () => {
    expect(
      localizeHeadline(
        [
          { kind: 'password-known', mails: 1 },
          { kind: 'phishing', mails: 2 },
          { kind: 'suspicious', mails: 1 },
          { kind: 'unverified', mails: 3 },
          { kind: 'unread', inputs: 0, mails: 1 },
          { kind: 'unread', inputs: 2, mails: 1 },
          { kind: 'unread', inputs: 1, mails: 0 },
          { kind: 'nothing-checked' },
          { kind: 'clean' },
        ],
        'en',
      ),
    ).toEqual([
      'Amazon really sent a sign-in code or sign-in request: someone entered your correct password. Change it now.',
      '2 mails impersonate Amazon (phishing).',
      '1 Amazon-looking mail has red flags.',
      '3 Amazon-looking mails could not be verified.',
      'Could not check: 1 message could not be read.',
      'Could not check: 2 files and 1 message could not be read.',
      'Could not check: 1 file could not be read.',
      'Nothing was checked: the input held no message to check.',
      'No phishing or suspicious Amazon mail found.',
    ]);
    const [line] = localizeHeadline([{ kind: 'mailbox-finding', finding: burst }], 'en');
    expect(line).toBe(codeText('mailbox.burst-address-known', 'en').message(burst.evidence));
    expect(line).toContain('6 security mails to hanako@example.jp between 2026-11-23 01:02 UTC and 2026-11-23 01:14 UTC');
  });

  test('Japanese: the same items in Japanese sentences', () => {
    expect(
      localizeHeadline(
        [
          { kind: 'unread', inputs: 1, mails: 2 },
          { kind: 'password-known', mails: 3 },
          { kind: 'phishing', mails: 2 },
          { kind: 'clean' },
          { kind: 'unread', inputs: 1, mails: 0 },
          { kind: 'nothing-checked' },
        ],
        'ja',
      ),
    ).toEqual([
      '確認できませんでした：ファイル 1 件とメール 2 通を読み取れませんでした。',
      '本物の Amazon からサインインの確認コードまたは承認リクエストが 3 通届いています。誰かが正しいパスワードを入力しました。今すぐパスワードを変更してください。',
      'Amazon を装ったフィッシングメールが 2 通あります。',
      'Amazon を装ったフィッシングや不審なメールは見つかりませんでした。',
      '確認できませんでした：ファイル 1 件を読み取れませんでした。',
      '何も確認していません：入力に確認できるメールがありませんでした。',
    ]);
    const [line] = localizeHeadline([{ kind: 'mailbox-finding', finding: burst }], 'ja');
    expect(line).toBe(codeText('mailbox.burst-address-known', 'ja').message(burst.evidence));
    expect(line).toContain('セキュリティメールが 6 通届き');
  });
});
