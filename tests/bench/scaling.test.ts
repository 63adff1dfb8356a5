/** The pure parts of the scaling bench (bench/scaling.ts, bench/bytes.ts): reading Astro's log, growth, page types. */
import { describe, expect, it } from 'vitest';
import { pageType } from '../../bench/bytes.ts';
import { buildPhases, growth, seconds, type ScalingRun } from '../../bench/scaling.ts';

describe("Astro's durations", () => {
  it('read milliseconds, seconds and minutes', () => {
    expect(seconds('859ms')).toBe(0.859);
    expect(seconds('2.31s')).toBe(2.31);
    expect(seconds('1m 27s')).toBe(87);
    expect(seconds('2m')).toBe(120);
  });

  it('refuse what is not one', () => {
    expect(() => seconds('soon')).toThrow(/not a duration/);
  });
});

describe('the phases of a build', () => {
  const log = [
    '05:46:19 [content] Syncing content',
    '05:46:35 [content] Synced content',
    '05:46:35 [types] Generated 16.28s',
    '05:46:35 [build] Collecting build info...',
    '05:46:35 [build] ✓ Completed in 16.34s.',
    '05:46:35 [build] Building static entrypoints...',
    '05:46:40 [vite] ✓ built in 4.37s',
    '',
    ' generating static routes ',
    '05:46:41   ├─ /404.html (+12ms) ',
    '05:54:00 ✓ Completed in 7m 20s.',
    '',
    '05:54:00 [build] ✓ Completed in 7m 25s.',
    '05:54:16 [nebeneinander:pagefind] search index written to pagefind/: 16817 pages from 16817 HTML files',
    '05:54:17 [build] 19931 page(s) built in 7m 58s',
  ].join('\n');

  it('are read from the log, the hooks as what is left of Astro\'s total', () => {
    // 478 s in all − 16.34 s collecting − 445 s static build = 16.66 s for Pagefind and the URL check.
    expect(buildPhases(log)).toEqual({ sync: 16.28, collect: 16.34, render: 440, staticBuild: 445, hooks: 16.66, astro: 478 });
  });

  it('are unknown where the log stops early', () => {
    const failed = log.slice(0, log.indexOf(' generating'));
    expect(buildPhases(failed)).toEqual({ sync: 16.28, collect: 16.34, render: null, staticBuild: null, hooks: null, astro: null });
  });
});

describe('growth', () => {
  const run = (texts: number, wallSeconds: number, pages: number) => ({ texts, build: { wallSeconds, pages } }) as ScalingRun;

  it('is the exponent of the time above the smallest build, and of the whole time', () => {
    const steps = growth([run(2000, 404, 4000), run(5, 4, 10), run(500, 104, 1000)]);
    expect(steps).toEqual([
      // ln(104 / 4) / ln(100): the first step has no start-up to take off.
      { from: 5, to: 500, exponent: 0.71, rawExponent: 0.71, pagesExponent: 1 },
      // (404 − 4) / (104 − 4) = 4 for 4 times the texts: linear; the whole time hides it (0.98).
      { from: 500, to: 2000, exponent: 1, rawExponent: 0.98, pagesExponent: 1 },
    ]);
  });
});

describe('page types', () => {
  it.each([
    ['/', 'overview'],
    ['/themen/', 'stories'],
    ['/themen/2/', 'stories'],
    ['/themen/thema-0001/', 'story'],
    ['/themen/thema-0001/vergleich/', 'pairs'],
    ['/themen/thema-0001/wortwahl/', 'lens'],
    ['/artikel/text-00001/', 'article'],
    ['/artikel/text-00001/original/', 'original'],
    ['/aussagen/aussage-00001/', 'claim'],
    ['/vergleich/text-00001--text-00002/', 'pair'],
    ['/suche/', 'search'],
    ['/daten/', 'other'],
  ])('%s is a page of type %s', (path, type) => {
    expect(pageType(path)).toBe(type);
  });

  it('tells a redirect page by its HTML', () => {
    expect(pageType('/aussagen/', '<!doctype html><meta http-equiv="refresh" content="0;url=/themen/x/">')).toBe('redirect');
  });
});
