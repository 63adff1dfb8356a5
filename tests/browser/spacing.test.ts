/**
 * No words glued together where an element meets the text beside it (issue
 * 23): Astro's compressHTML drops the line break between a word and a link
 * on the next source line, so „jedes⏎<a>Themas</a>“ read „jedesThemas“; a
 * space that matters has to be written as {" "}. Checked in Chromium on every
 * page, because only the browser knows which elements sit inside a line
 * (display: inline) and which start a line of their own (a block, a flex
 * item), where no space is needed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startServer, type StaticServer } from '../support/server.ts';
import { pagePaths } from '../build/dist.ts';

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Runs in the page: every place where the text a reader sees runs from a word
 * straight into an inline element, or out of one into a word, as „before|after“.
 * Screen-reader-only text (.visually-hidden) is not seen, so it is skipped.
 */
function gluedWords(): string[] {
  const WORD_END = /[\p{L}\p{N}]$/u;
  const WORD_START = /^[\p{L}\p{N}]/u;
  const hidden = (node: Node) => node instanceof Element && (node.classList.contains('visually-hidden') || getComputedStyle(node).display === 'none');
  const inline = (node: Node) => node instanceof Element && getComputedStyle(node).display.startsWith('inline');
  /** What a reader sees of a node, or undefined where a line ends (a block). */
  const seen = (node: Node): string | undefined => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return '';
    if (hidden(node)) return '';
    if (!inline(node)) return undefined;
    return [...node.childNodes].map((child) => seen(child) ?? '\n').join('');
  };
  /** The text next to an element on one side, up to the nearest block. */
  const beside = (element: Element, step: 'previousSibling' | 'nextSibling'): string => {
    let text = '';
    for (let node = element[step]; node; node = node[step]) {
      const part = seen(node);
      if (part === undefined) break;
      text = step === 'previousSibling' ? part + text : text + part;
      if (part.trim() !== '') break;
    }
    return text;
  };
  const found: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    if (!inline(element) || hidden(element) || element.closest('.visually-hidden, script, style')) continue;
    const inside = seen(element) ?? '';
    if (inside.trim() === '') continue;
    const before = beside(element, 'previousSibling');
    const after = beside(element, 'nextSibling');
    if (WORD_END.test(before) && WORD_START.test(inside)) found.push(`${before.slice(-25)}|${inside.slice(0, 25)}`);
    if (WORD_END.test(inside) && WORD_START.test(after)) found.push(`${inside.slice(-25)}|${after.slice(0, 25)}`);
  }
  return found;
}

describe('spaces where a word meets a link', () => {
  it('the check finds a word glued to a link, and nothing where a block starts a line', async () => {
    await page.setContent(
      '<p>Quellen jedes<a href="/">Themas</a>Die</p><p>Liste aller <a href="/">Themen</a>. <strong>(x)</strong></p>' +
        '<p><a href="/">Titel</a><span style="display:block">Datum</span><span class="visually-hidden">Link</span></p>' +
        '<style>.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; }</style>',
    );
    expect(await page.evaluate(gluedWords)).toEqual(['Quellen jedes|Themas', 'Themas|Die']);
  });

  it.each(pagePaths())('%s has a space wherever a word meets a link or an inline element', async (path) => {
    await page.goto(`${server.url}${path}`);
    expect(await page.evaluate(gluedWords)).toEqual([]);
  });
});
