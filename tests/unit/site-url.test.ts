import { describe, expect, it } from 'vitest';
import { isLoopback, siteFromEnv, siteUrl } from '../../src/site/site-url.ts';

describe('siteFromEnv (SITE_URL)', () => {
  it('is undefined when SITE_URL is unset or empty: a preview build', () => {
    expect(siteFromEnv(undefined)).toBeUndefined();
    expect(siteFromEnv('')).toBeUndefined();
    expect(siteFromEnv('  ')).toBeUndefined();
  });

  it.each([
    ['https://nebeneinander.example', 'https://nebeneinander.example'],
    ['https://nebeneinander.example/', 'https://nebeneinander.example'],
    [' https://Example.ORG ', 'https://example.org'],
    ['http://example.org:8080/', 'http://example.org:8080'],
  ])('%j gives the origin %s', (value, site) => {
    expect(siteFromEnv(value)).toBe(site);
  });

  it.each([
    ['example.org', /not an absolute URL/],
    ['ftp://example.org', /must start with https:\/\//],
    ['https://user:secret@example.org', /user name or password/],
    ['https://example.org/nebeneinander/', /path, query or fragment/],
    ['https://example.org/?a=1', /path, query or fragment/],
    ['https://example.org/#x', /path, query or fragment/],
  ])('refuses %j, naming SITE_URL', (value, reason) => {
    expect(() => siteFromEnv(value)).toThrow(/^SITE_URL: /);
    expect(() => siteFromEnv(value)).toThrow(reason);
  });
});

describe('isLoopback', () => {
  it.each(['http://127.0.0.1:4321/', 'http://127.1.2.3/', 'http://localhost/', 'http://LOCALHOST:3000/x', 'http://[::1]:4321/', 'http://0.0.0.0/'])(
    '%s names this machine',
    (url) => expect(isLoopback(url)).toBe(true),
  );
  it.each(['https://example.org/', 'https://localhost.example/', 'https://127.0.0.1.example/'])('%s does not', (url) =>
    expect(isLoopback(url)).toBe(false),
  );
});

describe('siteUrl', () => {
  it('makes a path absolute on the site', () => {
    expect(siteUrl('/aussagen/x/#y', new URL('https://example.org'))).toBe('https://example.org/aussagen/x/#y');
    expect(siteUrl('/', 'https://example.org')).toBe('https://example.org/');
  });
  it('leaves it root-relative without a site', () => {
    expect(siteUrl('/aussagen/x/#y', undefined)).toBe('/aussagen/x/#y');
  });
});
