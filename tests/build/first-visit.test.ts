/**
 * What a first visit stumbled over (issue 23), held on the build: the way
 * back from a text to its story, names only where ARIA recommends them, a
 * placeholder in the header search, titles on the permalinks, German
 * everywhere (the pages of moved URLs included), the imprint and the contact
 * address, and the feed named on every page (tests/build/feed.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import { REDIRECTS } from '../../src/site/redirects.ts';
import { checkContent } from '../support/content.ts';
import { TEST_OPERATOR, TEST_SITE } from '../support/site.ts';
import { fileFor, pagePaths, readPage, ROOT } from './dist.ts';

const pages = pagePaths();
const corpus = checkContent(ROOT);

/**
 * Where html-validate's aria-label-misuse (its documentation) recommends a name: landmarks,
 * interactive and labelable elements, and a few more. A list (`ul`, `ol`) is not among them.
 */
const NAMED = new Set([
  'a', 'area', 'article', 'aside', 'button', 'details', 'dialog', 'fieldset', 'figure', 'footer', 'form', 'header',
  'iframe', 'img', 'input', 'main', 'meter', 'nav', 'output', 'progress', 'search', 'section', 'select', 'summary',
  'table', 'td', 'textarea', 'th',
]);

describe('the way back from a text to its story', () => {
  it.each(corpus.articles.map((article) => article.url))('%s links its story outside the closed details, above the text', (path) => {
    const article = corpus.articles.find((candidate) => candidate.url === path)!;
    const story = corpus.stories.find((candidate) => candidate.articles.includes(article))!;
    const page = readPage(path);
    const main = select('main', page)!;
    const link = selectAll(`a[href="${story.url}"]`, main).find((a) => !selectAll('details a', main).includes(a));
    expect(link, 'a link to the story outside <details>').toBeDefined();
    // Before the text's own heading: the first thing under the site header.
    const order = selectAll('a, h1', main);
    expect(order.indexOf(link!)).toBeLessThan(order.indexOf(select('h1', main)!));
  });
});

describe('accessible names', () => {
  const misnamed = (tree: Root) =>
    selectAll('[aria-label], [aria-labelledby]', tree)
      .filter((node) => !NAMED.has(node.tagName) && node.properties['role'] === undefined && node.properties['tabIndex'] === undefined)
      .map((node) => `<${node.tagName} ${node.properties['ariaLabelledBy'] ? 'aria-labelledby' : 'aria-label'}>`);

  it('the check finds a named list', async () => {
    const { fromHtml } = await import('hast-util-from-html');
    expect(misnamed(fromHtml('<h2 id="t">T</h2><ul aria-labelledby="t"><li>x</li></ul><section aria-labelledby="t"></section>'))).toEqual([
      '<ul aria-labelledby>',
    ]);
  });

  it.each(pages)('%s names only elements a name is recommended for', (path) => {
    expect(misnamed(readPage(path))).toEqual([]);
  });
});

describe('small things', () => {
  it.each(pages.filter((path) => !path.startsWith('/suche/')))('%s: the header search says what to type', (path) => {
    const input = select('header form[role="search"] input[type="search"]', readPage(path));
    expect(String(input?.properties['placeholder'] ?? '')).not.toBe('');
  });

  it.each(pages.filter((path) => /^\/(artikel|aussagen)\/[^/]+\/$/.test(path)))('%s: every ¶ and # permalink has a title saying what it links', (path) => {
    const anchors = selectAll('a.anker', readPage(path));
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) {
      const name = toString(select('.visually-hidden', anchor)!);
      expect(anchor.properties['title']).toBe(name);
      expect(name).toMatch(/^Link zu (Absatz|Zitat) \d+/);
    }
  });
});

/** The text of a page that is ours: without the quoted texts, their quotes and technical code. */
function ourText(path: string): string {
  const page = readPage(path);
  const main = select('main', page)!;
  remove(main, (node) => {
    if (node.type !== 'element') return false;
    const element = node as Element;
    const className = element.properties['className'];
    const classes = Array.isArray(className) ? className.map(String) : [];
    return ['blockquote', 'code', 'mark', 'pre', 'q'].includes(element.tagName) ||
      ['article-body', 'kopfzeile', 'zitat', 'original', 'weggelassen'].some((name) => classes.includes(name));
  });
  // Each text node on its own: words of neighbouring elements must not run together here.
  const words = (node: Element) => selectAll('*', node).flatMap((element) => element.children.flatMap((child) => (child.type === 'text' ? [child.value] : [])));
  return [toString(select('title', page)!), ...words(main), ...words(select('footer', page)!)].join('\n');
}

describe('German, not English', () => {
  it.each(pages.filter((path) => !path.startsWith('/artikel/')))('%s shows no program names (camelCase) or English redirect text', (path) => {
    const text = ourText(path);
    expect(text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []).toEqual([]);
    expect(text).not.toMatch(/\b(Redirecting|redirect|on-or-after)\b/i);
  });
});

describe('the pages of moved URLs', () => {
  it.each(Object.entries(REDIRECTS))('%s is a page of the site that leads to %s', (from, to) => {
    const html = readFileSync(fileFor(from), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const page = readPage(from);
    expect(select('html', page)?.properties['lang']).toBe('de');
    expect(select('meta[http-equiv="refresh"]', page)?.properties['content']).toBe(`0;url=${to}`);
    expect(select('meta[http-equiv="content-security-policy"]', page)?.properties['content']).toMatch(/default-src 'none'/);
    expect(select('link[rel="canonical"]', page)?.properties['href']).toBe(new URL(to, TEST_SITE).href);
    expect(select('meta[name="robots"]', page)?.properties['content']).toBe('noindex');
    expect(toString(select('h1', page)!)).toBe('Diese Seite ist umgezogen');
    expect(selectAll(`main a[href="${to}"]`, page)).toHaveLength(1);
  });
});

describe('the imprint and the contact address', () => {
  it('names the operator, the postal address and the e-mail address the build was given', () => {
    const page = readPage('/impressum/');
    const text = toString(select('main', page)!);
    expect(text).toContain('§ 5 DDG');
    expect(toString(select('address', page)!)).toBe(`${TEST_OPERATOR.SITE_OPERATOR}${TEST_OPERATOR.SITE_ADDRESS.replace(', ', '')}`);
    expect(selectAll('address br', page)).toHaveLength(TEST_OPERATOR.SITE_ADDRESS.split(',').length);
    expect(select(`main a[href="mailto:${TEST_OPERATOR.SITE_EMAIL}"]`, page)).toBeDefined();
    expect(select('.platzhalter', page)).toBeUndefined();
  });

  it('gives the address for error reports on /methodik/', () => {
    const section = toString(select('main', readPage('/methodik/'))!);
    expect(section).toContain(`Schreiben Sie an ${TEST_OPERATOR.SITE_EMAIL}.`);
    expect(section).not.toMatch(/noch nicht|Vorschau/);
  });

  it.each(pages)('%s links the imprint in its footer', (path) => {
    expect(select('footer a[href="/impressum/"]', readPage(path))).toBeDefined();
  });
});
