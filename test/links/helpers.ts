import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMessage } from '../../src/message/index.js';
import type { Message } from '../../src/message/types.js';
import { unauthenticatedSummary, type AuthSummary } from '../../src/checks/authentication/types.js';
import type { LinkCheckContext } from '../../src/checks/links/index.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/links/', import.meta.url));

export async function messageFromFile(path: string): Promise<Message> {
  return parseMessage({
    bytes: readFileSync(path),
    location: { file: path, index: 1, offset: 0 },
    envelope: { format: 'eml' },
  });
}

export function fixture(name: string): Promise<Message> {
  return messageFromFile(FIXTURES + name);
}

/** Nothing authenticated: what a spoofed or unauthenticated mail looks like. */
export function noAuth(fromDomain: string | null = null): AuthSummary {
  return unauthenticatedSummary(fromDomain);
}

/** The From domain passed DMARC at a trusted receiver. */
export function authenticated(domain: string, amazon = false): AuthSummary {
  return {
    ...noAuth(domain),
    hasTrustedResults: true,
    trustBasis: 'receiver',
    authenticatedFromDomain: domain,
    amazonAuthenticated: amazon,
  };
}

/** The mail presents itself as Amazon (here: by its display name). */
export function claimsAmazon(auth: AuthSummary = noAuth()): LinkCheckContext {
  return { claim: { related: true, claims: [{ where: 'display-name', text: 'Amazon.co.jp', technique: 'domain-name', strength: 'headers' }] }, auth };
}

/** The mail is someone else's and only mentions Amazon in its body. */
export function mentionsAmazon(auth: AuthSummary = noAuth()): LinkCheckContext {
  return { claim: { related: true, claims: [{ where: 'body', text: 'amazon.com', technique: 'amazon-domain', strength: 'mention', place: 'text' }] }, auth };
}

export function doesNotClaimAmazon(auth: AuthSummary = noAuth()): LinkCheckContext {
  return { claim: { related: false, claims: [] }, auth };
}
