import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readInputs, type InputEvent, type RawMessage, type ReadInputsOptions } from '../../src/input/index.js';

export const fixtureDir = fileURLToPath(new URL('../../fixtures/input/', import.meta.url));

export function fixture(name: string): string {
  return fixtureDir + name;
}

export async function collect(paths: string[], options?: ReadInputsOptions): Promise<InputEvent[]> {
  const events: InputEvent[] = [];
  for await (const event of readInputs(paths, options)) events.push(event);
  return events;
}

export function messagesOf(events: InputEvent[]): RawMessage[] {
  return events.flatMap((e) => (e.type === 'message' ? [e.message] : []));
}

export function texts(events: InputEvent[]): string[] {
  return messagesOf(events).map((m) => m.bytes.toString('latin1'));
}

/** The bytes of `file` from `offset` on, as text: what a user finds at a reported location. */
export function fileFrom(file: string, offset: number): string {
  return readFileSync(file).subarray(offset).toString('latin1');
}
