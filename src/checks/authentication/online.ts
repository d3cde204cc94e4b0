/**
 * DNS for --online re-verification. Never used without --online (docs/sources.md#design-notes: offline by default).
 *
 * mailauth must always get a resolver: with its default one, a DNS server that does not answer costs 71 s a
 * message (docs/sources.md#mailauth-offline). Here: one try with a 2 s timeout, an in-process cache, in-flight
 * de-duplication, and a short circuit breaker so a mailbox scanned with dead DNS does not pay the timeout on every
 * message.
 * `--dns-cache FILE` uses mailauth's own JSON format ({ "name": { "TXT": [[...]] } }, see mailauth
 * lib/commands/report.js) so a recorded run can be replayed without network.
 */
import dns from 'node:dns';
import fs from 'node:fs';

export type DnsLookup = (name: string, rrtype: string) => Promise<unknown>;

export const DNS_TIMEOUT_MS = 2000;
/** After this many consecutive timeouts or refusals, DNS is considered down ... */
const FAILURES_BEFORE_BREAK = 2;
/** ... for this long: lookups then fail at once with a temporary error. */
const BREAK_MS = 30_000;

type CacheFile = Record<string, Record<string, unknown>>;

function dnsError(code: string, message: string): Error & { code: string } {
  const err = new Error(message) as Error & { code: string };
  err.code = code;
  return err;
}

function isNoRecord(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ENOTFOUND' || code === 'ENODATA' || code === dns.NOTFOUND || code === dns.NODATA;
}

export interface OnlineResolverOptions {
  /** Answer from this function instead of the network (tests, or a caller with its own DNS). */
  lookup?: DnsLookup;
  /** DNS servers for the network resolver (host or host:port), instead of the system's. */
  servers?: string[];
  cacheFile?: string;
  timeoutMs?: number;
}

export interface OnlineResolver {
  resolve: (name: string, rrtype: string) => Promise<unknown>;
  /** Write the cache file (when one was given). */
  flush: () => Promise<void>;
  /** How many lookups went past the cache. */
  readonly queries: number;
}

function readCacheFile(file: string): CacheFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return {};
    throw err;
  }
  const parsed: unknown = JSON.parse(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${file}: not a DNS cache (expected {"name": {"TXT": [...]}})`);
  }
  return parsed as CacheFile;
}

export function createOnlineResolver(options: OnlineResolverOptions = {}): OnlineResolver {
  const cache: CacheFile = options.cacheFile ? readCacheFile(options.cacheFile) : {};
  let dirty = false;
  const inFlight = new Map<string, Promise<unknown>>();
  let consecutiveFailures = 0;
  let downUntil = 0;
  let queries = 0;

  let lookup = options.lookup;
  if (!lookup) {
    const resolver = new dns.promises.Resolver({ timeout: options.timeoutMs ?? DNS_TIMEOUT_MS, tries: 1 });
    if (options.servers && options.servers.length > 0) resolver.setServers(options.servers);
    lookup = (name, rrtype) => resolver.resolve(name, rrtype);
  }
  const network = lookup;

  function cached(name: string, rrtype: string): { hit: boolean; value?: unknown } {
    const entry = Object.hasOwn(cache, name) ? cache[name] : undefined;
    if (!entry || !Object.hasOwn(entry, rrtype)) return { hit: false };
    return { hit: true, value: entry[rrtype] };
  }

  function store(name: string, rrtype: string, value: unknown): void {
    if (!Object.hasOwn(cache, name)) cache[name] = {};
    cache[name][rrtype] = value;
    dirty = true;
  }

  async function query(name: string, rrtype: string): Promise<unknown> {
    if (Date.now() < downUntil) throw dnsError('ETIMEOUT', `DNS considered down, ${rrtype} ${name} not queried`);
    queries++;
    try {
      const answer = await network(name, rrtype);
      consecutiveFailures = 0;
      store(name, rrtype, answer);
      return answer;
    } catch (err) {
      if (isNoRecord(err)) {
        consecutiveFailures = 0;
        // mailauth's replay treats a missing entry as ENOTFOUND; an empty answer keeps "asked, nothing there".
        store(name, rrtype, []);
        throw err;
      }
      consecutiveFailures++;
      if (consecutiveFailures >= FAILURES_BEFORE_BREAK) downUntil = Date.now() + BREAK_MS;
      throw err;
    }
  }

  async function resolve(rawName: string, rrtype: string): Promise<unknown> {
    const name = rawName.toLowerCase().replace(/\.$/, '');
    const c = cached(name, rrtype);
    if (c.hit) {
      if (Array.isArray(c.value) && c.value.length === 0) throw dnsError('ENOTFOUND', `${rrtype} ${name}: no record (cached)`);
      return c.value;
    }
    const key = `${rrtype} ${name}`;
    const pending = inFlight.get(key);
    if (pending) return pending;
    const p = query(name, rrtype).finally(() => inFlight.delete(key));
    inFlight.set(key, p);
    return p;
  }

  async function flush(): Promise<void> {
    if (!options.cacheFile || !dirty) return;
    const tmp = `${options.cacheFile}.${process.pid}.tmp`;
    await fs.promises.writeFile(tmp, JSON.stringify(cache, null, 2) + '\n');
    await fs.promises.rename(tmp, options.cacheFile);
    dirty = false;
  }

  return {
    resolve,
    flush,
    get queries() {
      return queries;
    },
  };
}
