/**
 * Words phishers attach to a brand in domain names (combo-squatting). Sources: Chromium's lookalike keyword
 * list (account activate admin login password secure security signin wallet …), dnstwist
 * dictionaries/english.dict, phishing_catcher suspicious.yaml, and the JPCERT / フィッシング対策協議会
 * Amazon alerts (docs/sources.md#lookalike-research and #phishing-patterns: "amazon.jp-sign…",
 * "helpdesk-amaznaccount-verifynow-account-limited-japan"). A brand followed only by these words (and digits) is a
 * combo-squat; anything else (amazonwatch, amazonas) is not claimed to be one.
 */
export const COMBO_KEYWORDS: ReadonlySet<string> = new Set([
  // account and sign-in
  'account', 'accounts', 'acount', 'activate', 'activation', 'access', 'admin', 'auth', 'authentication',
  'id', 'login', 'logon', 'log', 'logout', 'signin', 'sign', 'signout', 'signup', 'in', 'on', 'user', 'users',
  'password', 'pass', 'reset', 'recovery', 'restore', 'unlock', 'locked', 'lock', 'verify', 'verifynow',
  'verification', 'verified', 'confirm', 'confirmation', 'check', 'validate', 'validation', 'update', 'updates',
  'renew', 'renewal', 'limited', 'limit', 'suspend', 'suspended', 'hold', 'cancel', 'alert', 'alerts',
  'notice', 'notification', 'notifications', 'info', 'information', 'now', 'enter', 'code', 'codes',
  // security
  'secure', 'security', 'securty', 'safe', 'safety', 'protect', 'protection', 'ssl', 'session', 'sso',
  // service
  'service', 'services', 'support', 'help', 'helpdesk', 'desk', 'customer', 'customers', 'care', 'center',
  'centre', 'team', 'official', 'online', 'web', 'net', 'portal', 'app', 'apps', 'mobile', 'mail', 'email',
  'contact', 'my', 'www', 'home', 'main', 'jp', 'japan', 'global', 'mypage',
  // money and orders
  'pay', 'payment', 'payments', 'billing', 'bill', 'invoice', 'wallet', 'card', 'cards', 'visa', 'refund',
  'refunds', 'order', 'orders', 'shop', 'shopping', 'store', 'deal', 'deals', 'gift', 'giftcard', 'gifts',
  'reward', 'rewards', 'prize', 'points', 'point', 'coupon', 'sale', 'delivery', 'shipping', 'ship', 'track',
  'tracking', 'return', 'returns', 'seller', 'sellers', 'business', 'review',
  // Amazon products a lure names
  'prime', 'video', 'music', 'kindle', 'alexa', 'tv', 'mytv', 'member', 'membership', 'members',
  // registry words written into the label (amazon-co-jp, amazoncom-login)
  'co', 'com', 'ne', 'or', 'cojp', 'couk', 'de', 'fr', 'uk', 'us', 'it', 'es', 'ca', 'mx', 'br', 'au', 'sg',
  'ae', 'sa', 'pl', 'se', 'nl', 'be', 'tr', 'eg', 'za', 'ie', 'cn',
  // Japanese words in IDN labels (Latin may mix with katakana/kanji under Chromium's rules, so the brand with
  // these is not caught as mixed script): アマゾン-ログイン, amazon-ログイン.com
  'ログイン', 'サインイン', 'アカウント', 'セキュリティ', 'プライム', 'サポート', 'カスタマー', 'センター',
  '公式', '確認', '更新', '本人確認', '認証', 'お支払い', '支払い', '注文', '会員', 'ギフト', 'ギフト券', 'ポイント',
]);

const MAX_KEYWORD = Math.max(...[...COMBO_KEYWORDS].map((k) => k.length));

/**
 * The keywords `chunk` splits into with nothing left over (e.g. "verifynowaccount" → verifynow, account), or
 * null. Dynamic programming over at most 63 letters (one DNS label).
 */
export function splitIntoKeywords(chunk: string): string[] | null {
  const n = Math.min(chunk.length, 63);
  if (n === 0) return [];
  const prev: number[] = new Array(n + 1).fill(-1);
  prev[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_KEYWORD); start < end; start++) {
      if (prev[start] === -1) continue;
      if (COMBO_KEYWORDS.has(chunk.slice(start, end))) {
        prev[end] = start;
        break;
      }
    }
  }
  if (prev[n] === -1 || chunk.length > 63) return null;
  const words: string[] = [];
  for (let end = n; end > 0; end = prev[end]) words.unshift(chunk.slice(prev[end], end));
  return words;
}
