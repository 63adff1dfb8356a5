/**
 * Printing, in Chromium with print media emulated on a dark-mode system:
 * teachers hand story, claim and pair pages out. No navigation, search or skip link;
 * black on white; the addresses of external links and of each quote's source
 * on the paper; story, claim and pair pages on A4 without an empty page, and
 * no page wider than the paper (tables print whole instead of scrolling).
 * PDF pages are read back with pdftotext (poppler-utils; .ci/run installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startServer, type StaticServer } from '../support/server.ts';
import { headingText, pagePaths, readPage } from '../build/dist.ts';

/** A4's width less the stylesheet's 15 mm margins, in CSS pixels (96 per inch). */
const A4_CONTENT_WIDTH = Math.floor(((210 - 2 * 15) / 25.4) * 96);

const paths = pagePaths();
const claims = paths.filter((path) => /^\/aussagen\/[^/]+\/$/.test(path));
const pairs = paths.filter((path) => /^\/vergleich\/[^/]+--[^/]+\/$/.test(path));
const stories = paths.filter((path) => /^\/themen\/[a-z][^/]*\/$/.test(path));

let browser: Browser;
let server: StaticServer;
let page: Page;
let scratch: string;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
  page = await browser.newPage({ viewport: { width: A4_CONTENT_WIDTH, height: 1000 } });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  scratch = mkdtempSync(join(tmpdir(), 'print-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Computed style facts of the printed page, read in the browser. */
function printedFacts() {
  const visible = (selector: string) =>
    [...document.querySelectorAll(selector)].some((element) => {
      const style = getComputedStyle(element);
      return style.display !== 'none' && style.visibility !== 'hidden' && element.getClientRects().length > 0;
    });
  const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
  // Relative luminance (WCAG) of an rgb() colour.
  const luminance = (value: string) => {
    const [r = 0, g = 0, b = 0] = rgb(value).map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const painted = [...document.body.querySelectorAll('*')].filter((element) => element.getClientRects().length > 0);
  const lightText = painted
    .filter((element) => [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim()))
    .filter((element) => luminance(getComputedStyle(element).color) > 0.05)
    .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${getComputedStyle(element).color}`);
  const tinted = painted
    .map((element) => ({ element, background: getComputedStyle(element).backgroundColor }))
    .filter(({ background }) => {
      const [r, g, b, a = 1] = rgb(background);
      return a > 0 && !(r === 255 && g === 255 && b === 255);
    })
    .map(({ element, background }) => `${element.tagName.toLowerCase()}.${element.className}: ${background}`);
  return {
    chrome: ['.skip-link', '.site-nav', '.site-search', 'form[role="search"]'].filter(visible),
    body: { color: getComputedStyle(document.body).color, background: getComputedStyle(document.body).backgroundColor },
    lightText: lightText.slice(0, 5),
    tinted: tinted.slice(0, 5),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}

describe.each(paths)('%s in print', (path) => {
  let facts: ReturnType<typeof printedFacts>;
  beforeAll(async () => {
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    facts = await page.evaluate(printedFacts);
  });

  it('shows no navigation, search or skip link', () => {
    expect(facts.chrome).toEqual([]);
  });

  it('is black on white although the system is dark', () => {
    expect(facts.body).toEqual({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    // Nothing lighter than #333 (luminance 0.033), nothing on a coloured ground.
    expect(facts.lightText).toEqual([]);
    expect(facts.tinted).toEqual([]);
  });

  it('is no wider than A4', () => {
    expect(facts.overflow).toBeLessThanOrEqual(0);
  });
});

/** The PDF's pages as text, one string per page. */
async function printedPages(path: string): Promise<string[]> {
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  const file = join(scratch, `${path.replaceAll('/', '_')}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  let text: string;
  try {
    text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`pdftotext (Debian's poppler-utils) is needed to read the printed pages: ${String(error)}`);
  }
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe.each([...stories, ...claims, ...pairs])('%s on A4', (path) => {
  let pages: string[];
  beforeAll(async () => {
    pages = await printedPages(path);
  });

  it('has content on every page: no empty page, none with only the footer', () => {
    const footer = squash(toString(select('footer.site-footer', readPage(path)) ?? { type: 'root', children: [] }));
    expect(footer.length).toBeGreaterThan(100);
    const content = (text: string) => squash(text).replace(footer, '').length;
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.map((text, index) => `page ${index + 1}: ${content(text) > 40 ? 'content' : JSON.stringify(text.trim())}`)).toEqual(
      pages.map((_, index) => `page ${index + 1}: content`),
    );
  });

  it('prints the content and its permalink, without the navigation', () => {
    const all = pages.join('\n');
    const title = headingText(select('h1', readPage(path))) || '§';
    // A title may break at one of its soft hyphens (src/site/hyphenate.ts): on paper that is „his-⏎torischem“.
    // pdftotext keeps the soft hyphens and writes the one it broke at as „‐“ (U+2010) before the line break.
    const printed = all.replaceAll('\u00AD', '').replace(/(\p{L})[-\u2010]\n(\p{Ll})/gu, '$1$2');
    expect(squash(printed)).toContain(squash(title));
    expect(squash(all)).toContain(squash(`https://example.org${path}`));
    expect(all).not.toMatch(/Zum Inhalt springen|Hauptnavigation|Suchen\b|Textpaare\s+Wortwahl/);
  });
});

describe('addresses on paper', () => {
  it('a claim page prints the address of each quote in its text', async () => {
    const path = '/aussagen/beistandsklausel/';
    const cites = selectAll('blockquote[cite]', readPage(path)).map((node) => String(node.properties['cite']));
    expect(cites).toEqual([
      'https://example.org/artikel/allianz-historischer-besuch/#beleg-beistandsklausel-1',
      'https://example.org/artikel/allianz-historischer-besuch/#beleg-beistandsklausel-2',
    ]);
    const printed = squash((await printedPages(path)).join(''));
    for (const cite of cites) expect(printed).toContain(cite);
  });

  it('an external link prints its address, once', async () => {
    const printed = squash((await printedPages('/daten/')).join(''));
    expect(printed).toContain(squash('(CC BY 4.0) (https://creativecommons.org/licenses/by/4.0/)'));
  });

  it('a source whose link text is its address prints it once, not twice', async () => {
    const timeline = paths.find((path) => path.endsWith('/zeitleiste/')) ?? '/zeitleiste/';
    const printed = (await printedPages(timeline)).join('');
    const address = selectAll('.nachweise a[href^="https://"]', readPage(timeline))[0];
    expect(address).toBeTruthy();
    const href = String(address?.properties['href']);
    expect(squash(printed)).toContain(squash(href.replace(/^https:\/\//, '')));
    expect(squash(printed)).not.toContain(squash(href));
  });
});
