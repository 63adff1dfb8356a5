/**
 * The corpus generator of the scaling bench (bench/generate-corpus.ts): the
 * invariants its output must hold, checked on small corpora without building.
 */
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, genericPermalinks, random, retargetRedirects, STORY_SIZE, storySizes, writeProject } from '../../bench/generate-corpus.ts';
import { checkAll } from '../support/content.ts';

interface Cell {
  status: string;
  quotes?: string[];
}
interface Story {
  title: string;
  summary: string;
  events: { id: string; label: string; short: string; date: string; topic: string; description: string }[];
}
interface Claim {
  story: string;
  event?: string;
  cells: Record<string, Cell>;
}
interface Article {
  story: string;
  event: string;
  published: { date: string };
  original: string;
}
interface TimelineEntry {
  story: string;
  mentions: { article: string; quote: string }[];
  claims: string[];
}

const N = 41;
const { files, stats, stories } = generateCorpus(N);

const load = <T>(path: string): T => yaml.load(files.get(path) as string) as T;
const under = (folder: string) => [...files.keys()].filter((path) => path.startsWith(`content/${folder}/`));
const idOf = (path: string) => (path.split('/').at(-1) as string).replace(/\.\w+$/, '');

const articles = new Map(
  under('articles').map((path) => {
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(files.get(path) as string) ?? [];
    return [idOf(path), { data: yaml.load(frontmatter) as Article, body }];
  }),
);
const storyFiles = new Map(under('stories').map((path) => [idOf(path), load<Story>(path)]));
const claims = new Map(under('claims').map((path) => [idOf(path), load<Claim>(path)]));
const timeline = load<Record<string, TimelineEntry>>('content/timeline.yaml');

/** The paragraphs of a body: blocks between blank lines (a quote must lie within one). */
const paragraphs = (id: string) => (articles.get(id)?.body ?? '').split('\n\n');
const inOneParagraph = (id: string, quote: string) => paragraphs(id).some((paragraph) => paragraph.includes(quote));

describe('story sizes', () => {
  it('split N texts into stories of 3 to 8 that add up to N', () => {
    for (const texts of [3, 8, 9, 10, 11, 17, 100, 2000]) {
      const sizes = storySizes(texts, random(texts));
      expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(texts);
      for (const size of sizes) {
        expect(size).toBeGreaterThanOrEqual(3);
        expect(size).toBeLessThanOrEqual(8);
      }
    }
  });

  it('give a single story when N fits one', () => {
    expect(storySizes(5, random(1))).toEqual([5]);
    expect(storySizes(8, random(1))).toEqual([8]);
  });

  it('refuse fewer texts than one story holds', () => {
    expect(() => storySizes(2, random(1))).toThrow(/at least 3 texts/);
    expect(STORY_SIZE).toEqual({ min: 3, max: 8 });
  });
});

