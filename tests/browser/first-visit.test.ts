/**
 * What a first visit stumbled over (issue 23), in Chromium: a link to one
 * quote (#zitat-…) highlights it as cell, ¶ and #beleg links do, and a text
 * shows the way back to its story in the first screen on a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startServer, type StaticServer } from '../support/server.ts';
import { pagePaths } from '../build/dist.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const claimPage = pagePaths().find((path) => /^\/aussagen\/[^/]+\/$/.test(path))!;
const articlePage = pagePaths().find((path) => /^\/artikel\/[^/]+\/$/.test(path))!;

describe('a link to one quote', () => {
  it.each(['light', 'dark'] as const)('highlights the quote it leads to, and only that one (%s)', async (colorScheme) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
    await page.goto(`${server.url}${claimPage}`);
    const id = await page.locator('blockquote.zitat[id^="zitat-"]').first().getAttribute('id');
    await page.goto(`${server.url}${claimPage}#${id}`);
    const looks = await page.evaluate((target) =>
      [...document.querySelectorAll('blockquote.zitat[id]')].map((quote) => {
        const style = getComputedStyle(quote);
        return { target: quote.id === target, background: style.backgroundColor, outline: style.outlineStyle };
      }), id);
    const [hit] = looks.filter((look) => look.target);
    expect(hit?.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(hit?.outline).toBe('solid');
    for (const other of looks.filter((look) => !look.target)) expect(other).toMatchObject({ background: 'rgba(0, 0, 0, 0)', outline: 'none' });
    await page.close();
  });
});

describe('the way back to the story', () => {
  it.each([{ width: 375, height: 740 }, { width: 1280, height: 800 }])('a text shows its story link in the first screen (%o)', async (viewport) => {
    const page = await browser.newPage({ viewport });
    await page.goto(`${server.url}${articlePage}`);
    const link = page.locator('main .story-nav a').first();
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toMatch(/^\/themen\/[^/]+\/$/);
    const box = (await link.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(viewport.height / 2);
    await page.close();
  });
});
