/**
 * Reading in Chromium (issue 14): the claims table on a 375px phone, calm
 * quote marks, landing on a passage with room above it, permalinks a reader
 * can see and reach by keyboard, the popover listing the claims of one place,
 * German hyphenation in narrow headers, and article pages that open with the
 * text. Served from dist/ like the other browser tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startServer, type StaticServer } from '../support/server.ts';

const PHONE = { width: 375, height: 740 };
const LAPTOP = { width: 1280, height: 800 };

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, viewport = LAPTOP, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({ viewport, colorScheme });
  await page.goto(`${server.url}${path}`);
  return page;
}

describe('the claims table', () => {
  it('at 375px shows each claim as a block with a line per text: nothing scrolls sideways, no box scrolls', async () => {
    const page = await open('/themen/russland-nordkorea/', PHONE);
    const layout = await page.evaluate(() => {
      const scrollers = [...document.querySelectorAll('main *')].filter((element) => {
        const style = getComputedStyle(element);
        return /(auto|scroll)/.test(style.overflowX + style.overflowY) && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1);
      });
      const row = document.querySelector('.matrix tbody tr')!;
      const cells = [...row.querySelectorAll('td')];
      return {
        pageWidth: document.documentElement.scrollWidth,
        scrollers: scrollers.map((element) => element.className),
        headerShown: getComputedStyle(document.querySelector('.matrix thead')!).display !== 'none',
        labels: cells.map((cell) => getComputedStyle(cell, '::before').content.replaceAll('\u00AD', '')),
        names: cells.map((cell) => cell.dataset['t']!.replaceAll('\u00AD', '')),
        rowRight: row.getBoundingClientRect().right,
      };
    });
    expect(layout.pageWidth).toBeLessThanOrEqual(PHONE.width);
    expect(layout.scrollers).toEqual([]);
    expect(layout.headerShown).toBe(false);
    expect(layout.labels).toEqual(layout.names.map((name) => `"${name}"`));
    expect(layout.rowRight).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it('at 1280px is a table the page scrolls, its header row sticking to the top of the window', async () => {
    const page = await open('/themen/russland-nordkorea/', LAPTOP);
    const matrixTop = await page.locator('.matrix').evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    // Issue 23: it started at y = 1,896. Now only the story's title and summary stand before it.
    expect(matrixTop).toBeLessThan(LAPTOP.height);
    const scrolled = await page.evaluate(() => {
      const rows = document.querySelectorAll('.matrix tbody tr');
      rows[Math.floor(rows.length / 2)]!.scrollIntoView();
      const head = document.querySelector('.matrix thead th:last-child')!.getBoundingClientRect();
      const table = document.querySelector('.matrix table')!.getBoundingClientRect();
      return { headTop: head.top, tableTop: table.top, display: getComputedStyle(document.querySelector('.matrix table')!).display, pageWidth: document.documentElement.scrollWidth };
    });
    expect(scrolled.display).toBe('table');
    expect(scrolled.tableTop).toBeLessThan(-200);
    expect(scrolled.headTop).toBe(0);
    expect(scrolled.pageWidth).toBeLessThanOrEqual(LAPTOP.width);
    await page.close();
  });

  it('opens a cell on its first quote without a script', async () => {
    const page = await open('/themen/russland-nordkorea/', PHONE);
    expect(await page.locator('script').count()).toBe(0);
    const cell = page.locator('tr#beistandsklausel td.reported details');
    const quote = cell.locator('blockquote');
    expect(await quote.isVisible()).toBe(false);
    await cell.locator('summary').click();
    expect(await quote.isVisible()).toBe(true);
    expect(await quote.textContent()).toContain('gegenseitige Hilfe');
    await page.close();
  });
});

describe('quote marks in a text', () => {
  it.each(['light', 'dark'] as const)('are a quiet underline, not a background (%s)', async (scheme) => {
    const page = await open('/artikel/einladung-nordkorea/', LAPTOP, scheme);
    const styles = await page.locator('mark.beleg').evaluateAll((marks) =>
      marks.map((mark) => {
        const style = getComputedStyle(mark);
        return { background: style.backgroundColor, line: style.textDecorationLine };
      }),
    );
    expect(styles.length).toBeGreaterThan(5);
    for (const style of styles) expect(style).toEqual({ background: 'rgba(0, 0, 0, 0)', line: 'underline' });
    await page.close();
  });

  it('the quote a link leads to is highlighted, with room above it', async () => {
    const page = await open('/artikel/einladung-nordkorea/#beleg-gipfeldauer-2023-1');
    const mark = page.locator('#beleg-gipfeldauer-2023-1');
    expect(await mark.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const top = (await mark.boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(20);
    expect(top).toBeLessThan(100);
    await page.close();
  });

  it('one button lists the claims of a place where several meet, in a popover, by keyboard too', async () => {
    const page = await open('/artikel/einladung-nordkorea/');
    const button = page.getByRole('button', { name: /^↗ \d Aussagen zu dieser Stelle$/ }).first();
    const count = Number(/(\d) Aussagen/.exec((await button.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(1);
    const list = page.locator(`[id="${await button.getAttribute('popovertarget')}"]`);
    expect(await list.isVisible()).toBe(false);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await list.isVisible()).toBe(true);
    const links = await list.getByRole('link').allTextContents();
    expect(links).toHaveLength(count);
    for (const link of links) expect(link).toMatch(/^Zur Aussage: \S/);
    expect(await list.getByRole('link').first().getAttribute('href')).toMatch(/^\/aussagen\/[a-z0-9-]+\/#einladung-nordkorea$/);
    await page.keyboard.press('Escape');
    expect(await list.isVisible()).toBe(false);
    await page.close();
  });
});

describe('landing on a passage', () => {
  it.each([
    '/artikel/heiliger-kampf/#absatz-6',
    '/artikel/allianz-historischer-besuch/#absatz-12',
    '/aussagen/beistandsklausel/#allianz-historischer-besuch',
    '/themen/russland-nordkorea/zeitleiste/#vertrag-1961',
  ])('%s sits below the top edge, not flush with it', async (path) => {
    const page = await open(path);
    const target = page.locator(':target');
    const top = (await target.boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(20);
    expect(top).toBeLessThan(100);
    await page.close();
  });
});

describe('permalinks', () => {
  it.each([LAPTOP, PHONE])('each passage shows its ¶ link, named for screen readers, inside the window (%o)', async (viewport) => {
    const page = await open('/artikel/heiliger-kampf/', viewport);
    const link = page.getByRole('link', { name: 'Link zu Absatz 6', exact: true });
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe('#absatz-6');
    await link.scrollIntoViewIfNeeded();
    expect(await link.isVisible()).toBe(true);
    const box = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.width).toBeGreaterThan(4);
    await page.close();
  });

  it('is reached by the keyboard and leads to its passage', async () => {
    const page = await open('/artikel/heiliger-kampf/');
    let name = '';
    for (let step = 0; step < 60 && name !== 'Link zu Absatz 1'; step++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => (document.activeElement?.matches('a.anker') ? document.activeElement.textContent?.replace('¶', '').trim() ?? '' : ''));
    }
    expect(name).toBe('Link zu Absatz 1');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#absatz-1$/);
    await page.close();
  });

  it('each quote on a claim page has its # link', async () => {
    const page = await open('/aussagen/beistandsklausel/');
    const link = page.getByRole('link', { name: 'Link zu Zitat 1 aus Allianz bei historischem Besuch', exact: true });
    expect(await link.getAttribute('href')).toBe('#zitat-allianz-historischer-besuch-1');
    expect(await link.isVisible()).toBe(true);
    await page.close();
  });
});

describe('typography', () => {
  it('German text and headers hyphenate where the browser can (hyphens: auto under lang="de")', async () => {
    const page = await open('/aussagen/beistandsklausel/');
    const hyphens = await page.evaluate(() =>
      ['.article-body, main p', 'h1', '.spaltenkopf'].map((selector) => getComputedStyle(document.querySelector(selector)!).hyphens),
    );
    expect(hyphens).toEqual(['auto', 'auto', 'auto']);
    await page.close();
  });
});

describe('an article page', () => {
  it.each([LAPTOP, PHONE])('shows the first passage of the text in the first screen (%o)', async (viewport) => {
    const page = await open('/artikel/heiliger-kampf/', viewport);
    const first = (await page.locator('#absatz-1').boundingBox())!;
    expect(first.y).toBeLessThan(viewport.height - 40);
    expect(await page.locator('details.herkunft').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await page.close();
  });
});
