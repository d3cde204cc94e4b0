/**
 * Links, as data: what Amazon's own links look like, which services rewrite or redirect links (so a link is
 * judged by where it ends), which hosts shorten links or host anyone's pages, and the words that mark a link
 * as a sign-in, password, account or payment link. The links check reads these lists; nothing else in it
 * hard-codes a host or a word. Every entry says where it comes from.
 */
import type { HostListName } from './host-lists/data.js';

/** What a link is for, as far as its words and path tell. Ordered from most to least sensitive. */
export type LinkPurpose = 'password-reset' | 'sign-in' | 'payment' | 'account' | 'order' | 'other';

/** A genuine Amazon link pattern: on an Amazon host, a path that starts with `pathPrefix`. */
export interface AmazonLinkPattern {
  name: string;
  pathPrefix: string;
  purpose: LinkPurpose;
  source: string;
}

const ANCHORS_31 = 'docs/sources.md#amazons-own-guidance (Amazon help page G4YFYCCNUSENA23B and the Japanese sign-in alert samples)';
const ORDER_MAIL = 'corpus amazon-legit/etl-amazon-order-faucet.eml (genuine Amazon.com order confirmation, 2025)';

/** Paths of Amazon's own pages that its account and order mails link to. Matched case-insensitively. */
export const AMAZON_LINK_PATTERNS: readonly AmazonLinkPattern[] = [
  { name: 'sign-in-approval', pathPrefix: '/a/c/r/', purpose: 'sign-in', source: ANCHORS_31 + ': approve/deny link https://www.amazon.co.jp/a/c/r/<token>' },
  { name: 'sign-in', pathPrefix: '/ap/signin', purpose: 'sign-in', source: 'Amazon sign-in page (www.amazon.*/ap/signin), linked from account mails' },
  { name: 'password-assistance', pathPrefix: '/ap/forgotpassword', purpose: 'password-reset', source: 'Amazon password assistance page (/ap/forgotpassword)' },
  { name: 'account-settings', pathPrefix: '/ap/cnep', purpose: 'account', source: 'Amazon "Login & security" page (/ap/cnep)' },
  { name: 'order-details', pathPrefix: '/gp/css/order-details', purpose: 'order', source: ORDER_MAIL },
  { name: 'order-history', pathPrefix: '/gp/css/order-history', purpose: 'order', source: ORDER_MAIL },
  { name: 'order-details', pathPrefix: '/gp/your-account/order-details', purpose: 'order', source: 'Amazon order details page (older path)' },
  { name: 'shipment-tracking', pathPrefix: '/progress-tracker/', purpose: 'order', source: 'Amazon shipment tracking page linked from shipment mails' },
  { name: 'shipment-tracking', pathPrefix: '/gp/your-account/ship-track', purpose: 'order', source: 'Amazon shipment tracking page (older path)' },
  { name: 'payment-settings', pathPrefix: '/cpe/yourpayments', purpose: 'payment', source: 'Amazon "Your Payments" page' },
  { name: 'prime-payment-settings', pathPrefix: '/gp/primecentral/editpaymentpreference', purpose: 'payment', source: 'Prime payment preference page (seen wrapped in corpus pp-sample-274)' },
  { name: 'your-account', pathPrefix: '/your-account', purpose: 'account', source: ORDER_MAIL },
  { name: 'your-account', pathPrefix: '/gp/css/homepage', purpose: 'account', source: 'Amazon "Your Account" page' },
  { name: 'message-center', pathPrefix: '/gp/message', purpose: 'account', source: 'Amazon Message Center (docs/sources.md#amazons-own-guidance: Amazon tells users to check mails there)' },
];

/**
 * A service that rewrites or forwards links and writes the destination into the link itself, so it can be
 * read without fetching anything.
 *   `hosts`: exact hosts or `*.suffix`; `pathPrefix`: the redirect endpoint; `param`: the query parameter
 *   holding the destination; `encoding`: how that value is written beyond ordinary percent-encoding.
 */
