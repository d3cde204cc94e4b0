/**
 * What "Amazon" is, as data. Nothing else in amzcheck hard-codes an Amazon domain: checks read these lists.
 * Each entry says where it comes from (docs/sources.md#amazon-sending-domains has them with their sources).
 */

export interface DomainEntry {
  /** Registrable domain (eTLD+1 as amzcheck computes it, see registrableDomain()). */
  domain: string;
  /** Where we know this from. */
  source: string;
}

const SP_API = 'Amazon SP-API marketplace list (developer-docs.amazon.com/sp-api/docs/marketplace-ids)';

/** Retail marketplaces: the shops a customer has an account with. */
export const MARKETPLACE_DOMAINS: readonly (DomainEntry & { marketplace: string; language: string })[] = [
  { domain: 'amazon.com', marketplace: 'US', language: 'en', source: SP_API },
  { domain: 'amazon.ca', marketplace: 'CA', language: 'en', source: SP_API },
  { domain: 'amazon.com.mx', marketplace: 'MX', language: 'es', source: SP_API },
  { domain: 'amazon.com.br', marketplace: 'BR', language: 'pt', source: SP_API },
  { domain: 'amazon.ie', marketplace: 'IE', language: 'en', source: SP_API },
  { domain: 'amazon.es', marketplace: 'ES', language: 'es', source: SP_API },
  { domain: 'amazon.co.uk', marketplace: 'UK', language: 'en', source: SP_API },
  { domain: 'amazon.fr', marketplace: 'FR', language: 'fr', source: SP_API },
  { domain: 'amazon.com.be', marketplace: 'BE', language: 'fr', source: SP_API + '; the public suffix list has no com.be, Amazon owns com.be' },
  { domain: 'amazon.nl', marketplace: 'NL', language: 'nl', source: SP_API },
  { domain: 'amazon.de', marketplace: 'DE', language: 'de', source: SP_API },
  { domain: 'amazon.it', marketplace: 'IT', language: 'it', source: SP_API },
  { domain: 'amazon.se', marketplace: 'SE', language: 'sv', source: SP_API },
  { domain: 'amazon.co.za', marketplace: 'ZA', language: 'en', source: SP_API },
  { domain: 'amazon.pl', marketplace: 'PL', language: 'pl', source: SP_API },
  { domain: 'amazon.eg', marketplace: 'EG', language: 'ar', source: SP_API },
  { domain: 'amazon.com.tr', marketplace: 'TR', language: 'tr', source: SP_API },
  { domain: 'amazon.sa', marketplace: 'SA', language: 'ar', source: SP_API },
  { domain: 'amazon.ae', marketplace: 'AE', language: 'en', source: SP_API },
  { domain: 'amazon.in', marketplace: 'IN', language: 'en', source: SP_API },
  { domain: 'amazon.sg', marketplace: 'SG', language: 'en', source: SP_API },
  { domain: 'amazon.com.au', marketplace: 'AU', language: 'en', source: SP_API },
  { domain: 'amazon.co.jp', marketplace: 'JP', language: 'ja', source: SP_API },
];

/** Other names Amazon holds and sends from (allowlists of Sublime Security and rspamd, Amazon JP's sender list). */
export const OTHER_AMAZON_DOMAINS: readonly DomainEntry[] = [
  { domain: 'amazon.jp', source: 'Amazon.co.jp published sender list (docs/sources.md#published-sender-hosts)' },
  { domain: 'amazon.cn', source: 'Sublime impersonation_amazon.yml allowlist; rspamd spf_dkim_whitelist' },
  { domain: 'amazon.lu', source: 'Sublime impersonation_amazon.yml allowlist' },
  { domain: 'amazon.ru', source: 'rspamd spf_dkim_whitelist.inc' },
  { domain: 'amazon.ph', source: 'Sublime impersonation_amazon_suspicious_text.yml allowlist' },
  { domain: 'amazon.com.sg', source: 'Sublime impersonation_amazon.yml allowlist' },
  { domain: 'amazon.work', source: 'Sublime impersonation_amazon.yml allowlist' },
  { domain: 'amazon.jobs', source: 'Sublime impersonation_amazon.yml allowlist' },
  { domain: 'a2z.com', source: 'Sublime impersonation_amazon_suspicious_text.yml allowlist' },
  { domain: 'amazonpay.com', source: 'Sublime impersonation_amazon.yml allowlist' },
  { domain: 'amazonpay.in', source: 'Sublime impersonation_amazon.yml allowlist' },
  { domain: 'amazonmusic.com', source: 'Sublime impersonation_amazon.yml allowlist' },
  { domain: 'primevideo.com', source: 'no-reply@primevideo.com seen in the wild (docs/sources.md#other-amazon-domains)' },
  { domain: 'amazonbusiness.jp', source: 'no-reply@amazonbusiness.jp seen in the wild (docs/sources.md#other-amazon-domains)' },
  { domain: 'amazonsellerservices.com', source: 'Sublime impersonation_amazon.yml allowlist' },
  { domain: 'aws.com', source: 'Sublime impersonation_amazon.yml allowlist' },
  { domain: 'awsevents.com', source: 'Sublime impersonation_amazon.yml allowlist' },
  { domain: 'amazonconnect.com', source: 'Sublime allowlist (FP fix PR #3333)' },
  { domain: 'amazonworkspaces.com', source: 'Sublime allowlist (FP fix PR #3277)' },
  { domain: 'aws-experience.com', source: 'Sublime allowlist (FP fix PR #3353)' },
  { domain: 'marketplace.aws', source: 'Sublime impersonation_amazon.yml allowlist' },
  { domain: 'quicksight.aws', source: 'Sublime impersonation_amazon.yml allowlist' },
];

