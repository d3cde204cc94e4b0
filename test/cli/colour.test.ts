import { describe, expect, it } from 'vitest';
import { chalkFor } from '../../src/cli/colour.js';

const tty = { isTTY: true, getColorDepth: () => 8 } as unknown as NodeJS.WriteStream;
const pipe = { isTTY: false } as unknown as NodeJS.WriteStream;

describe('colour selection', () => {
  it('uses colour on a terminal', () => {
    expect(chalkFor(tty, undefined, {}).level).toBeGreaterThan(0);
  });
  it('uses none when output is piped', () => {
    expect(chalkFor(pipe, undefined, {}).level).toBe(0);
  });
  it('honours --no-color over everything', () => {
    expect(chalkFor(tty, false, { FORCE_COLOR: '3' }).level).toBe(0);
  });
  it('honours NO_COLOR with any non-empty value, and ignores it when empty', () => {
    expect(chalkFor(tty, undefined, { NO_COLOR: '1' }).level).toBe(0);
    expect(chalkFor(tty, undefined, { NO_COLOR: '' }).level).toBeGreaterThan(0);
  });
  it('honours FORCE_COLOR even when piped', () => {
    expect(chalkFor(pipe, undefined, { FORCE_COLOR: '1' }).level).toBe(1);
    expect(chalkFor(tty, undefined, { FORCE_COLOR: '0' }).level).toBe(0);
  });
  it('gives a dumb terminal no colour', () => {
    expect(chalkFor(tty, undefined, { TERM: 'dumb' }).level).toBe(0);
  });
});
