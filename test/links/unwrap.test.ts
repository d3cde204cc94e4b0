import { describe, expect, it } from 'vitest';
import { decodeProofpointV3, unwrapLink } from '../../src/checks/links/index.js';

describe('unwrapLink', () => {
  it('reads the destination of Microsoft Safe Links and keeps the wrapper as the chain', () => {
    const wrapped = 'https://apc01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.example%2Flogin&data=05%7C01';
    expect(unwrapLink(wrapped)).toEqual({ finalUrl: 'https://evil.example/login', chain: [wrapped], via: ['microsoft-safe-links'] });
  });

  it('reads Proofpoint URL Defense v1 (plain percent-encoding)', () => {
    const u = 'https://urldefense.proofpoint.com/v1/url?u=https%3A%2F%2Fevil.example%2Fa&k=abc';
    expect(unwrapLink(u).finalUrl).toBe('https://evil.example/a');
  });

  it('reads Proofpoint URL Defense v2 ("-" for "%", "_" for "/")', () => {
    const u = 'https://urldefense.proofpoint.com/v2/url?u=https-3A__evil.example_path-3Fa-3D1&d=DwMFaQ&c=x';
    expect(unwrapLink(u).finalUrl).toBe('https://evil.example/path?a=1');
  });

  it('reads Cisco Secure Email (destination percent-encoded after the token in the path, case kept)', () => {
    const u = 'https://secure-web.cisco.com/1AbCdEfGhIjK_LmN/https%3A%2F%2Fwww.amazon.com%2Fgp%2Fcss%2FOrder-History%3Fref_%3Dpe';
    expect(unwrapLink(u)).toMatchObject({ finalUrl: 'https://www.amazon.com/gp/css/Order-History?ref_=pe', via: ['cisco-secure-email'] });
    expect(unwrapLink('https://secure-web.cisco.com/only-a-token').chain).toEqual([]);
  });

  it('reads Sophos time-of-click links (base64 destination in u=)', () => {
    const dest = 'https://evil.example/login?x=1';
    const u = `https://eu-central-1.protection.sophos.com?d=evil.example&u=${Buffer.from(dest).toString('base64')}&i=abc&t=def`;
    expect(unwrapLink(u)).toMatchObject({ finalUrl: dest, via: ['sophos-time-of-click'] });
    expect(unwrapLink('https://eu-central-1.protection.sophos.com?u=not%20base64!').chain).toEqual([]);
  });

  it('reads Google url?q= and url?url= on any Google domain', () => {
    expect(unwrapLink('https://www.google.com/url?q=https://evil.example/&sa=D').finalUrl).toBe('https://evil.example/');
    expect(unwrapLink('https://www.google.co.jp/url?sa=t&url=https%3A%2F%2Fevil.example%2F').finalUrl).toBe('https://evil.example/');
  });

  it("reads Amazon's own click tracker /gp/r.html?...&U= (as in a genuine order mail)", () => {
    const u = 'https://www.amazon.com/gp/r.html?C=3E9&K=4XH&M=urn:rtn:msg:2025&R=1VE&T=C&U=https%3A%2F%2Fwww.amazon.com%2Fdp%2FB086TW4S5B&H=KVE';
    expect(unwrapLink(u)).toMatchObject({ finalUrl: 'https://www.amazon.com/dp/B086TW4S5B', via: ['amazon-click-tracker'] });
  });

  it('does not treat /gp/r.html on a non-Amazon host as Amazon\'s tracker', () => {
    const u = 'https://www.amazon.com.evil.example/gp/r.html?U=https%3A%2F%2Fwww.amazon.com%2F';
    expect(unwrapLink(u).chain).toEqual([]);
  });

  it('unwraps a wrapper inside a wrapper, outermost first', () => {
    const inner = 'https://www.google.com/url?q=https%3A%2F%2Fevil.example%2Fx';
    const outer = 'https://nam02.safelinks.protection.outlook.com/?url=' + encodeURIComponent(inner) + '&data=1';
    expect(unwrapLink(outer)).toEqual({
      finalUrl: 'https://evil.example/x',
      chain: [outer, inner],
      via: ['microsoft-safe-links', 'google-redirect'],
    });
  });

  it('stops after a bounded number of hops', () => {
    let u = 'https://evil.example/';
    for (let i = 0; i < 20; i++) u = 'https://www.google.com/url?q=' + encodeURIComponent(u);
    expect(unwrapLink(u).chain.length).toBeLessThanOrEqual(5);
  });

  it('leaves ordinary links alone', () => {
    expect(unwrapLink('https://www.amazon.co.jp/ap/signin')).toEqual({ finalUrl: 'https://www.amazon.co.jp/ap/signin', chain: [], via: [] });
  });

  it('ignores a redirect parameter that is not an absolute URL', () => {
    expect(unwrapLink('https://www.google.com/url?q=not-a-url').chain).toEqual([]);
  });
});

describe('decodeProofpointV3', () => {
  it('puts back single replaced characters from the base64 part', () => {
    // "Kw" is base64 of "+": Proofpoint's own documented example.
    const u = 'https://urldefense.com/v3/__https://google.com:443/search?q=a*test&gs=ps__;Kw!-612Flbf0JvQ3kNJkRi5Jg!Ue6tQudNKaShHg93trcdjqDP8se2ySE65jyCIe2K1D_uNjZ1Lnf6YLQERujngZv9UWf66ujQIQ$';
    expect(decodeProofpointV3(u)).toBe('https://google.com:443/search?q=a+test&gs=ps');
  });

  it('puts back runs written as "**" and a length letter', () => {
    // "**A" is a run of 2 characters; "Ly8" is base64 of "//".
    expect(decodeProofpointV3('https://urldefense.com/v3/__https:**Aevil.example/__;Ly8!!x$')).toBe('https://evil.example/');
  });

  it('is used by unwrapLink for urldefense.com/v3 links', () => {
    const u = 'https://urldefense.com/v3/__https://evil.example/pay?lang=ja*jp__;Jg!!AbCdEf$';
    expect(unwrapLink(u)).toMatchObject({ finalUrl: 'https://evil.example/pay?lang=ja&jp', via: ['proofpoint-url-defense-v3'] });
  });
});
