/**
 * Building Message objects and mailbox entries from fixtures/security for the security tests. Messages go
 * through the real input and message stages (readInputs, parseMessage).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/input/index.js';
import { parseMessage } from '../../src/message/index.js';
import type { Message } from '../../src/message/types.js';
import { isAmazonDomain } from '../../src/amazon/index.js';
import { classifyMail } from '../../src/checks/security-code/index.js';
import { securityMailEntry, type SecurityMailEntry } from '../../src/mailbox/index.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'security');

export async function loadEml(name: string): Promise<Message> {
  const bytes = readFileSync(join(FIXTURES, name));
  return parseMessage({ bytes, location: { file: name, index: 1, offset: 0 }, envelope: { format: 'eml' } });
}

export async function loadPath(path: string): Promise<Message[]> {
  const out: Message[] = [];
  for await (const ev of readInputs([path])) {
    if (ev.type === 'message') out.push(await parseMessage(ev.message));
    else throw new Error(`unexpected input event ${ev.type} for ${path}`);
  }
  return out;
}

export async function loadMbox(name: string): Promise<Message[]> {
  return loadPath(join(FIXTURES, name));
}

/**
 * Stand-in for the authentication check, enough for these fixtures: Gmail's own (topmost) Authentication-Results
 * says dmarc=pass for an Amazon From domain. The real decision (trusted authserv-id, alignment) is made by
 * src/checks/authentication; burst tests only need a genuine/fake flag per mail.
 */
export function gmailDmarcPassForAmazon(msg: Message): boolean {
  const ar = msg.headers.find((h) => h.name === 'authentication-results');
  if (!ar || !ar.value.trimStart().startsWith('mx.google.com;')) return false;
  const m = /dmarc=pass\b[^;]*?header\.from=([a-z0-9.-]+)/i.exec(ar.value);
  return m !== null && isAmazonDomain(m[1]);
}

/** Mailbox entries for every account-security mail of an mbox fixture. */
export async function entriesOf(name: string): Promise<SecurityMailEntry[]> {
  const entries: SecurityMailEntry[] = [];
  for (const msg of await loadMbox(name)) {
    const genuine = gmailDmarcPassForAmazon(msg);
    const entry = securityMailEntry(msg, classifyMail(msg), genuine, genuine ? 'genuine' : 'phishing');
    if (entry) entries.push(entry);
  }
  return entries;
}
