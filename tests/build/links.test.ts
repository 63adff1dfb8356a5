/**
 * Sound links across the whole build: every internal href, src and srcset,
 * every asset and every fragment (same page or another) resolves to a file in
 * dist/ and an element id on it. External links are listed, not fetched, in
 * test-results/links-report.txt.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../astro.config.mjs';
import { checkLinks, formatExternalLinks, type BrokenLink } from '../../qa/links.ts';
import { distFiles, htmlPaths, readHtml, ROOT } from './dist.ts';

const pages = htmlPaths().map((path) => ({ path, html: readHtml(path) }));
const report = checkLinks(pages, new Set(distFiles()), config.site);

const describeLink = ({ page, link, reason }: BrokenLink) => `${page}: <${link.tagName} ${link.attribute}="${link.value}"> ${reason}`;

describe('links in the build', () => {
  it('checks every HTML file, redirect pages included', () => {
    expect(pages.map((page) => page.path)).toContain('/');
    expect(pages.length).toBe(distFiles().filter((file) => file.endsWith('.html')).length);
  });

  it('lead to files and fragments that exist', () => {
    expect(report.broken.map(describeLink)).toEqual([]);
  });

  it('list external links in test-results/links-report.txt, all over https', () => {
    const dir = join(ROOT, 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'links-report.txt'), formatExternalLinks(report.external));
    const insecure = [...report.external.keys()].filter((url) => url.startsWith('http:'));
    expect(insecure).toEqual([]);
  });
});