export interface Redirector {
  name: string;
  hosts: readonly string[];
  /** Also match any host whose registrable domain is an Amazon domain (Amazon's own click tracker). */
  anyAmazonHost?: boolean;
  /** Match any host whose registrable domain starts with this label, e.g. `google.` for google.co.jp. */
  registrableLabel?: string;
  pathPrefix: string;
  param: readonly string[];
  encoding: 'plain' | 'proofpoint-v2' | 'proofpoint-v3' | 'bing-ck' | 'path-after-token' | 'base64';
  source: string;
}

export const REDIRECTORS: readonly Redirector[] = [
  {
    name: 'amazon-click-tracker',
    hosts: [],
    anyAmazonHost: true,
    pathPrefix: '/gp/r.html',
    param: ['U'],
    encoding: 'plain',
    source: ORDER_MAIL + ': every link is www.amazon.com/gp/r.html?...&U=<destination>',
  },
  {
    name: 'amazon-click-tracker',
    hosts: [],
    anyAmazonHost: true,
    pathPrefix: '/gp/f.html',
    param: ['U'],
    encoding: 'plain',
    source: 'Amazon marketing mails: www.amazon.*/gp/f.html?...&U=<destination> (same scheme as /gp/r.html)',
  },
  {
    // An open redirect on Amazon's own hosts: a link that starts at amazon.com and ends anywhere (issue 21).
    name: 'amazon-open-redirect',
    hosts: [],
    anyAmazonHost: true,
    pathPrefix: '/gp/redirect.html',
    param: ['location'],
    encoding: 'plain',
    source: 'Amazon redirect page www.amazon.*/gp/redirect.html?location=<destination>, abused by phishing to start links at Amazon (docs/sources.md#redirectors-written-into-links)',
  },
  {
    name: 'bing-click-tracker',
    hosts: ['www.bing.com', 'bing.com', 'cn.bing.com'],
    pathPrefix: '/ck/a',
    param: ['u'],
    encoding: 'bing-ck',
    source: 'Bing result click tracker https://www.bing.com/ck/a?...&u=a1<base64url of the destination>, abused by phishing as a redirect (docs/sources.md#redirectors-written-into-links)',
  },
  {
    name: 'microsoft-safe-links',
    hosts: ['*.safelinks.protection.outlook.com'],
    pathPrefix: '/',
    param: ['url'],
    encoding: 'plain',
    source: 'Microsoft Defender for Office 365 Safe Links: https://<region>.safelinks.protection.outlook.com/?url=<destination>&data=...',
  },
  {
    name: 'proofpoint-url-defense-v1',
    hosts: ['urldefense.proofpoint.com'],
    pathPrefix: '/v1/url',
    param: ['u'],
    encoding: 'plain',
    source: 'Proofpoint URL Defense v1: /v1/url?u=<percent-encoded destination>&k=...',
  },
  {
    name: 'proofpoint-url-defense-v2',
    hosts: ['urldefense.proofpoint.com'],
    pathPrefix: '/v2/url',
    param: ['u'],
    encoding: 'proofpoint-v2',
    source: 'Proofpoint URL Defense v2: /v2/url?u=<destination with % written as - and / as _>&d=...',
  },
  {
    name: 'proofpoint-url-defense-v3',
    hosts: ['urldefense.com'],
    pathPrefix: '/v3/__',
    param: [],
    encoding: 'proofpoint-v3',
    source: "Proofpoint URL Defense v3: /v3/__<destination>__;<base64 of replaced characters>!!... (Proofpoint's published decoder)",
  },
  {
    name: 'google-redirect',
    hosts: [],
    registrableLabel: 'google',
    pathPrefix: '/url',
    param: ['q', 'url'],
    encoding: 'plain',
    source: 'Google search and Gmail redirect: https://www.google.<tld>/url?q=<destination>',
  },
  {
    name: 'facebook-link-shim',
    hosts: ['l.facebook.com', 'lm.facebook.com'],
    pathPrefix: '/l.php',
    param: ['u'],
    encoding: 'plain',
    source: 'Facebook link shim: https://l.facebook.com/l.php?u=<destination>',
  },
  {
    name: 'youtube-redirect',
    hosts: ['www.youtube.com', 'youtube.com'],
    pathPrefix: '/redirect',
    param: ['q'],
    encoding: 'plain',
    source: 'YouTube description links: https://www.youtube.com/redirect?q=<destination>',
  },
  {
    name: 'linkedin-redirect',
    hosts: ['www.linkedin.com'],
    pathPrefix: '/redir/redirect',
    param: ['url'],
    encoding: 'plain',
    source: 'LinkedIn outbound links: https://www.linkedin.com/redir/redirect?url=<destination>',
  },
  {
    name: 'slack-redirect',
    hosts: ['slack-redir.net'],
    pathPrefix: '/link',
    param: ['url'],
    encoding: 'plain',
    source: 'Slack outbound links: https://slack-redir.net/link?url=<destination>',
  },
  {
    name: 'vk-away',
    hosts: ['away.vk.com', 'vk.com'],
    pathPrefix: '/away.php',
    param: ['to'],
    encoding: 'plain',
    source: 'VK outbound links: https://vk.com/away.php?to=<destination>',
  },
  {
    name: 'steam-linkfilter',
    hosts: ['steamcommunity.com'],
    pathPrefix: '/linkfilter/',
    param: ['url', 'u'],
    encoding: 'plain',
    source: 'Steam outbound link warning page: https://steamcommunity.com/linkfilter/?url=<destination>',
  },
  {
    name: 'duckduckgo-redirect',
    hosts: ['duckduckgo.com'],
    pathPrefix: '/l/',
    param: ['uddg'],
    encoding: 'plain',
    source: 'DuckDuckGo result links: https://duckduckgo.com/l/?uddg=<destination>',
  },
  {
    name: 'barracuda-link-protection',
    hosts: ['linkprotect.cudasvc.com'],
    pathPrefix: '/url',
    param: ['a'],
    encoding: 'plain',
    source: 'Barracuda Link Protection: https://linkprotect.cudasvc.com/url?a=<destination>&c=...',
  },
  {
    name: 'trellix-fireeye-protect',
    hosts: ['protect2.fireeye.com'],
    pathPrefix: '/v1/url',
    param: ['u'],
    encoding: 'plain',
    source: 'Trellix (FireEye) Email Security URL rewriting: https://protect2.fireeye.com/v1/url?k=...&u=<destination>',
  },
  {
    name: 'cisco-secure-email',
    hosts: ['secure-web.cisco.com'],
    pathPrefix: '/',
    param: [],
    encoding: 'path-after-token',
    source: 'Cisco Secure Email URL rewriting: https://secure-web.cisco.com/<token>/<percent-encoded destination> (docs/sources.md#link-rewriting-gateways)',
  },
  {
    name: 'sophos-time-of-click',
    hosts: ['*.protection.sophos.com'],
    pathPrefix: '/',
    param: ['u'],
    encoding: 'base64',
    source: 'Sophos Email time-of-click protection: https://<region>.protection.sophos.com?d=<domain>&u=<base64 destination>&... (docs/sources.md#link-rewriting-gateways)',
  },
  {
    name: 'trend-micro-clicktime',
    hosts: ['*.trendmicro.com'],
    pathPrefix: '/wis/clicktime/v1/query',
    param: ['url'],
    encoding: 'plain',
    source: 'Trend Micro Email Security time-of-click protection: /wis/clicktime/v1/query?url=<destination>&umid=...',
  },
];

