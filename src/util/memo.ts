/**
 * Memoise a pure function of one string. Mailboxes repeat hosts constantly (every newsletter, every
 * notification), and host judgements (lookalike, registrable domain) run on every message in the cheap pass.
 * Bounded: when full, the cache is cleared and refilled, so memory never grows with the mailbox.
 */
export function memoizeString<T>(fn: (key: string) => T, maxEntries = 4_096): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= maxEntries) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