/**
 * Amazon's own top-level domain (.amazon, ICANN brand TLD): every name under it is Amazon's
 * (registrar.amazon, Sublime's allowlist; tldts treats `x.amazon` as its own registrable domain).
 */
export const AMAZON_BRAND_TLD = 'amazon';

/** The hosts (not just registrable domains) Amazon publishes as senders of its customer mail. */
export interface SenderHostEntry {
  host: string;
  source: string;
}

const JP_SENDER_LIST =
  "Amazon.co.jp published sender list, quoted as 「Amazon公式サイト」 by misanblog.com and koregasiritai.com (docs/sources.md#published-sender-hosts)";

/**
 * Amazon's published sender hosts. The registrable domains are already in the lists above; these say which
 * exact hosts Amazon mails from, so a report can tell "a host Amazon uses" from "some name under amazon.co.jp".
 */
export const PUBLISHED_SENDER_HOSTS: readonly SenderHostEntry[] = [
  { host: 'amazon.co.jp', source: JP_SENDER_LIST },
  { host: 'amazon.jp', source: JP_SENDER_LIST },
  { host: 'amazon.com', source: JP_SENDER_LIST },
  { host: 'business.amazon.co.jp', source: JP_SENDER_LIST },
  { host: 'email.amazon.com', source: JP_SENDER_LIST },
  { host: 'marketplace.amazon.co.jp', source: JP_SENDER_LIST },
  { host: 'm.marketplace.amazon.co.jp', source: JP_SENDER_LIST },
  { host: 'gc.email.amazon.co.jp', source: JP_SENDER_LIST },
  { host: 'gc.amazon.co.jp', source: JP_SENDER_LIST },
  { host: 'payments.amazon.co.jp', source: JP_SENDER_LIST },
  { host: 'bounces.amazon.co.jp', source: 'Return-Path of genuine Amazon.co.jp mail received by Gmail (docs/sources.md#genuine-amazon-headers)' },
  { host: 'bounces.amazon.com', source: 'Return-Path of a genuine amazon.com order mail (corpus etl-amazon-order-faucet.eml, docs/sources.md#real-samples-in-the-corpus)' },
  { host: 'primevideo.com', source: 'no-reply@primevideo.com seen in the wild (docs/sources.md#other-amazon-domains)' },
  { host: 'amazonbusiness.jp', source: 'no-reply@amazonbusiness.jp seen in the wild (docs/sources.md#other-amazon-domains)' },
];

/**
 * Envelope senders (Return-Path) that genuine Amazon mail uses: Amazon's own bounce hosts and SES. Seeing one
 * of these as Return-Path of a mail from an Amazon address is normal; it proves nothing on its own.
 */
export const AMAZON_BOUNCE_HOST_PREFIXES: readonly string[] = ['bounces.'];

/**
 * Amazon infrastructure that anyone can rent. A signature, Return-Path or link here proves nothing about
 * who wrote the mail: d=amazonses.com signs every SES customer's mail
 * (docs/sources.md#rentable-amazon-infrastructure).
 */
export const RENTABLE_AMAZON_INFRASTRUCTURE: readonly DomainEntry[] = [
  { domain: 'amazonses.com', source: 'Amazon SES: signs and sends mail for every SES customer' },
  { domain: 'amazonaws.com', source: 'AWS endpoints, including S3 buckets and S3 website hosting (SpamAssassin FSL_LINK_AWS_S3_WEB)' },
  { domain: 'amazonaws.cn', source: 'AWS China endpoints' },
  { domain: 'cloudfront.net', source: 'Amazon CloudFront CDN: any customer' },
  { domain: 'awsapps.com', source: 'AWS-hosted customer apps (WorkMail, SSO portals)' },
  { domain: 'amplifyapp.com', source: 'AWS Amplify hosting: any customer' },
];

/**
 * Host shapes of S3 static website hosting and buckets, all under amazonaws.com (already rentable above);
 * listed so the links check can name the technique (SpamAssassin FSL_LINK_AWS_S3_WEB, Sublime
 * attachment_pdf_single_page_s3_link.yml). Forms: bucket.s3-website-us-east-1.amazonaws.com,
 * bucket.s3-website.eu-west-1.amazonaws.com, bucket.s3.amazonaws.com, s3.us-east-1.amazonaws.com/bucket.
 */
export const S3_HOST_PATTERNS: readonly { pattern: RegExp; kind: 's3-website' | 's3-bucket'; source: string }[] = [
  {
    pattern: /(?:^|\.)s3-website[.-][a-z0-9-]{1,30}\.amazonaws\.com$/,
    kind: 's3-website',
    source: 'AWS S3 website endpoints (docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteEndpoints.html)',
  },
  {
    pattern: /(?:^|\.)s3(?:[.-][a-z0-9-]{1,30})?\.amazonaws\.com(?:\.cn)?$/,
    kind: 's3-bucket',
    source: 'AWS S3 virtual-hosted and path-style endpoints (docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html)',
  },
];

/** Domains the brand appears in but which are not Amazon's: real words. Never treat them as lookalikes. */
export const UNRELATED_BRAND_WORDS: readonly string[] = [
  'amazonas', // Brazilian state, Venezuelan state, Peruvian region
  'amazonia', // the rainforest (pt/es/it)
  'amazonie', // the rainforest (fr)
  'amazonien', // (de/fr)
  'amazonian',
  'amazona', // parrot genus
  'amazone', // fr/nl/de "Amazon" (warrior): only a claim when written as a brand, see claim.ts
  'amazones',
  'amazonite', // a mineral
  'amazonit',
];
