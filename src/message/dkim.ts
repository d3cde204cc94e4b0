/** DKIM-Signature tag lists (RFC 6376 section 3.2), read as written; verification is the authentication check's job. */
import type { DkimSignature } from './types.js';

// RFC 6376 section 3.5: t= is seconds since the epoch; anything before 1990 or past 2100 is not a real time.
const MIN_TIME = Date.UTC(1990, 0, 1) / 1000;
const MAX_TIME = Date.UTC(2100, 0, 1) / 1000;

// The tags this model keeps; b= and bh= (the long ones) are left to the verifier, which reads `raw`.
const KEPT_TAGS = new Set(['d', 's', 'i', 'a', 'h', 't']);

const BLANKS = /\s+/g;

/**
 * Tag name to value, blanks removed (section 3.2 allows FWS around and, for most tags, inside values). Runs on
 * every DKIM-Signature of the header pass, so it walks the ";"-separated specs by offset instead of splitting
 * the value (b= alone is a few hundred chars); test/message/dkim-fast.test.ts compares it with the split form.
 */
export function parseTagList(value: string, wanted: ReadonlySet<string> | null = null): Map<string, string> {
  const tags = new Map<string, string>();
  for (let start = 0; start <= value.length; ) {
    let end = value.indexOf(';', start);
    if (end === -1) end = value.length;
    const eq = value.indexOf('=', start);
    if (eq !== -1 && eq < end) {
      const name = value.slice(start, eq).trim().toLowerCase();
      if (name && !tags.has(name) && (!wanted || wanted.has(name))) tags.set(name, value.slice(eq + 1, end).replace(BLANKS, ''));
    }
    start = end + 1;
  }
  return tags;
}

/** The signature's tags, or null when it lacks d= or s= (a signature nobody could verify). */
export function parseDkimSignature(value: string): DkimSignature | null {
  const tags = parseTagList(value, KEPT_TAGS);
  const domain = tags.get('d');
  const selector = tags.get('s');
  if (!domain || !selector) return null;
  const t = tags.get('t');
  const seconds = t && /^\d{1,12}$/.test(t) ? Number(t) : NaN;
  const signedAt = seconds >= MIN_TIME && seconds <= MAX_TIME ? new Date(seconds * 1000) : null;
  const h = tags.get('h');
  return {
    // The lookbehind keeps this linear: a bare /x+$/ retries from every x of a long run that is not at
    // the end (60,000 dots cost 3 s; scripts/check-regexes.mjs, test/hostile/redos.test.ts).
    domain: domain.toLowerCase().replace(/(?<!\.)\.+$/, ''),
    selector,
    identity: tags.get('i') || null,
    algorithm: tags.get('a')?.toLowerCase() || null,
    signedHeaders: h ? h.split(':').map((f) => f.toLowerCase()).filter(Boolean) : [],
    signedAt,
    raw: value,
  };
}
