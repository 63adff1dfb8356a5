/**
 * Every page of the build in a real browser (Debian's Chromium), served from
 * dist/ on 127.0.0.1: it loads, asks no other host for anything, can be used
 * by keyboard, fits a 320px screen, and logs no error, CSP violations
 * included. Pages are found by walking dist/, so new routes are covered
 * without being named here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startServer, type StaticServer } from '../support/server.ts';
import { DIST, pagePaths, readPage } from '../build/dist.ts';

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 640 };

const paths = pagePaths();

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
/** Console errors and uncaught exceptions since the last navigation. */
const errors: string[] = [];
/** Every URL the browser requested since the last navigation, workers included. */
const requests: string[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
  context = await browser.newContext({ viewport: WIDE });
  context.on('request', (request) => requests.push(request.url()));
  // Recorded above, then stopped here: a test never sends anything off this machine.
  await context.route((url) => leavesTheMachine(url.href), (route) => route.abort());
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, viewport = WIDE): Promise<number | undefined> {
  errors.length = 0;
  requests.length = 0;
  await page.setViewportSize(viewport);
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return response?.status();
}

/** Only this machine's server; inline data is no request to anyone. */
function leavesTheMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return false;
  return hostname !== '127.0.0.1';
}

describe.each(paths)('%s', (path) => {
  let status: number | undefined;
  beforeAll(async () => {
    status = await open(path);
  });

  it('loads with status 200', () => {
    expect(status).toBe(200);
  });

  it('requests nothing from another host', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter(leavesTheMachine)).toEqual([]);
  });

  it('has the skip link as first stop of the keyboard, and it moves focus to main', async () => {
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const box = element?.getBoundingClientRect();
      return {
        className: element?.className,
        onScreen: !!box && box.width > 0 && box.top >= 0 && box.bottom <= window.innerHeight,
      };
    });
    expect(first).toEqual({ className: 'skip-link', onScreen: true });
    await page.keyboard.press('Enter');
    const target = await page.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id }));
    expect(target).toEqual({ tag: 'MAIN', id: 'inhalt' });
  });

  it('shows a focus outline on every link reached by keyboard', async () => {
    await page.keyboard.press('Tab');
    const invisible = await page.evaluate(() => {
      // A reader opens disclosures to reach the links in them.
      for (const details of document.querySelectorAll('details')) details.open = true;
      return [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
        .filter((link) => link.checkVisibility())
        .filter((link) => {
          link.focus();
          const style = getComputedStyle(link);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return !(document.activeElement === link && link.matches(':focus-visible') && outline);
        })
        .map((link) => link.getAttribute('href'));
    });
    expect(invisible).toEqual([]);
  });

  it('fits 320px without horizontal scrolling', async () => {
    await page.setViewportSize(NARROW);
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
        .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ''}`)
        .slice(0, 5);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    await page.setViewportSize(WIDE);
    expect(overflow.scrollWidth, `too wide: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.clientWidth);
  });

  it('logs no console error and throws nothing (CSP violations are console errors)', async () => {
    // Let late reports (a CSP violation is reported after the fact) arrive.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(errors).toEqual([]);
  });
});

describe('the gate itself', () => {
  it('sees a CSP violation as a console error', async () => {
    await open('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await expect.poll(() => errors.join('\n')).toMatch(/Content Security Policy/);
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
  });

  it('records a request to another host (without sending it)', async () => {
    const open = await browser.newContext({ bypassCSP: true });
    const seen: string[] = [];
    open.on('request', (request) => seen.push(request.url()));
    await open.route((url) => leavesTheMachine(url.href), (route) => route.abort());
    const probe = await open.newPage();
    await probe.goto(`${server.url}/`);
    await probe.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://bilder.example.org/x.png';
      image.alt = '';
      document.body.append(image);
    });
    await expect.poll(() => seen.filter(leavesTheMachine)).toEqual(['https://bilder.example.org/x.png']);
    await open.close();
  });
});

describe('missing pages', () => {
  it('are answered with status 404 and the German 404 page', async () => {
    const other = await context.newPage();
    const response = await other.goto(`${server.url}/gibt-es-nicht/`);
    expect(response?.status()).toBe(404);
    expect(await other.locator('h1').textContent()).toBe('Seite nicht gefunden');
    await other.close();
  });
});

/** Per `.vergleich-spalten` on the page: do its direct children share a top, or does each start below the last? */
async function columnLayout(target: Page) {
  return target.evaluate(() =>
    [...document.querySelectorAll('.vergleich-spalten')].map((container) => {
      const boxes = [...container.children]
        .filter((child) => child.getClientRects().length > 0)
        .map((child) => child.getBoundingClientRect());
      const first = boxes[0];
      return {
        columns: boxes.length,
        sideBySide: boxes.length > 1 && boxes.every((box) => Math.abs(box.top - (first?.top ?? 0)) <= 1),
        stacked: boxes.every((box, index) => index === 0 || box.top >= (boxes[index - 1]?.bottom ?? 0) - 1),
      };
    }),
  );
}

describe('comparison columns (.vergleich-spalten)', () => {
  const withColumns = paths.filter((path) => select('.vergleich-spalten', readPage(path)) !== undefined);

  it('are measured right: side by side and stacked are told apart', async () => {
    const probe = await context.newPage();
    await probe.setContent(
      '<style>.vergleich-spalten{display:grid;grid-template-columns:repeat(3,1fr)}' +
        '@media (max-width:40rem){.vergleich-spalten{grid-template-columns:1fr}}</style>' +
        '<div class="vergleich-spalten"><div>eins</div><div>zwei<br>zwei</div><div>drei</div></div>',
    );
    await probe.setViewportSize(WIDE);
    expect(await columnLayout(probe)).toEqual([{ columns: 3, sideBySide: true, stacked: false }]);
    await probe.setViewportSize(NARROW);
    expect(await columnLayout(probe)).toEqual([{ columns: 3, sideBySide: false, stacked: true }]);
    await probe.close();
  });

  it('stand side by side at 1280px and stack at 320px on every page that has them', async () => {
    // Claim pages have them; until they are built (on another branch) no page may.
    expect(withColumns.length > 0 || !existsSync(join(DIST, 'aussagen'))).toBe(true);
    for (const path of withColumns) {
      await open(path, WIDE);
      for (const layout of await columnLayout(page)) expect({ path, sideBySide: layout.sideBySide }).toEqual({ path, sideBySide: true });
      await page.setViewportSize(NARROW);
      for (const layout of await columnLayout(page)) expect({ path, stacked: layout.stacked }).toEqual({ path, stacked: true });
    }
  });
});
