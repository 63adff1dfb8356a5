/**
 * Every page carries one strict Content-Security-Policy (Astro's
 * `security.csp`, configured from src/site/csp.ts). The browser tests catch
 * what the policy blocks: a violation is a console error there.
 */
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { isHostSource, parsePolicy } from '../../src/site/csp.ts';
import { readFileSync } from 'node:fs';
import { fileFor, pagePaths, readHtml, readPage } from './dist.ts';

const pages = pagePaths();

function policyMetas(path: string): Element[] {
  return selectAll('meta[http-equiv]', readPage(path)).filter(
    (meta) => String(meta.properties['httpEquiv']).toLowerCase() === 'content-security-policy',
  );
}

function policyOf(path: string): Map<string, string[]> {
  const [meta] = policyMetas(path);
  return parsePolicy(String(meta?.properties['content'] ?? ''));
}

/** Pages that run Pagefind search load its bundle from /pagefind/, in the page or in a script it loads. */
function loadsPagefind(path: string): boolean {
  const scripts = selectAll('script[src]', readPage(path)).map((script) => String(script.properties['src']));
  return [readHtml(path), ...scripts.map((src) => readFileSync(fileFor(src), 'utf8'))].some((code) =>
    /["'`]\/pagefind\//.test(code),
  );
}

describe('Content-Security-Policy', () => {
  it.each(pages)('%s has exactly one policy, before any style or script', (path) => {
    expect(policyMetas(path)).toHaveLength(1);
    const head = readHtml(path).split('</head>')[0] ?? '';
    const meta = head.search(/<meta http-equiv="content-security-policy"/i);
    // A policy applies only to what follows it. JSON-LD data blocks are never run, so they may come first.
    const firstResource = head.search(/<style|<script(?![^>]*type="application\/ld\+json")|<link rel="stylesheet"/i);
    expect(meta).toBeGreaterThan(-1);
    if (firstResource > -1) expect(meta).toBeLessThan(firstResource);
  });

  it.each(pages)('%s has a strict policy', (path) => {
    const policy = policyOf(path);
    expect(['none', 'self'].map((v) => `'${v}'`)).toContain(policy.get('default-src')?.join(' '));
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(policy.get('style-src')).toContain("'self'");
    for (const name of ['script-src-elem', 'script-src-attr']) {
      expect(policy.get(name) ?? []).not.toContain("'unsafe-inline'");
    }
  });

  it.each(pages)('%s allows no other host', (path) => {
    const hosts = [...policyOf(path)].flatMap(([name, sources]) =>
      sources.filter(isHostSource).map((source) => `${name} ${source}`),
    );
    expect(hosts).toEqual([]);
  });

  it('has a search page that runs Pagefind', () => {
    expect(pages.filter(loadsPagefind)).toContain('/suche/');
  });

  it.each(pages)('%s allows WebAssembly only if it runs Pagefind, and workers nowhere', (path) => {
    const policy = policyOf(path);
    if (loadsPagefind(path)) {
      expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
      // Pagefind runs without a worker (noWorker), so default-src 'none' covers workers.
      expect(policy.has('worker-src')).toBe(false);
    } else {
      expect(policy.get('script-src')).not.toContain("'wasm-unsafe-eval'");
      expect(policy.has('worker-src')).toBe(false);
    }
  });
});
