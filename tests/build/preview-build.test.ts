/**
 * A build without SITE_URL (what `npm start` previews) into a folder of its
 * own: it writes no loopback address and no other made-up host. Every
 * address stays root-relative; canonical, og:url, og:image, the sitemap and
 * the feed, which need absolute URLs, are left out. The one extra build in
 * the suite (a few seconds for this site).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parseBibtex } from '../support/formats.ts';
import { fileText, LOOPBACK, textFiles } from '../support/loopback.ts';
import { ROOT } from './dist.ts';

let out = '';

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'preview-build-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env['SITE_URL'];
  execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out], { cwd: ROOT, env, stdio: 'pipe' });
}, 240_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const page = (path: string) => fromHtml(readFileSync(join(out, path, 'index.html'), 'utf8'));

describe('a build without SITE_URL', () => {
  it('built the site', () => {
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'aussagen', 'beistandsklausel', 'index.html'))).toBe(true);
  });

  it('names no loopback address and no absolute URL to itself in any file', () => {
    const files = textFiles(out);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => LOOPBACK.test(fileText(out, file)))).toEqual([]);
    expect(files.filter((file) => /https?:\/\/example\.org/.test(fileText(out, file)))).toEqual([]);
  });

  it('has no sitemap, no feed, and robots.txt names no sitemap', () => {
    expect(existsSync(join(out, 'sitemap.xml'))).toBe(false);
    expect(existsSync(join(out, 'feed.xml'))).toBe(false);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });

  it.each(['', 'aussagen/beistandsklausel', 'vergleich/heiliger-kampf--allianz-historischer-besuch', 'artikel/partnerschaftsvertrag'])(
    '/%s has no canonical, og:url, og:image or feed link',
    (path) => {
      const head = select('head', page(path));
      expect(head).toBeTruthy();
      if (!head) return;
      expect(selectAll('link[rel="canonical"], link[rel="alternate"], meta[property="og:url"], meta[property^="og:image"], meta[name="twitter:card"]', head)).toEqual([]);
      expect(select('meta[property="og:title"]', head)).toBeTruthy();
    },
  );

  it('keeps quotes, JSON-LD and citations root-relative', () => {
    const claim = page('aussagen/beistandsklausel');
    expect(selectAll('blockquote[cite]', claim).map((node) => node.properties['cite'])).toEqual([
      '/artikel/allianz-historischer-besuch/#beleg-beistandsklausel-1',
      '/artikel/allianz-historischer-besuch/#beleg-beistandsklausel-2',
    ]);
    const jsonLd = JSON.parse(toString(select('script[type="application/ld+json"]', claim) ?? claim)) as { url: string };
    expect(jsonLd.url).toBe('/aussagen/beistandsklausel/');
    expect(toString(select('section.zitieren p', claim) ?? claim)).toMatch(/In: nebeneinander, Datenstand [\d.-]+\. \/aussagen\/beistandsklausel\/ \(abgerufen am TT\.MM\.JJJJ\)\./);
    const storyFile = String(select('section.zitieren a[download]', claim)?.properties['href'] ?? '');
    expect(storyFile).toMatch(/^\/zitieren\/themen\/[^/]+\.bib$/);
    const urls = parseBibtex(readFileSync(join(out, storyFile), 'utf8')).map((entry) => entry.fields['url']);
    expect(urls).toContain('/aussagen/beistandsklausel/');
    expect(urls.every((url) => url?.startsWith('/'))).toBe(true);
  });

  it('shows a placeholder instead of an imprint and names no contact address: a preview has no operator', () => {
    const imprint = page('impressum');
    expect(toString(select('.platzhalter', imprint) ?? imprint)).toMatch(/^Vorschau ohne Impressum\./);
    expect(select('address', imprint)).toBeUndefined();
    for (const path of ['impressum', 'methodik']) expect(selectAll('a[href^="mailto:"]', page(path))).toEqual([]);
    expect(toString(select('main', page('methodik'))!)).toContain('Diese Vorschau nennt keine Kontaktadresse');
  });
});
