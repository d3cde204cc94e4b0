/**
 * The mail providers people receive Amazon mail at, and how each writes its trace: which hosts are its own,
 * which authserv-ids it writes, where its Authentication-Results sit and which of its own header fields are
 * mixed in with them. The trust rule (trust.ts) is the same for every provider; this table only tells it
 * which names belong to one organisation. docs/authentication.md ("Receiving providers") explains the rule.
 *
 * Keep it short and sourced. An entry extends trust only to hosts the provider itself writes as the
 * receiving side: a provider's results count when its own Received hop is the one that took the mail from
 * outside (its `by` host), never because a header names it.
 */

/** Where a provider writes its results relative to the Received hop that took the mail from outside. */
export type ResultsLayout =
  /** Directly below the entry hop, as the receiver's own trace fields (Gmail, Microsoft, iCloud). */
  | 'below-entry-hop'
  /** Above the entry hop, below a later internal hop of the same provider (Fastmail's milter). */
  | 'above-entry-hop'
  /** Above the topmost Received header, added at delivery (Yahoo, Proton). */
  | 'above-topmost-received';

export interface ReceivingProvider {
  name: string;
  /**
   * Registrable domains of the provider's receiving hosts and authserv-ids. They are one organisation: a hop
   * from one of them to another is internal, and an authserv-id under any of them is the provider's.
   */
  domains: readonly string[];
  /**
   * Host names without a domain that the provider's own MTAs write in their Received headers (iCloud:
   * "p00-icloudmta-smtpin-..."). Such a name counts as the provider's only in a hop that carries no public IP
   * address: a sending host can announce any name, but not one of the provider's internal hand-offs.
   */
  bareHosts?: readonly RegExp[];
  /** Writes Authentication-Results without an authserv-id; they are anchored by the provider's own hops. */
  anonymousResults?: boolean;
  /**
   * Header fields (lower-case; a trailing "*" matches a prefix) the provider writes among its results below
   * the entry hop, besides the standard trace fields; the receiver's run of fields does not end at them.
   */
  traceFields?: readonly string[];
  layout: ResultsLayout;
  /** authserv-ids the provider writes (documentation and tests; any name under `domains` is accepted). */
  authservIds: readonly string[];
  /** Where each fact comes from, and where the fixture's layout comes from. */
  source: string;
}

