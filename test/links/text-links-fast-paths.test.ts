/** Fast paths of the text link search (src/checks/links/text-links.ts) against the RegExp forms they replace. */
import { describe, expect, it } from 'vitest';
import { DOMAIN_CHAR, isDomainChar } from '../../src/checks/links/text-links.js';

describe('isDomainChar', () => {
  it('agrees with DOMAIN_CHAR on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      expect(isDomainChar(code), code.toString(16)).toBe(DOMAIN_CHAR.test(String.fromCharCode(code)));
    }
  });
});
