/**
 * Memo for judgements of one host, for the links check: the bounded memo of util/memo.ts with the last
 * host remembered in front of it. The links of a mail go to a few hosts one after the other (an Amazon
 * mail's ~20 click-tracker links and their destinations are all www.amazon.*), and every host string is a
 * fresh slice of its link, so a Map lookup hashes it each time; comparing with the last host does not.
 */
import { memoizeString } from '../../util/memo.js';

export function memoizeHost<T>(fn: (host: string) => T): (host: string) => T {
  const memo = memoizeString(fn);
  let lastHost: string | null = null;
  let lastValue: T | undefined;
  return (host: string): T => {
    if (host === lastHost) return lastValue as T;
    const value = memo(host);
    lastHost = host;
    lastValue = value;
    return value;
  };
}