describe('a generated corpus of 41 texts', () => {
  it('has N texts, each with its original and its attributions', () => {
    expect(articles.size).toBe(N);
    expect(stats.texts).toBe(N);
    for (const [id, article] of articles) {
      expect(files.has(`content/originals/${article.data.original}`), id).toBe(true);
      expect(files.has(`content/attributions/${id}.yaml`), id).toBe(true);
      // The original holds the body's text, line for line (the figure's and list's Markdown aside).
      const original = files.get(`content/originals/${article.data.original}`) as string;
      for (const paragraph of paragraphs(id).filter((p) => !/^(:::|- |## )/.test(p))) expect(original).toContain(paragraph);
    }
  });

  it('groups the texts into stories of 3 to 8, every text in exactly one', () => {
    expect(storyFiles.size).toBe(stories.length);
    const seen = new Set<string>();
    for (const story of stories) {
      expect(story.texts.length).toBeGreaterThanOrEqual(3);
      expect(story.texts.length).toBeLessThanOrEqual(8);
      for (const text of story.texts) {
        expect(seen.has(text.id)).toBe(false);
        seen.add(text.id);
        expect(articles.get(text.id)?.data.story).toBe(story.id);
      }
    }
    expect(seen.size).toBe(N);
  });

  it('gives every story 1 to 3 events in order, each reported by at least one of its texts', () => {
    for (const [id, story] of storyFiles) {
      expect(story.events.length, id).toBeGreaterThanOrEqual(1);
      expect(story.events.length, id).toBeLessThanOrEqual(3);
      expect(new Set(story.events.map((event) => event.id)).size).toBe(story.events.length);
      const dates = story.events.map((event) => event.date);
      expect([...dates].sort()).toEqual(dates);
      for (const event of story.events) {
        expect(event.short).toMatch(new RegExp(`${event.date.slice(0, 4)}$`));
        const reporting = [...articles.values()].filter((a) => a.data.story === id && a.data.event === event.id);
        expect(reporting.length, `${id}/${event.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('publishes each text on or after its event and before the story\'s next one', () => {
    for (const [id, { data }] of articles) {
      const events = storyFiles.get(data.story)?.events ?? [];
      const index = events.findIndex((event) => event.id === data.event);
      expect(index, id).toBeGreaterThanOrEqual(0);
      expect(data.published.date >= (events[index]?.date as string), id).toBe(true);
      const next = events[index + 1];
      if (next) expect(data.published.date < next.date, id).toBe(true);
    }
  });

  it('gives a claim a cell for exactly its story\'s texts published on or after its event', () => {
    let absent = 0;
    for (const [id, claim] of claims) {
      const story = storyFiles.get(claim.story);
      expect(story, id).toBeDefined();
      const event = story?.events.find((e) => e.id === claim.event);
      if (claim.event !== undefined) expect(event, `${id}: event ${claim.event}`).toBeDefined();
      const ofStory = [...articles].filter(([, article]) => article.data.story === claim.story);
      const expected = ofStory.filter(([, article]) => !event || article.data.published.date >= event.date).map(([textId]) => textId);
      expect(Object.keys(claim.cells).sort(), id).toEqual(expected.sort());
      absent += ofStory.length - expected.length;
    }
    // Some claims are about a later event than some of their story's texts: the case the site derives.
    expect(absent).toBeGreaterThan(0);
    expect(absent).toBe(stats.notApplicable);
  });

  it('cuts every quote verbatim from one paragraph of its own text', () => {
    let quotes = 0;
    for (const [id, claim] of claims) {
      for (const [text, cell] of Object.entries(claim.cells)) {
        if (cell.status === 'reported') expect(cell.quotes?.length, `${id}/${text}`).toBeGreaterThan(0);
        for (const quote of cell.quotes ?? []) {
          quotes++;
          expect(inOneParagraph(text, quote), `${id}/${text}: "${quote}"`).toBe(true);
        }
      }
    }
    for (const path of under('attributions')) {
      for (const entry of load<{ sources: { quotes: string[] }[] }>(path).sources) {
        for (const quote of entry.quotes) {
          quotes++;
          expect(inOneParagraph(idOf(path), quote), `${path}: "${quote}"`).toBe(true);
        }
      }
    }
    for (const [key, entry] of Object.entries(timeline)) {
      for (const mention of entry.mentions) {
        quotes++;
        expect(inOneParagraph(mention.article, mention.quote), `${key}: "${mention.quote}"`).toBe(true);
      }
    }
    expect(quotes).toBe(stats.quotes);
  });

  it('keeps lens data within its story', () => {
    const terms = under('terms').map((path) => load<{ story: string; variants: unknown[] }>(path));
    expect(terms.length).toBeGreaterThanOrEqual(2 * stories.length);
    for (const term of terms) expect(storyFiles.has(term.story)).toBe(true);
    for (const [key, entry] of Object.entries(timeline)) {
      expect(storyFiles.has(entry.story), key).toBe(true);
      for (const mention of entry.mentions) expect(articles.get(mention.article)?.data.story, key).toBe(entry.story);
      for (const claim of entry.claims) expect(claims.get(claim)?.story, key).toBe(entry.story);
    }
    for (const path of under('facts')) expect(claims.has(idOf(path)), path).toBe(true);
  });

  it('corrects data of its own stories only, linking pages that exist', () => {
    const corrections = Object.entries(load<Record<string, { links: string[] }>>('content/corrections.yaml'));
    expect(corrections.length).toBeGreaterThan(0);
    for (const [key, correction] of corrections) {
      const story = key.replace(/-korrektur-\d+$/, '');
      for (const link of correction.links) {
        const [, kind, id, fragment] = /^\/(aussagen|artikel)\/([^/]+)\/(?:#(.+))?$/.exec(link) ?? [];
        if (kind === 'aussagen') {
          expect(claims.get(id as string)?.story, `${key}: ${link}`).toBe(story);
          if (fragment) expect(Object.keys(claims.get(id as string)?.cells ?? {}), `${key}: ${link}`).toContain(fragment);
        } else {
          expect(articles.get(id as string)?.data.story, `${key}: ${link}`).toBe(story);
        }
      }
    }
  });

  it('is the same for the same seed and different for another', () => {
    expect(generateCorpus(N).files).toEqual(files);
    const other = generateCorpus(N, { seed: 7 }).files;
    expect(other.get('content/articles/text-00001.md')).not.toBe(files.get('content/articles/text-00001.md'));
  });
});

describe('the content checks of the site', () => {
  it('pass on a generated corpus, with every cell before its event derived as not applicable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'generated-check-'));
    try {
      const written = writeProject(join(dir, 'site'), 23, { seed: 3 });
      const { corpus, lenses } = checkAll(join(dir, 'site'));
      expect(corpus.articles).toHaveLength(23);
      expect(corpus.claims).toHaveLength(written.claims);
      const derived = corpus.claims.flatMap((claim) => claim.cells).filter((cell) => cell.status === 'not-applicable');
      expect(derived).toHaveLength(written.notApplicable);
      expect(lenses).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the project copy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'generated-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps only the published URLs that name no content id', () => {
    expect(genericPermalinks('# comment\n/\n/aussagen/\n/aussagen/beistandsklausel/\n/artikel/x/original/\n/suche/\n')).toEqual(['/', '/aussagen/', '/suche/']);
  });

  it('points the old URLs\' redirects at the first generated story', () => {
    const config = "redirects: { '/aussagen/': '/themen/echt/', '/quellen/': '/themen/echt/quellen/', '/x/': '/themen/echter/' }";
    expect(retargetRedirects(config, ['echt'])).toBe("redirects: { '/aussagen/': '/themen/thema-0001/', '/quellen/': '/themen/thema-0001/quellen/', '/x/': '/themen/echter/' }");
  });

  it('is written with the sources, config and content a build needs', () => {
    writeProject(join(dir, 'site'), 9);
    const redirects = readFileSync(join(dir, 'site', 'src', 'site', 'redirects.ts'), 'utf8');
    expect(redirects).toContain("'/aussagen/': '/themen/thema-0001/'");
    expect(redirects).not.toContain('russland-nordkorea');
    for (const path of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src/content.config.ts', 'node_modules/astro/package.json', 'content/timeline.yaml']) {
      expect(() => readFileSync(join(dir, 'site', path)), path).not.toThrow();
    }
    expect(readFileSync(join(dir, 'site', 'permalinks.txt'), 'utf8')).not.toContain('/artikel/');
    // Packages are shared, Astro's cache (its content data store) is not.
    expect(lstatSync(join(dir, 'site', 'node_modules')).isSymbolicLink()).toBe(false);
    expect(lstatSync(join(dir, 'site', 'node_modules', 'astro')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, 'site', 'node_modules', '.astro'))).toBe(false);
    expect(() => writeProject(join(dir, 'site'), 9)).toThrow(/not empty/);
  });
});
