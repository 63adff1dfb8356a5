/**
 * Long German words in titles break at a syllable with a hyphen, never in the
 * middle without one (issue 23: „Partnerschaftsvertra|g“ at 375 px). Debian's
 * Chromium has no German patterns for `hyphens: auto`, so titles carry soft
 * hyphens from the build (src/site/hyphenate.ts). Checked in Chromium on
 * every page: each line break inside a heading falls on a space, a hyphen or
 * a soft hyphen.
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
  page = await browser.newPage({ viewport: { width: 375, height: 812 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs in the page: words in headings and matrix heads that a line break cuts without a hyphen. */
function brokenWords(): string[] {
  const found: string[] = [];
  const range = document.createRange();
  const top = (node: Text, index: number) => {
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    // The last box: a character after a soft hyphen where the line breaks has an empty one at the end of the line above.
    return [...range.getClientRects()].at(-1)?.top;
  };
  for (const heading of document.querySelectorAll('main :is(h1, h2, h3, h4), .matrix th')) {
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data;
      let previous: number | undefined;
      for (let index = 0; index < text.length; index++) {
        if (/\s|\u00AD/.test(text[index]!)) continue;
        const current = top(node, index);
        if (current === undefined) continue;
        if (previous !== undefined && current > previous + 2) {
          // A new line starts inside this text node: fine after a space, a hyphen or a soft hyphen.
          if (!/[\s\u00AD\-–]/.test(text[index - 1] ?? ' ')) found.push(`${text.slice(Math.max(0, index - 15), index)}|${text.slice(index, index + 10)}`);
        }
        previous = current;
      }
    }
  }
  return found;
}

describe('titles at 375 px', () => {
  it('the check finds a word broken without a hyphen', async () => {
    await page.setContent('<main><h1 style="width:120px;font:24px sans-serif;overflow-wrap:break-word">Partnerschaftsvertrag</h1><h2 style="width:120px;font:24px sans-serif">Part\u00ADner\u00ADschafts\u00ADver\u00ADtrag</h2></main>');
    const found = await page.evaluate(brokenWords);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((entry) => !entry.includes('\u00AD'))).toBe(true);
  });

  it.each(pagePaths())('%s breaks no word in a title without a hyphen', async (path) => {
    await page.goto(`${server.url}${path}`);
    expect(await page.evaluate(brokenWords)).toEqual([]);
  });
});
