/**
 * Sound links across the whole build: every internal href, src and srcset,
 * every asset and every fragment (same page or another) resolves to a file in
 * dist/ and an element id on it. External links are listed, not fetched, in
 * test-results/links-report.txt.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../astro.config.mjs';
import { checkLinks, formatExternalLinks, resolveLink, type BrokenLink } from '../../qa/links.ts';
import { DIST, distFiles, htmlPaths, readHtml, ROOT } from './dist.ts';

const pages = htmlPaths().map((path) => ({ path, html: readHtml(path) }));
const report = checkLinks(pages, new Set(distFiles()), config.site);

/**
 * The claim pages (/aussagen/…) are built on another branch, and the article
 * pages here already link each quote to its claim. While the build has no
 * /aussagen/ folder at all, links into it are listed as pending, not failed;
 * as soon as it has one, every link into /aussagen/ is checked like any other.
 */
const PENDING_SECTION = '/aussagen/';
const pendingSectionBuilt = existsSync(join(DIST, PENDING_SECTION));
const intoPendingSection = ({ page, link }: BrokenLink) => {
  const target = resolveLink(page, link.value, config.site);
  return !pendingSectionBuilt && target.kind === 'internal' && target.path.startsWith(PENDING_SECTION);
};
const describeLink = ({ page, link, reason }: BrokenLink) => `${page}: <${link.tagName} ${link.attribute}="${link.value}"> ${reason}`;

describe('links in the build', () => {
  it('checks every HTML file, redirect pages included', () => {
    expect(pages.map((page) => page.path)).toContain('/');
    expect(pages.length).toBe(distFiles().filter((file) => file.endsWith('.html')).length);
  });

  it('lead to files and fragments that exist', () => {
    expect(report.broken.filter((link) => !intoPendingSection(link)).map(describeLink)).toEqual([]);
  });

  it('list external links in test-results/links-report.txt, all over https', () => {
    const dir = join(ROOT, 'test-results');
    mkdirSync(dir, { recursive: true });
    const pending = report.broken.filter(intoPendingSection).map(describeLink);
    const pendingNote = pending.length === 0 ? '' : `\nPending until ${PENDING_SECTION} is built:\n${pending.join('\n')}\n`;
    writeFileSync(join(dir, 'links-report.txt'), formatExternalLinks(report.external) + pendingNote);
    const insecure = [...report.external.keys()].filter((url) => url.startsWith('http:'));
    expect(insecure).toEqual([]);
  });
});
