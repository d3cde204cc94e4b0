/**
 * Images hot-linked from Amazon's own image hosts (amazon/link-patterns.ts AMAZON_CONTENT_HOSTS: m.media-amazon.com,
 * images-na.ssl-images-amazon.com, g-ecx.images-amazon.com ...). Amazon's mail shows them; so does mail that
 * poses as Amazon (its logo, hot-linked: corpus amazon-phish "amzn_logo_110x48.png", "a_br_logo_303x96.png")
 * and, with product images, a newsletter that only mentions Amazon. The logo is the letterhead of a mail that
 * presents itself as Amazon; any other image is a mention.
 */
import { AMAZON_CONTENT_HOSTS } from '../amazon/link-patterns.js';

export interface AmazonImage {
  host: string;
  /** The image's path names a logo (".../logos/a_br_logo_303x96.png", ".../amzn_logo_110x48.png"). */
  logo: boolean;
}

const MAX_URL = 2048;
const LOGO = /logo/i;

/** The Amazon image host `src` loads from (http, https or protocol-relative), or null. */
export function amazonImageHost(src: string): AmazonImage | null {
  const written = src.trim().slice(0, MAX_URL);
  const absolute = written.startsWith('//') ? `https:${written}` : written;
  if (!/^https?:\/\//i.test(absolute)) return null;
  let url: URL;
  try {
    url = new URL(absolute);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/(?<!\.)\.+$/, '');
  const entry = AMAZON_CONTENT_HOSTS.find((e) => host === e.host || (e.anySubdomain === true && host.endsWith(`.${e.host}`)));
  if (!entry) return null;
  return { host, logo: LOGO.test(url.pathname) };
}