export const RECEIVING_PROVIDERS: readonly ReceivingProvider[] = [
  {
    name: 'Gmail',
    domains: ['google.com', 'gmail.com', 'googlemail.com'],
    layout: 'below-entry-hop',
    authservIds: ['mx.google.com'],
    traceFields: ['x-google-smtp-source', 'x-received'],
    source:
      'Received "by mx.google.com" with Received-SPF and Authentication-Results: mx.google.com below it, ARC-* (d=google.com) above: ' +
      'real Gmail-received Amazon mail in the corpus (docs/sources.md#real-samples-in-the-corpus); docs/sources.md#receiving-providers-headers',
  },
  {
    name: 'Microsoft 365 / Outlook.com',
    domains: ['outlook.com', 'office365.com', 'hotmail.com', 'microsoft.com'],
    anonymousResults: true,
    layout: 'below-entry-hop',
    authservIds: ['(none)', 'hotmail.com (stray, mid-header)', 'mx.microsoft.com 1 (ARC)'],
    traceFields: ['x-ms-exchange-*', 'x-ms-publictraffictype', 'x-ms-traffictypediagnostic', 'x-eopattributedmessage', 'x-eoptenantattributedmessage'],
    source:
      'Received "by *.prod.outlook.com" / "*.mail.protection.outlook.com" hops, Authentication-Results without authserv-id, ' +
      'Received-SPF "receiver=protection.outlook.com", ARC results "mx.microsoft.com 1": real mail in the corpus (phishing_pot ' +
      'samples received by Outlook.com, with and without ARC); docs/sources.md#receiving-providers-headers',
  },
  {
    name: 'iCloud Mail',
    domains: ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
    bareHosts: [/^p\d{2,3}-icloudmta-[a-z0-9-]+$/, /^p\d{2,3}-mailgateway-[a-z0-9-]+$/],
    layout: 'below-entry-hop',
    authservIds: ['dmarc.icloud.com', 'dkim-verifier.icloud.com', 'spf.icloud.com', 'arc.icloud.com', 'bimi.icloud.com'],
    traceFields: ['x-icl-*', 'x-apple-*', 'x-arc-info', 'x-dmarc-policy', 'x-dmarc-info', 'bimi-location', 'x-bimi-indicator-hash', 'original-recipient'],
    source:
      'Received "from a13-141.smtp-out.amazonses.com ... by p00-icloudmta-smtpin-us-central-1n-20-percent-2 (Postfix)" then ' +
      'X-ICL-*, X-ARC-Info, X-DMARC-* between one Authentication-Results per method (dmarc.icloud.com, dkim-verifier.icloud.com, ' +
      'spf.icloud.com): real Amazon.com mail received by iCloud in the corpus (docs/sources.md#real-samples-in-the-corpus, ' +
      'docs/sources.md#receiving-providers-headers)',
  },
  {
    name: 'Yahoo Mail',
    domains: ['yahoo.com', 'yahoo.net', 'yahoodns.net'],
    layout: 'above-topmost-received',
    authservIds: ['atlas-production.v2.mail-prod1-gq1.omega.yahoo.com'],
    traceFields: ['x-ymailisg', 'x-originating-ip', 'x-apparently-to'],
    source:
      'Authentication-Results above the topmost Received, the entry hop "by" an internal IP address, comment glued to the ' +
      'result, trailing ";": docs/sources.md#receiving-providers-headers (not in the corpus)',
  },
  {
    name: 'Yahoo! JAPAN Mail',
    domains: ['yahoo.co.jp', 'yahoo.ne.jp'],
    layout: 'above-topmost-received',
    authservIds: ['mta1011.mail.kks.yahoo.co.jp'],
    traceFields: ['x-apparently-to', 'x-ymailisg', 'x-yjfilter'],
    source:
      'Authentication-Results "mtaNNNN.mail.*.yahoo.co.jp" (authserv-id followed by "from=<domain>;" before the results) above ' +
      'the Received hop "by mtaNNNN.mail.*.yahoo.co.jp", as Yahoo! JAPAN Mail shows it in "ヘッダー情報を表示"; reconstructed, ' +
      'not captured mail (docs/sources.md#receiving-providers-headers)',
  },
  {
    name: 'docomo mail',
    domains: ['docomo.ne.jp', 'spmode.ne.jp'],
    layout: 'below-entry-hop',
    authservIds: ['mfsmax.docomo.ne.jp'],
    source: 'Received "by mfsmax.docomo.ne.jp" with Authentication-Results: mfsmax.docomo.ne.jp: docs/sources.md#receiving-providers-headers (shape, not captured mail)',
  },
  {
    name: 'au (KDDI) mail',
    domains: ['ezweb.ne.jp', 'au.com', 'auone.jp', 'kddi.com'],
    layout: 'below-entry-hop',
    authservIds: ['ezweb.ne.jp'],
    source:
      'au メール (au.com / ezweb.ne.jp) is received by *.ezweb.ne.jp and *.auone.jp hosts that write Authentication-Results ' +
      'with SPF and DKIM results; reconstructed like the docomo shape, not captured mail (docs/sources.md#receiving-providers-headers)',
  },
  {
    name: 'SoftBank mail',
    domains: ['softbank.ne.jp', 'softbank.jp', 'vodafone.ne.jp', 'disney.ne.jp'],
    layout: 'below-entry-hop',
    authservIds: ['softbank.ne.jp'],
    source:
      'SoftBank / Y!mobile carrier mail (softbank.ne.jp, i.softbank.jp) received by softbank.jp / softbank.ne.jp hosts; ' +
      'reconstructed like the docomo shape, not captured mail (docs/sources.md#receiving-providers-headers)',
  },
  {
    name: 'Fastmail',
    domains: ['messagingengine.com', 'fastmail.com', 'fastmail.fm'],
    layout: 'above-entry-hop',
    authservIds: ['mx6.messagingengine.com'],
    traceFields: ['x-me-*', 'x-spam-*', 'x-cyrus-session-id', 'x-sieve', 'x-resolved-to', 'x-delivered-to', 'x-mail-from'],
    source:
      'Received "by mxN.messagingengine.com (Postfix)" from the sender, above it Received "by mxN.messagingengine.com ' +
      '(Authentication Milter)" from localhost and ARC-*/Authentication-Results "mxN.messagingengine.com" (Fastmail\'s open-source ' +
      'authentication_milter, https://github.com/fastmail/authentication_milter); not in the corpus (docs/sources.md#receiving-providers-headers)',
  },
  {
    name: 'Proton Mail',
    domains: ['protonmail.ch', 'proton.me', 'protonmail.com', 'pm.me', 'proton.ch'],
    layout: 'above-topmost-received',
    authservIds: ['mailin012.protonmail.ch'],
    traceFields: ['x-pm-*'],
    source:
      'One Authentication-Results "mailinNNN.protonmail.ch" per method above the Received hop "by mailinNNN.protonmail.ch (Postfix)" ' +
      'as Proton Mail shows them in "View headers"; reconstructed, not captured mail (docs/sources.md#receiving-providers-headers)',
  },
];

interface PreparedProvider {
  provider: ReceivingProvider;
  exactFields: Set<string>;
  fieldPrefixes: string[];
}

const BY_DOMAIN = new Map<string, PreparedProvider>();
const PREPARED: PreparedProvider[] = RECEIVING_PROVIDERS.map((provider) => {
  const fields = provider.traceFields ?? [];
  const prepared = {
    provider,
    exactFields: new Set(fields.filter((f) => !f.endsWith('*'))),
    fieldPrefixes: fields.filter((f) => f.endsWith('*')).map((f) => f.slice(0, -1)),
  };
  for (const d of provider.domains) BY_DOMAIN.set(d, prepared);
  return prepared;
});

/** The provider whose domains include this registrable domain, or null. */
export function providerOfDomain(registrable: string | null): ReceivingProvider | null {
  return registrable === null ? null : (BY_DOMAIN.get(registrable)?.provider ?? null);
}

/** The provider whose own bare (domain-less) host name this is, or null. */
export function providerOfBareHost(host: string): ReceivingProvider | null {
  if (host.includes('.')) return null;
  for (const p of PREPARED) if (p.provider.bareHosts?.some((re) => re.test(host))) return p.provider;
  return null;
}

/**
 * The organisation a registrable domain stands for: the provider's first domain when it is one of a
 * provider's, else the domain itself. "hotmail.com" and "outlook.com" are one organisation.
 */
export function canonicalOrg(registrable: string): string {
  return BY_DOMAIN.get(registrable)?.provider.domains[0] ?? registrable;
}

/** Whether a provider writes this header field among its results (its `traceFields`). */
export function isProviderTraceField(provider: ReceivingProvider, name: string): boolean {
  const p = BY_DOMAIN.get(provider.domains[0]);
  if (!p) return false;
  return p.exactFields.has(name) || p.fieldPrefixes.some((prefix) => name.startsWith(prefix));
}
