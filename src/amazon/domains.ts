/**
 * What "Amazon" is, as data. Nothing else in amzcheck hard-codes an Amazon domain: checks read these lists.
 * Each entry says where it comes from (see ../shared/research/anchors.md section 3 for the research).
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
  { domain: 'amazon.jp', source: "Amazon.co.jp published sender list (anchors.md 3.2)" },
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
  { domain: 'primevideo.com', source: 'no-reply@primevideo.com seen in the wild (anchors.md 3.2)' },
  { domain: 'amazonbusiness.jp', source: 'no-reply@amazonbusiness.jp seen in the wild (anchors.md 3.2)' },
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
 * Amazon infrastructure that anyone can rent. A signature, Return-Path or link here proves nothing about
 * who wrote the mail: d=amazonses.com signs every SES customer's mail (anchors.md 3.2, design.md).
 */
export const RENTABLE_AMAZON_INFRASTRUCTURE: readonly DomainEntry[] = [
  { domain: 'amazonses.com', source: 'Amazon SES: signs and sends mail for every SES customer' },
  { domain: 'amazonaws.com', source: 'AWS endpoints, including S3 buckets and S3 website hosting (SpamAssassin FSL_LINK_AWS_S3_WEB)' },
  { domain: 'amazonaws.cn', source: 'AWS China endpoints' },
  { domain: 'cloudfront.net', source: 'Amazon CloudFront CDN: any customer' },
  { domain: 'awsapps.com', source: 'AWS-hosted customer apps (WorkMail, SSO portals)' },
  { domain: 'amplifyapp.com', source: 'AWS Amplify hosting: any customer' },
];

/** Domains the brand appears in but which are not Amazon's: real words. Never treat them as lookalikes. */
export const UNRELATED_BRAND_WORDS: readonly string[] = ['amazonas', 'amazonia', 'amazona', 'amazonite'];