/**
 * A host (or host + path prefix) on one of the host lists. The lists here are amzcheck's own; the lists of
 * Sublime Security (src/amazon/host-lists/) are read into the same shape, with `list` naming the list.
 */
export interface HostEntry {
  /** Exact host, or registrable domain when `anySubdomain` is set. */
  host: string;
  /** The host itself and any name under it. */
  anySubdomain?: boolean;
  /** Only names under the host, and not `www.` + host: the tenants of a service, not the service's own site. */
  subdomainOnly?: boolean;
  pathPrefix?: string;
  /** The Sublime list the entry comes from; absent for amzcheck's own entries in this file. */
  list?: HostListName;
  source: string;
}

const SHORTENER = 'public URL shortener: anyone can create a link that hides its destination';

/**
 * Shorteners missing from Sublime's url_shorteners list (src/amazon/host-lists/), which the links check reads
 * first; together they are the shorteners amzcheck knows.
 */
export const URL_SHORTENERS: readonly HostEntry[] = [
  ...['x.gd', 'urlshortener.jp', 'u0u1.net', 'lnk.to', 'soo.gd', 'did.li', 'trk2.de'].map((host) => ({ host, source: SHORTENER })),
  { host: 'aka.ms', source: "Microsoft's shortener; seen hiding a destination in corpus pp-sample-1201 (Amazon phish)" },
  { host: 'www.linkedin.com', pathPrefix: '/slink', source: 'LinkedIn short links; abused in corpus pp-sample-274 and pp-sample-694 (Prime phish)' },
];

