import { readFileSync } from 'node:fs';
import type { Envelope, RawMessage } from '../../src/input/types.js';

export const FIXTURES = new URL('../../fixtures/message/', import.meta.url);

export function rawFromBytes(bytes: Buffer, envelope: Partial<Envelope> = {}, file = 'test.eml'): RawMessage {
  return { bytes, location: { file, index: 1, offset: 0 }, envelope: { format: 'eml', ...envelope } };
}

export function rawFixture(name: string, envelope: Partial<Envelope> = {}): RawMessage {
  return rawFromBytes(readFileSync(new URL(name, FIXTURES)), envelope, name);
}

/** A message from header lines and a body, joined with the given line ending. */
export function rawMail(headers: string[], body = '', eol = '\r\n'): RawMessage {
  return rawFromBytes(Buffer.from(headers.join(eol) + eol + eol + body, 'utf8'));
}
