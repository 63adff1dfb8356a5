import { describe, expect, it } from 'vitest';
import { allowPagefind, CSP_DIRECTIVES, isHostSource, parsePolicy, type PageCsp } from '../../src/site/csp.ts';

describe('parsePolicy', () => {
  it('splits a policy into directives and sources, the first of a name winning as in browsers', () => {
    const policy = parsePolicy("default-src 'none';img-src 'self' data:; script-src 'self' 'sha256-x='; img-src *;");
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-x='"]);
    expect(policy.size).toBe(3);
  });
});

describe('isHostSource', () => {
  it.each(["'self'", "'none'", "'sha256-abc='", "'wasm-unsafe-eval'", 'data:', 'blob:'])('%s names no host', (source) => {
    expect(isHostSource(source)).toBe(false);
  });
  it.each(['https://cdn.example.org', '*.example.org', 'https:', '*', 'example.org'])('%s names hosts', (source) => {
    expect(isHostSource(source)).toBe(true);
  });
});

describe('the site policy', () => {
  it('lets nothing in by default and keeps the directives a <meta> policy ignores out', () => {
    expect(CSP_DIRECTIVES[0]).toBe("default-src 'none'");
    const names = CSP_DIRECTIVES.map((directive) => directive.split(' ')[0]);
    for (const ignored of ['frame-ancestors', 'report-uri', 'sandbox']) expect(names).not.toContain(ignored);
  });
});

describe('allowPagefind', () => {
  it('adds WebAssembly compilation to script-src, nothing else', () => {
    const calls: string[] = [];
    const csp: PageCsp = {
      insertScriptResource: (resource) => calls.push(`script ${resource}`),
    };
    allowPagefind(csp);
    expect(calls).toEqual(["script 'wasm-unsafe-eval'"]);
  });

  it('fails loudly when CSP is not enabled', () => {
    expect(() => allowPagefind(undefined)).toThrow(/security\.csp/);
  });
});
