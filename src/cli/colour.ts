import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Colour only when it helps: --no-color and NO_COLOR (any non-empty value, no-color.org) switch it off,
 * FORCE_COLOR switches it on, TERM=dumb and non-TTY output get none.
 */
export function chalkFor(stream: NodeJS.WriteStream, flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  if (flag === false) return new Chalk({ level: 0 });
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return new Chalk({ level: 0 });
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return new Chalk({ level: 0 });
    const n = Number(force);
    return new Chalk({ level: n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1 });
  }
  if (!stream.isTTY || env.TERM === 'dumb') return new Chalk({ level: 0 });
  const depth = stream.getColorDepth?.() ?? 4;
  return new Chalk({ level: depth >= 24 ? 3 : depth >= 8 ? 2 : 1 });
}
