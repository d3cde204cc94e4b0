/**
 * The Amazon family: Amazon-owned services that mail their customers under their own names (Audible, Zappos,
 * IMDb ...). Authenticated mail from them is Amazon's own mail (verdict `genuine`, the service named in the
 * report); mail that poses as one of them is judged like mail that poses as Amazon.
 *
 * Which services belong, and why (issue 19, class 4):
 * - Included: a company Amazon owns and that mails customers from its own domain (Amazon's acquisition
 *   announcement or the company's own "an Amazon company" page), and Amazon's own services that send from a
 *   domain other than a marketplace (Prime Video, Amazon Music, Amazon Pay, Amazon Business, AWS).
 * - Kindle mails customers from the marketplace domains (digital-no-reply@amazon.com); its own domain kindle.com
 *   is the Send-to-Kindle address space, which only Amazon can send from.
 * - Amazon Web Services: aws.amazon.com is amazon.com already; of AWS's rented zones only the exact sign-in
 *   senders count. `awsapps.com` and `amazonaws.com` host anyone's apps and buckets (WorkMail tenants mail from
 *   TENANT.awsapps.com), so a name there proves nothing unless it is the exact host AWS itself sends from, and
 *   then only with a signature of that exact host (strict alignment).
 * - Left out: companies Amazon has sold or closed (Book Depository, Diapers.com), and ones that do not mail
 *   customers under a brand a person would take for Amazon's (Zoox, Kiva).
 */

export interface FamilyService {
  /** Stable id, used in tests and evidence. */
  id: string;
  /** The service's name as it presents itself (the same in English and Japanese). */
  name: string;
  /** Registrable domains the service owns outright: every host under them is the service's. */
  domains: readonly string[];
  /**
   * Exact sender hosts inside a zone anyone can rent (awsapps.com): only this host counts, and only with a DKIM
   * signature of this very host, and only from the listed addresses.
   */
  exactSenders?: readonly { host: string; addresses: readonly string[] }[];
  /**
   * Lower-case words a display name uses to present itself as the service ("audible", "whole foods market").
   * A display name claims the service when it is one of these, alone or with service words ("Audible Support").
   */
  displayNames: readonly string[];
  source: string;
}

const FAMILY = 'docs/sources.md#the-amazon-family';

export const AMAZON_FAMILY: readonly FamilyService[] = [
  {
    id: 'audible',
    name: 'Audible',
    domains: [
      'audible.com', 'audible.co.uk', 'audible.de', 'audible.fr', 'audible.it', 'audible.es', 'audible.ca',
      'audible.com.au', 'audible.in', 'audible.co.jp',
    ],
    displayNames: ['audible'],
    source: `Amazon's announcement of 2008-01-31; DKIM d=audible.com in real Audible receipts (${FAMILY})`,
  },
  {
    id: 'kindle',
    name: 'Kindle',
    domains: ['kindle.com'],
    displayNames: ['kindle', 'amazon kindle', 'kindle direct publishing'],
    source: `Send-to-Kindle addresses end in @kindle.com (Amazon help) (${FAMILY})`,
  },
  {
    id: 'prime-video',
    name: 'Prime Video',
    domains: ['primevideo.com'],
    displayNames: ['prime video', 'amazon prime video'],
    source: `primevideo.com, Amazon's Prime Video site; no-reply@primevideo.com (${FAMILY})`,
  },
  {
    id: 'amazon-music',
    name: 'Amazon Music',
    domains: ['amazonmusic.com'],
    displayNames: ['amazon music'],
    source: `amazonmusic.com, Amazon Music's site (Sublime allowlist) (${FAMILY})`,
  },
  {
    id: 'amazon-pay',
    name: 'Amazon Pay',
    domains: ['amazonpay.com', 'amazonpay.in'],
    displayNames: ['amazon pay'],
    source: `Amazon Pay's sites (Sublime allowlist) (${FAMILY})`,
  },
  {
    id: 'amazon-business',
    name: 'Amazon Business',
    domains: ['amazonbusiness.jp'],
    displayNames: ['amazon business'],
    source: `no-reply@amazonbusiness.jp in Amazon Business Japan mail (${FAMILY})`,
  },
  {
    id: 'aws',
    name: 'Amazon Web Services',
    domains: ['signin.aws'],
    exactSenders: [{ host: 'login.awsapps.com', addresses: ['no-reply@login.awsapps.com'] }],
    displayNames: ['amazon web services', 'aws', 'aws notifications', 'aws iam identity center'],
    source: `AWS documentation: no-reply@signin.aws (AWS sign-in), no-reply@login.awsapps.com (IAM Identity Center) (${FAMILY})`,
  },
  {
    id: 'zappos',
    name: 'Zappos',
    domains: ['zappos.com'],
    displayNames: ['zappos', 'zappos.com'],
    source: `Amazon's announcement of 2009-07-22 (${FAMILY})`,
  },
  {
    id: 'woot',
    name: 'Woot',
    domains: ['woot.com'],
    displayNames: ['woot', 'woot!'],
    source: `woot.com: "Woot, an Amazon company" (${FAMILY})`,
  },
  {
    id: 'whole-foods-market',
    name: 'Whole Foods Market',
    domains: ['wholefoodsmarket.com'],
    displayNames: ['whole foods market', 'whole foods'],
    source: `Amazon's announcement of 2017-08-24 (${FAMILY})`,
  },
  {
    id: 'ring',
    name: 'Ring',
    domains: ['ring.com'],
    displayNames: ['ring'],
    source: `Amazon acquired Ring in 2018 (ring.com/press) (${FAMILY})`,
  },
  {
    id: 'imdb',
    name: 'IMDb',
    domains: ['imdb.com'],
    displayNames: ['imdb', 'imdb.com', 'imdbpro'],
    source: `imdb.com: "IMDb, an Amazon company" (${FAMILY})`,
  },
  {
    id: 'goodreads',
    name: 'Goodreads',
    domains: ['goodreads.com'],
    displayNames: ['goodreads'],
    source: `Amazon's announcement of 2013-03-28 (${FAMILY})`,
  },
  {
    id: 'shopbop',
    name: 'Shopbop',
    domains: ['shopbop.com'],
    displayNames: ['shopbop'],
    source: `shopbop.com: "Shopbop, an Amazon company" (${FAMILY})`,
  },
  {
    id: 'twitch',
    name: 'Twitch',
    domains: ['twitch.tv'],
    displayNames: ['twitch'],
    source: `Amazon's announcement of 2014-08-25 (${FAMILY})`,
  },
  {
    id: 'eero',
    name: 'eero',
    domains: ['eero.com'],
    displayNames: ['eero'],
    source: `eero.com: "eero, an Amazon company" (${FAMILY})`,
  },
  {
    id: 'abebooks',
    name: 'AbeBooks',
    domains: ['abebooks.com', 'abebooks.co.uk', 'abebooks.de', 'abebooks.fr', 'abebooks.it'],
    displayNames: ['abebooks'],
    source: `abebooks.com: "AbeBooks, an Amazon company" (${FAMILY})`,
  },
];
