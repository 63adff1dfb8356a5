/**
 * public/_headers (Netlify and Cloudflare Pages read it from dist/): the
 * headers a <meta> policy cannot carry on every path, and a year's cache only
 * for files whose names change with their content.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, distFiles } from './dist.ts';

interface Rule {
  pattern: string;
  headers: Map<string, string>;
}

/** The rules of a _headers file: a path line, then its indented `Name: value` lines; `#` starts a comment. */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: new Map() });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (!rule || !match?.[1] || !match[2]) throw new Error(`_headers: "${line}" is neither a path nor a header of one`);
    rule.headers.set(match[1].toLowerCase(), match[2].trim());
  }
  return rules;
}

/** Does a rule's path match a site path? `*` matches any characters, as on both hosts. */
const matches = (pattern: string, path: string) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);

const source = readFileSync(join(ROOT, 'public', '_headers'), 'utf8');
const rules = parseHeaders(source);
const files = distFiles().map((file) => `/${file}`);
const LONG = /max-age=(\d+)/;
const longLived = rules.filter((rule) => Number(LONG.exec(rule.headers.get('cache-control') ?? '')?.[1] ?? 0) >= 31536000);

describe('_headers', () => {
  it('is copied to dist/ as it is', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(source);
  });

  it('forbids framing, MIME sniffing, and sets a referrer and permissions policy on every path', () => {
    const all = rules.find((rule) => rule.pattern === '/*');
    expect(all?.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(all?.headers.get('x-content-type-options')).toBe('nosniff');
    expect(all?.headers.get('referrer-policy')).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
    expect(all?.headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('gives no lifetime on /*: both hosts join the values of every matching rule', () => {
    expect(rules.find((rule) => rule.pattern === '/*')?.headers.has('cache-control')).toBe(false);
  });

  it('caches Astro\'s and Pagefind\'s content-named files for a year, immutable', () => {
    const astro = files.filter((file) => file.startsWith('/_astro/'));
    const pagefind = files.filter((file) => /^\/pagefind\/(fragment|index|filter)\//.test(file) || /^\/pagefind\/pagefind\..+\.pf_meta$/.test(file));
    expect(astro.length).toBeGreaterThan(0);
    expect(pagefind.length).toBeGreaterThan(0);
    for (const file of [...astro, ...pagefind]) {
      const rule = longLived.find((candidate) => matches(candidate.pattern, file));
      expect(rule?.headers.get('cache-control'), file).toContain('immutable');
    }
  });

  it('caches no file for long whose name stays the same when its content changes', () => {
    const cached = files.filter((file) => longLived.some((rule) => matches(rule.pattern, file)));
    // A content hash in the name: Astro's 8 characters (Base.CAG2Cd27.css), Pagefind's hex (de_2b1490f.pf_fragment).
    const named = (file: string) => /\.[A-Za-z0-9_-]{8}\.[a-z]+$/.test(file) || /_[0-9a-f]{7,}\.pf_[a-z]+$/.test(file);
    expect(cached.filter((file) => !named(file))).toEqual([]);
    for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/index.html', '/feed.xml']) {
      expect(longLived.some((rule) => matches(rule.pattern, file)), file).toBe(false);
    }
  });
});
