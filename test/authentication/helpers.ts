import { readFileSync } from 'node:fs';
import { messageFromHeaders } from '../../src/message/index.js';
import type { Message } from '../../src/message/types.js';

export const AUTH_FIXTURES = new URL('../../fixtures/auth/', import.meta.url);

/** A Message for the authentication check: the header pass is all it reads (plus the raw bytes). */
export function messageFromBytes(bytes: Buffer | string, file = 'test.eml'): Message {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return messageFromHeaders({ bytes: buf, location: { file, index: 1, offset: 0 }, envelope: { format: 'eml' } });
}

export function fixtureBytes(name: string): Buffer {
  return readFileSync(new URL(name, AUTH_FIXTURES));
}

export function fixtureMessage(name: string): Message {
  return messageFromBytes(fixtureBytes(name), name);
}

/** The value of a one-header fixture file ("Name: value", folded), unfolded. */
export function fixtureHeaderValue(name: string): string {
  const text = fixtureBytes(name).toString('utf8');
  const colon = text.indexOf(':');
  return text.slice(colon + 1).replace(/\r?\n(?=[ \t])/g, '').trim();
}
