/**
 * Stories of other shapes than the real one, built for real (one extra build
 * of a scratch copy, ~30 s): a generated story of 8 texts × 48 claims
 * (bench/generate-corpus.ts, seed 1), whose matrix is split into pages that
 * each arrive within the 14 KB first-load budget (issue 20), and a story of
 * one text (the two-stories fixture's second story), which shows no empty
 * section and counts in German, „1 Text“ (issue 21).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { writeProject } from '../../bench/generate-corpus.ts';
import { FIRST_LOAD_BUDGET, pageWeight } from '../../qa/page-weight.ts';
import { fileForPath } from '../../qa/links.ts';
import { SOFT_HYPHEN } from '../../src/site/hyphenate.ts';
import { build } from '../support/project.ts';
import { ROOT } from './dist.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/content/two-stories/content');
const ONE = 'anderes-thema';
let scratch = '';
let dist = '';
let output = '';
let bigStory = '';
/** The big story's claims and texts as generated (the generator draws on the project's own texts, so they vary with content/). */
let bigClaims = 0;
let bigTexts = 0;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'story-shapes-'));
  const dir = join(scratch, 'site');
  writeProject(dir, 8, { seed: 1 });
  bigStory = readdirSync(join(dir, 'content/stories'))[0]!.replace(/\.yaml$/, '');
  const ofBigStory = (folder: string) =>
    readdirSync(join(dir, 'content', folder)).filter((file) => new RegExp(`^story: '?${bigStory}'?$`, 'm').test(readFileSync(join(dir, 'content', folder, file), 'utf8'))).length;
  bigClaims = ofBigStory('claims');
  bigTexts = ofBigStory('articles');
  for (const [from, to] of [
    ['stories/anderes-thema.yaml', 'stories/anderes-thema.yaml'],
    ['articles/andere-probe.md', 'articles/andere-probe.md'],
    ['originals/probe.txt', 'originals/probe.txt'],
    ['claims/andere-aussage.yaml', 'claims/andere-aussage.yaml'],
  ] as const) cpSync(join(FIXTURE, from), join(dir, 'content', to));
  const result = build(dir);
  output = result.output;
  dist = join(dir, 'dist');
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const page = (path: string): Root => fromHtml(readFileSync(join(dist, fileForPath(path)), 'utf8'));
const words = (node: Root | Element) => toString(node).replaceAll(SOFT_HYPHEN, '').replace(/\s+/g, ' ').trim();

describe('the scratch build', () => {
  it('built', () => {
    expect(existsSync(join(dist, 'index.html')), output.slice(-3000)).toBe(true);
  });
});

describe('a story of 8 texts and some 30–50 claims (more cells than one matrix page holds)', () => {
  const matrixPaths = () => {
    const extra = existsSync(join(dist, 'themen', bigStory, 'aussagen')) ? readdirSync(join(dist, 'themen', bigStory, 'aussagen')).sort() : [];
    return [`/themen/${bigStory}/`, ...extra.map((n) => `/themen/${bigStory}/aussagen/${n}/`)];
  };

  it('is what the generator was asked for', () => {
    const story = page(`/themen/${bigStory}/`);
    expect(bigTexts).toBe(8);
    expect(bigClaims * bigTexts).toBeGreaterThan(200);
    expect(selectAll('.matrix thead th', story)).toHaveLength(bigTexts + 1);
    expect(words(select('.matrix-titel', story)!)).toMatch(new RegExp(` von ${bigClaims} Aussagen, ${bigTexts} Texte\\)$`));
  });

  it('splits its matrix into pages that show every claim once, linked to each other', () => {
    const paths = matrixPaths();
    expect(paths.length).toBeGreaterThan(1);
    const rows = paths.flatMap((path) => selectAll('.matrix tbody tr', page(path)).map((row) => String(row.properties['id'])));
    expect(rows).toHaveLength(bigClaims);
    expect(new Set(rows).size).toBe(bigClaims);
    for (const path of paths) {
      expect(selectAll('.matrix-seiten a', page(path)).map((a) => a.properties['href'])).toEqual(expect.arrayContaining(paths));
      expect(select('.matrix-seiten a[aria-current="page"]', page(path))?.properties['href']).toBe(path);
    }
  });

  it(`fits each matrix page in ${FIRST_LOAD_BUDGET} bytes gzip`, () => {
    const resolve = (path: string) => {
      const file = join(dist, fileForPath(path));
      return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
    };
    for (const path of matrixPaths()) {
      const weight = pageWeight(path, readFileSync(join(dist, fileForPath(path)), 'utf8'), resolve);
      expect(weight.missing).toEqual([]);
      expect(weight.gzip, path).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
    }
  });
});

describe('a story of one text', () => {
  const storyPaths = () => [`/themen/${ONE}/`, `/themen/${ONE}/vergleich/`, `/themen/${ONE}/wortwahl/`, `/themen/${ONE}/quellen/`, `/themen/${ONE}/zeitleiste/`, '/artikel/andere-probe/', '/aussagen/andere-aussage/'];

  it('counts in German: „1 Text“, „1 Aussage“', () => {
    expect(words(select('.matrix-titel', page(`/themen/${ONE}/`))!)).toBe('Aussagen × Texte (1 Aussage, 1 Text)');
    for (const path of storyPaths()) {
      const tree = page(path);
      const text = `${words(tree)} ${String(select('meta[name="description"]', tree)?.properties['content'])}`;
      expect(text, path).not.toMatch(/\b1 (Texte|Texten|Aussagen|Zitate|Themen|Quellen)\b/);
      expect(text, path).not.toMatch(/\b(der|die) 1 /);
    }
  });

  it('offers no pairs, and its pair page says why instead of listing none', () => {
    const story = page(`/themen/${ONE}/`);
    expect(selectAll(`a[href="/themen/${ONE}/vergleich/"]`, story)).toEqual([]);
    const pairs = page(`/themen/${ONE}/vergleich/`);
    expect(selectAll('main ul', pairs).filter((list) => !select('li', list))).toEqual([]);
    expect(words(select('main', pairs)!)).toContain('nur einen Text');
  });

  it('has no empty section or list and no heading without content on any of its pages', () => {
    for (const path of storyPaths()) {
      const main = select('main', page(path))!;
      expect(selectAll('ul, ol', main).filter((list) => !select('li', list)).length, `${path}: empty list`).toBe(0);
      for (const section of selectAll('section', main)) {
        const content = section.children.filter((child) => child.type === 'element' && !/^h[1-6]$/.test(child.tagName));
        expect(content.length, `${path}: a section with a heading only`).toBeGreaterThan(0);
      }
    }
  });
});