/**
 * Amazon's own short links. They only ever lead to Amazon pages, so a link here is judged as Amazon's.
 */
export const AMAZON_SHORT_LINK_HOSTS: readonly HostEntry[] = [
  { host: 'amzn.to', source: 'Amazon Associates short links (always resolve to an Amazon product page)' },
  { host: 'amzn.asia', source: 'Amazon short links for Asian marketplaces (amazon.co.jp share links)' },
  { host: 'a.co', source: "Amazon's share-link shortener (a.co/d/<id>)" },
];

/**
 * Amazon's own static-content hosts: the images and documents its mails link to (product images, logos, the
 * withdrawal forms of the EU marketplaces). Amazon's registrable domains, not rentable services, so a link
 * here is judged as Amazon's.
 */
export const AMAZON_CONTENT_HOSTS: readonly HostEntry[] = [
  { host: 'media-amazon.com', anySubdomain: true, source: 'Amazon image CDN (m.media-amazon.com) in genuine Amazon mail (docs/sources.md#genuine-amazon-headers)' },
  { host: 'ssl-images-amazon.com', anySubdomain: true, source: 'Amazon image and document CDN (images-na/images-eu.ssl-images-amazon.com) in genuine Amazon mail (docs/sources.md#genuine-amazon-headers)' },
  { host: 'images-amazon.com', anySubdomain: true, source: 'Amazon image CDN (g-ecx.images-amazon.com) in older genuine Amazon mail (docs/sources.md#genuine-amazon-headers)' },
];

const FREE_HOSTING = 'free or self-service hosting: anyone can publish a page here';
const IPFS_GATEWAY =
  'public IPFS gateway: serves any file put on IPFS under its content id (ipfs/public-gateway-checker, https://github.com/ipfs/public-gateway-checker)';

/**
 * Hosts where anyone can put up a page in minutes and that Sublime's lists (src/amazon/host-lists/, read first
 * by the links check) lack. Amazon never links to them; phishing pages live there (corpus: *.firebaseapp.com
 * senders, a digitaloceanspaces.com page in pp-sample-7651). Amazon's own rentable infrastructure (S3,
 * CloudFront, Amplify) is in domains.ts and judged separately.
 */
export const FREE_HOSTING_HOSTS: readonly HostEntry[] = [
  ...[
    'netlify.com', 'gitlab.io', 'replit.dev', 'weeblysite.com', 'strikingly.com', 'yolasite.com', 'webnode.page',
    'carrd.co', 'mailchimpsites.com', 'wcomhost.com', 'ngrok-free.app', 'ngrok.app', 'firebasestorage.app', 'ddns.net',
  ].map((host) => ({ host, anySubdomain: true, source: FREE_HOSTING })),
  ...['dweb.link', 'cloudflare-ipfs.com', 'w3s.link', 'nftstorage.link', '4everland.io', 'mypinata.cloud'].map((host) => ({
    host,
    anySubdomain: true,
    source: IPFS_GATEWAY,
  })),
  { host: 'gateway.pinata.cloud', source: IPFS_GATEWAY },
  { host: 'forms.gle', source: 'Google Forms short links: anyone can build a form that asks for a password' },
];

