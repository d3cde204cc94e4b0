/**
 * Mailing lists whose delivery infrastructure lives under other names than the list's own domain. A list
 * server is trusted to have received a mail from its author only when the host that delivered the mail to
 * the receiver belongs to the list (trust.ts); for these lists the List-Id domain alone does not show it.
 * Each entry says where it is known from. Adding a list here extends trust to its operator's hosts: keep the
 * list short and sourced.
 */
export interface ListInfrastructure {
  /** Registrable domain in the list's List-Id / X-Mailing-List / List-Post. */
  listDomain: string;
  /** Registrable domains of the hosts that receive and deliver the list's mail. */
  operatorDomains: readonly string[];
  source: string;
}

export const LIST_INFRASTRUCTURE: readonly ListInfrastructure[] = [
  {
    listDomain: 'kernel.org',
    operatorDomains: ['vger.email', 'monkeyblade.net'],
    source:
      'vger.kernel.org (the Linux kernel lists) delivers from out*.vger.email and receives through its inbound relay lindbergh.monkeyblade.net, which adds a SpamAssassin X-Spam-Status (Received headers of kernel list mail, e.g. corpus amazon-legit/hams-*.eml, docs/sources.md#receiving-providers-headers)',
  },
];

/** The operator domains of the lists whose registrable domains are given. */
export function operatorDomainsOf(listDomains: Iterable<string>): string[] {
  const out: string[] = [];
  for (const d of listDomains) for (const l of LIST_INFRASTRUCTURE) if (l.listDomain === d) out.push(...l.operatorDomains);
  return out;
}
