import { readFileSync } from 'node:fs';
import { parseHeaders } from '../../src/message/index.js';
import type { MessageHeaders } from '../../src/message/types.js';
import { unauthenticatedSummary, type AuthSummary } from '../../src/checks/authentication/types.js';
import type { ClaimInput } from '../../src/identity/claim.js';

export function fixtureHeaders(name: string): MessageHeaders {
  const bytes = readFileSync(new URL(`../../fixtures/identity/${name}`, import.meta.url));
  return parseHeaders({ bytes, location: { file: name, index: 1, offset: 0 }, envelope: { format: 'eml' } });
}

/** What the claim detector sees of a header pass (the pipeline builds the same from MessageHeaders). */
export function claimInputOf(h: MessageHeaders, text?: string): ClaimInput {
  const all = [...h.from, ...h.replyTo, ...h.sender];
  return {
    fromName: all.map((a) => a.name).filter((n) => n.length > 0),
    addresses: [...all.map((a) => a.address), ...(h.returnPath ? [h.returnPath] : [])],
    subject: h.subject,
    text,
  };
}

/** No trusted receiver results: what an exported .eml without the provider's headers gives. */
export const UNVERIFIED: AuthSummary = unauthenticatedSummary();

export function trustedResults(authenticatedFromDomain: string | null, amazon: boolean): AuthSummary {
  return {
    ...UNVERIFIED,
    fromDomain: authenticatedFromDomain,
    trustedAuthservIds: ['mx.google.com'],
    hasTrustedResults: true,
    trustBasis: 'receiver',
    authenticatedFromDomain,
    amazonAuthenticated: amazon,
  };
}
