/**
 * The one place the links check asks "does this host imitate Amazon?". The answer comes from the identity
 * stage's engine (src/identity/lookalike), so links and sender domains are judged by the same rules.
 */
import { findLookalike } from '../../identity/index.js';

export interface LinkLookalike {
  host: string;
  imitates: string;
  technique: string;
  detail: string;
}

export function lookalikeOfHost(host: string): LinkLookalike | null {
  return findLookalike(host);
}