/**
 * Words that mark what a link is for, matched against its visible text (NFKC, lower-cased). Japanese and
 * English first (the users amzcheck is for), plus the languages of the corpus's Amazon phish (de, fr, es, pt).
 * Japanese entries match anywhere (Japanese has no spaces). Latin-script entries match as whole words; an
 * entry ending in "*" is a stem that may continue ("verif*" for verify, verification, vérifier is separate).
 * Whole words matter: "conta" (pt) must not fire on "Contact us" (corpus pp-sample-274).
 */
export const PURPOSE_WORDS: Readonly<Record<Exclude<LinkPurpose, 'other'>, readonly string[]>> = {
  'password-reset': [
    'パスワード', '暗証番号', 'password*', 'passcode', 'passwort*', 'mot de passe', 'contraseña', 'senha',
  ],
  'sign-in': [
    'ログイン', 'サインイン', 'ログオン', '承認', '否認', 'sign in', 'sign-in', 'signin', 'log in', 'log-in',
    'login', 'log on', 'anmeld*', 'einloggen', 'se connecter', 'connexion', 'iniciar sesión', 'iniciar sessão',
    'customer portal', 'kundenportal', 'マイページ',
  ],
  payment: [
    'お支払', '支払い', '支払方法', '決済', 'クレジットカード', 'カード情報', '請求', 'payment*', 'billing',
    'credit card', 'card details', 'zahlung*', 'kreditkarte*', 'paiement*', 'pago', 'pagamento', 'cartão',
    'retirer', 'fonds', 'fondos',
  ],
  account: [
    'アカウント', '確認', '更新', '認証', '解除', '復元', '再開', 'ロック', '会員情報', '登録情報', '個人情報',
    '変更', 'verif*', 'confirm*', 'updat*', 'unlock*', 'restor*', 'reactivat*', 'validat*', 'account', 'suspen*',
    'secure your', 'bestätig*', 'aktualisier*', 'konto', 'sicherheits*', 'vérifi*', 'confirmer', 'compte',
    'verificar', 'confirme', 'actualizar', 'cuenta', 'atualizar', 'conta',
  ],
  order: [
    '注文', '配送', 'お届け', '追跡', '発送', 'order*', 'shipment*', 'tracking', 'deliver*', 'bestellung*',
    'commande*', 'pedido*',
  ],
};

/**
 * Path segments (split on non-alphanumerics, lower-cased) that mark a phishing page's purpose. Whole tokens
 * only, so "blogin" or "accounting" do not count.
 */
export const PURPOSE_PATH_TOKENS: Readonly<Record<Exclude<LinkPurpose, 'other'>, readonly string[]>> = {
  'password-reset': ['password', 'passwd', 'forgotpassword', 'resetpassword', 'reset'],
  'sign-in': ['signin', 'sign-in', 'login', 'log-in', 'logon', 'auth', 'authenticate', 'sso'],
  payment: ['payment', 'payments', 'billing', 'card', 'cards', 'wallet', 'checkout', 'editpaymentpreference'],
  account: ['account', 'verify', 'verification', 'confirm', 'update', 'unlock', 'restore', 'secure', 'security', 'validate', 'suspended'],
  order: ['order', 'orders', 'tracking', 'track', 'shipment', 'delivery'],
};

/**
 * File extensions that are also country-code TLDs. A token like "setup.py" or "README.md" in a plain-text
 * mail (kernel patches in the corpus) is a file name, not a domain someone could click. Marketplace TLDs
 * (pl, es, in ...) are deliberately absent: "amazon.pl" written in text must still be seen.
 */
export const FILE_EXTENSIONS_THAT_ARE_TLDS: readonly string[] = [
  'md', 'py', 'sh', 'pm', 'rs', 'so', 'cc', 'mk', 'ps', 'ml', 'am', 'ac', 'zip', 'mov',
];
