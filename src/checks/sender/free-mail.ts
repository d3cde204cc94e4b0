/**
 * Free-mail providers: anyone can open an account there, and Amazon never sends from one. Matched on the
 * registrable domain. Sources: SpamAssassin FreeMail plugin's default list (common providers), Sublime's
 * `free_email_providers` list, and the Japanese carriers' and portals' mail domains.
 */
import { registrableDomain } from '../../amazon/index.js';

const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'ymail.com', 'rocketmail.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com',
  'msn.com', 'protonmail.com', 'proton.me', 'pm.me', 'zoho.com', 'gmx.com', 'gmx.net', 'web.de', 'mail.com',
  'mail.ru', 'inbox.ru', 'bk.ru', 'list.ru', 'yandex.com', 'yandex.ru', 'tutanota.com', 'tuta.io',
  'qq.com', '163.com', '126.com', 'sina.com', 'naver.com', 'daum.net', 'hanmail.net', 'rediffmail.com',
  'libero.it', 'orange.fr', 'laposte.net', 'free.fr', 'wanadoo.fr', 't-online.de', 'freenet.de', 'bol.com.br',
  'uol.com.br', 'terra.com.br',
  // Japan: carriers (docomo, au/KDDI, SoftBank, Y!mobile, Rakuten Mobile) and portals
  'docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'softbank.ne.jp', 'i.softbank.jp', 'ymobile.ne.jp', 'rakumail.jp',
  'yahoo.co.jp', 'excite.co.jp', 'goo.jp', 'livedoor.com', 'nifty.com', 'biglobe.ne.jp', 'ocn.ne.jp',
]);

/** Providers with one registrable label under many suffixes: yahoo.com, yahoo.fr, hotmail.co.uk, live.jp … */
const FREE_MAIL_LABELS: ReadonlySet<string> = new Set(['yahoo', 'hotmail', 'outlook', 'live', 'gmx', 'yandex']);

/** The free-mail domain a host belongs to, or null. */
export function freeMailProvider(domain: string): string | null {
  const reg = registrableDomain(domain);
  if (!reg) return null;
  if (FREE_MAIL_DOMAINS.has(reg)) return reg;
  // i.softbank.jp is itself the provider's domain, below the registrable softbank.jp
  const host = domain.toLowerCase();
  for (const d of FREE_MAIL_DOMAINS) if (host === d || host.endsWith('.' + d)) return d;
  return FREE_MAIL_LABELS.has(reg.split('.')[0]) ? reg : null;
}
