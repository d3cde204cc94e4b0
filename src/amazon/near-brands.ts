/**
 * Real companies and public bodies whose names sit next to Amazon's: one letter away (Amaron), a real word
 * Amazon's name also is (AMAZONE, the Amazonas state). Mail from them is theirs, not an imitation of Amazon,
 * when it authenticates as them and does not otherwise pose as Amazon (issue 19, class 5). Their own domains
 * are not lookalikes of Amazon's, and once a trusted receiver has authenticated the From domain as one of them,
 * their name in the display name or subject is not a claim to be Amazon. Unauthenticated, the name is judged
 * like any other ("Amaron" over an unrelated address is still a disguised Amazon). docs/sources.md#near-brands.
 */

export interface NearBrand {
  id: string;
  name: string;
  /** The lower-case words of the name that read like Amazon's ("amaron", "amazone"). */
  words: readonly string[];
  /** Registrable domains the company owns. */
  domains: readonly string[];
  /** Public suffixes under which every name is the body's (the Amazonas state's am.gov.br). */
  suffixes?: readonly string[];
  source: string;
}

const NEAR = 'docs/sources.md#near-brands';

export const NEAR_BRANDS: readonly NearBrand[] = [
  {
    id: 'amaron',
    name: 'Amaron',
    words: ['amaron'],
    domains: ['amaron.in'],
    source: `Amaron, the battery brand of Amara Raja Energy & Mobility (https://www.amaron.in/) (${NEAR})`,
  },
  {
    id: 'amazone',
    name: 'AMAZONE',
    words: ['amazone'],
    domains: ['amazone.de', 'amazone.net'],
    source: `AMAZONE, the farm machinery maker Amazonen-Werke H. Dreyer SE & Co. KG (https://amazone.net/, https://www.amazone.de/) (${NEAR})`,
  },
  {
    id: 'amazonas-state',
    name: 'Governo do Amazonas',
    words: ['amazonas'],
    domains: [],
    suffixes: ['am.gov.br'],
    source: `The Brazilian state of Amazonas and its agencies (https://www.amazonas.am.gov.br/, sefaz.am.gov.br); am.gov.br is a public suffix (${NEAR})`,
  },
];
