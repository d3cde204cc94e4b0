import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMessage } from '../../src/message/index.js';
import type { Message } from '../../src/message/types.js';
import type { AuthSummary } from '../../src/checks/authentication/types.js';
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
  return {
    fromDomain,
    trustedAuthservIds: [],
    hasTrustedResults: false,
    results: [],
    authenticatedFromDomain: null,
    amazonAuthenticated: false,
    recomputed: false,
    trustBasis: 'none',
    entry: null,
    compauth: null,
    dkimBodies: [],
  };
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

export function claimsAmazon(auth: AuthSummary = noAuth()): LinkCheckContext {
  return { claim: { related: true, claims: [{ where: 'from-name', text: 'Amazon.co.jp', technique: 'exact' }] }, auth } as LinkCheckContext;
}

export function doesNotClaimAmazon(auth: AuthSummary = noAuth()): LinkCheckContext {
  return { claim: { related: false, claims: [] }, auth } as LinkCheckContext;
}
