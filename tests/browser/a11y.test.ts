/**
 * Accessibility: axe-core on every page of the build, in light and in dark
 * colour scheme, with the WCAG 2.0/2.1/2.2 A and AA rules and axe's best
 * practices. Zero violations. Pages are found by walking dist/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { launchChromium } from '../support/browser.ts';
import { startServer, type StaticServer } from '../support/server.ts';
import { pagePaths } from '../build/dist.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SCHEMES = ['light', 'dark'] as const;

const paths = pagePaths();

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
  // axe is injected as a script; the pages' CSP rightly forbids that, so it is bypassed here only.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** axe's findings, one line per violation: rule, impact, what it asks, where. */
async function violations(): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    }),
    TAGS,
  );
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe.each(SCHEMES)('%s colour scheme', (scheme) => {
  beforeAll(async () => {
    await page.emulateMedia({ colorScheme: scheme });
  });

  it.each(paths)('%s has no axe violations', async (path) => {
    await page.goto(`${server.url}${path}`);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    expect(await violations()).toEqual([]);
  });
});

describe('the gate itself', () => {
  it('finds a violation axe is asked about, in the tags we run', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${server.url}/`);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = '/favicon.svg';
      document.querySelector('main')?.append(image);
    });
    expect((await violations()).join('\n')).toMatch(/^image-alt \(critical\)/m);
  });
});
