import type { Message } from '../message/types.js';

/** Who the mail was delivered to: Delivered-To / X-Original-To first (a Gmail alias shows there), else To. */
export function recipientOf(msg: Pick<Message, 'deliveredTo' | 'to'>): string | null {
  if (msg.deliveredTo.length > 0) return msg.deliveredTo[0].toLowerCase();
  const to = msg.to.find((a) => a.address.includes('@'));
  return to ? to.address.toLowerCase() : null;
}
