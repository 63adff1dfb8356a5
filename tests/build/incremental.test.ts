/**
 * Incremental builds (`experimental.incrementalBuild` in astro.config.mjs, a cacheKey per story from
 * storyCacheKeys() in src/data/collections.ts), on a generated corpus of several stories built twice:
 * after one claim's description is corrected, the pages of its story are rendered again and show the
 * correction, and every page of the other stories comes from the cache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeProject } from '../../bench/generate-corpus.ts';
import { correctClaim } from '../../bench/scaling.ts';
import { build } from '../support/project.ts';
import { TEST_OPERATOR, TEST_SITE } from '../support/site.ts';

let scratch = '';
let dir = '';
let second = '';
let corrected = '';

/** The `story:` of every YAML or Markdown file in a content folder, by id. */
function storiesOf(folder: string): Map<string, string> {
  const path = join(dir, 'content', folder);
  return new Map(
    readdirSync(path).map((name) => [name.replace(/\.(yaml|md)$/, ''), /^story: (\S+)$/m.exec(readFileSync(join(path, name), 'utf8'))?.[1] ?? '']),
  );
}

/** Every page the build wrote, with whether Astro took it from its cache ("(cached)" or "(restored)"). */
function written(output: string): Map<string, boolean> {
  const pages = new Map<string, boolean>();
  for (const [, file, cached] of output.matchAll(/[├└]─ (\/\S+\.html)(?: \(\+\d+m?s\))?( \((?:cached|restored)\))?/g)) pages.set(file as string, cached !== undefined);
  return pages;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'incremental-'));
  dir = join(scratch, 'site');
  writeProject(dir, 14, { seed: 5 });
  const first = build(dir, { SITE_URL: TEST_SITE, ...TEST_OPERATOR });
  expect(first.status, first.output.slice(-2000)).toBe(0);
  corrected = correctClaim(dir).replace(/\.yaml$/, '');
  const again = build(dir, { SITE_URL: TEST_SITE, ...TEST_OPERATOR });
  expect(again.status, again.output.slice(-2000)).toBe(0);
  second = again.output;
}, 480_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a correction, built again with the cache', () => {
  it('renders the pages of the corrected claim\'s story again, and the claim page shows the correction', () => {
    const claims = storiesOf('claims');
    const story = claims.get(corrected) ?? '';
    const pages = written(second);
    expect(pages.get(`/aussagen/${corrected}/index.html`)).toBe(false);
    expect(pages.get(`/themen/${story}/index.html`)).toBe(false);
    const claimPages = [...claims].filter(([, of]) => of === story).map(([id]) => `/aussagen/${id}/index.html`);
    expect(claimPages.filter((page) => pages.get(page) !== false)).toEqual([]);
    expect(readFileSync(join(dir, 'dist', 'aussagen', corrected, 'index.html'), 'utf8')).toContain('Korrigiert.');
  });

  it('takes every page of the other stories from the cache', () => {
    const claims = storiesOf('claims');
    const articles = storiesOf('articles');
    const story = claims.get(corrected) ?? '';
    const others = new Set([...storiesOf('stories').keys()].filter((id) => id !== story));
    expect(others.size).toBeGreaterThan(0);
    const pages = written(second);
    const theirs = [...pages.keys()].filter((page) => {
      const [, kind, id] = page.split('/');
      if (kind === 'themen') return others.has(id ?? '');
      if (kind === 'aussagen') return others.has(claims.get(id ?? '') ?? '');
      if (kind === 'artikel' || kind === 'vergleich') return others.has(articles.get((id ?? '').split('--')[0] ?? '') ?? '');
      return false;
    });
    expect(theirs.length).toBeGreaterThan(10);
    expect(theirs.filter((page) => pages.get(page) !== true)).toEqual([]);
  });
});
