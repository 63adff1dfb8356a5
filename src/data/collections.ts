/**
 * The one door from Astro's collections to the pages: loads the collections
 * once per build and derives the corpus and the lenses from them, checking
 * everything that spans entries on the way. Pages import from here and never
 * call getCollection themselves.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { buildCorpus, type Corpus, type Story } from '../corpus/corpus.ts';
import { buildLenses, type Lenses, type StoryLenses } from '../lenses/lenses.ts';
import { reviewAbsences, reviewSummary, type ReviewResult } from '../review/absences.ts';
import { byVersionDescending, dataVersion } from '../export/data-version.ts';
import type { CorrectionData } from '../schemas/corrections.ts';
import { reviewInput } from '../review/corpus-input.ts';

let corpus: Promise<Corpus> | undefined;

let review: ReviewResult | undefined;

async function load(): Promise<Corpus> {
  const [stories, articles, claims, originals] = await Promise.all([
    getCollection('stories'),
    getCollection('articles'),
    getCollection('claims'),
    getCollection('originals'),
  ]);
  const derived = buildCorpus({
    stories: stories.map((entry) => ({ id: entry.id, file: fileOf(entry), data: entry.data })),
    articles: articles.map((entry) => ({ id: entry.id, file: fileOf(entry), data: entry.data, body: entry.body ?? '' })),
    claims: claims.map((entry) => ({ id: entry.id, file: fileOf(entry), data: entry.data })),
    originals: new Map(originals.map((entry) => [entry.id, entry.data.text])),
  });
  // „Nicht erwähnt“ is checked as the corpus is derived: an unresolved flag warns, naming file and field.
  review = reviewAbsences(reviewInput(derived));
  for (const { file, field, message } of review.warnings) console.warn(`[nebeneinander:review] ${file} → ${field}: ${message}`);
  console.info(`[nebeneinander:review] ${reviewSummary(review)}`);
  return derived;
}

/** The review of the not-mentioned cells (src/review/absences.ts), made with the corpus. */
export async function getReview(): Promise<ReviewResult> {
  await getCorpus();
  if (!review) throw new Error('the review is made when the corpus is derived');
  return review;
}

/** The file an entry came from, relative to the project root. */
function fileOf(entry: { id: string; collection: string; filePath?: string | undefined }): string {
  return entry.filePath ?? `content/${entry.collection}/${entry.id}`;
}

/** The corpus, derived once per build. */
export function getCorpus(): Promise<Corpus> {
  corpus ??= load();
  return corpus;
}

let lenses: Promise<Lenses> | undefined;

async function loadLenses(): Promise<Lenses> {
  const [corpus, terms, sources, attributions, timeline, facts] = await Promise.all([
    getCorpus(),
    getCollection('terms'),
    getCollection('sources'),
    getCollection('attributions'),
    getCollection('timeline'),
    getCollection('facts'),
  ]);
  const entries = <T>(list: readonly { id: string; collection: string; filePath?: string | undefined; data: T }[]) =>
    list.map((entry) => ({ id: entry.id, file: fileOf(entry), data: entry.data }));
  return buildLenses(corpus, {
    terms: entries(terms),
    sources: entries(sources),
    attributions: entries(attributions),
    timeline: entries(timeline),
    facts: entries(facts),
  });
}

/** The context lenses (word choice, sources, timeline, facts), derived once per build. */
export function getLenses(): Promise<Lenses> {
  lenses ??= loadLenses();
  return lenses;
}

export interface Correction extends CorrectionData {
  id: string;
}

/**
 * Every correction, latest release first; within a release by the first page it touched, so
 * corrections of one text or claim stand together (the collection keeps no file order).
 */
export async function getCorrections(): Promise<Correction[]> {
  const entries = await getCollection('corrections');
  return entries
    .map((entry) => ({ id: entry.id, ...entry.data }))
    .sort((a, b) => byVersionDescending(a, b) || (a.links[0] ?? '').localeCompare(b.links[0] ?? '') || a.id.localeCompare(b.id));
}

/** The data version ("2026-11-26.1"), derived from the corrections; exports and citations name it. */
export async function getDataVersion(): Promise<string> {
  return dataVersion(await getCorrections());
}

/** `getStaticPaths` of the pages that exist once per story: `/themen/<story>/…`. */
export async function storyPaths() {
  const [{ stories }, cacheKey] = await Promise.all([getCorpus(), storyCacheKeys()]);
  return stories.map((story) => ({ params: { story: story.id }, props: { story }, cacheKey: cacheKey(story.id) }));
}

/** The props of a story's lens page (wortwahl, quellen, zeitleiste); a type, as Astro's props must be a record. */
export type StoryLensProps = {
  story: Story;
  lenses: StoryLenses;
};

/** `getStaticPaths` of a story's lens pages: each story with its own lenses. */
export async function storyLensPaths(): Promise<{ params: { story: string }; props: StoryLensProps; cacheKey: string }[]> {
  const [{ stories }, lenses, cacheKey] = await Promise.all([getCorpus(), getLenses(), storyCacheKeys()]);
  return stories.map((story) => {
    const own = lenses.stories.get(story.id);
    if (!own) throw new Error(`no lenses for story ${story.id}`);
    return { params: { story: story.id }, props: { story, lenses: own }, cacheKey: cacheKey(story.id) };
  });
}

/**
 * Cache keys for Astro's `experimental.incrementalBuild`: a page is rendered
 * again only when its key or its code changed. A page of a story shows only
 * that story's entries (its text, claims, originals, attributions, terms,
 * timeline, fact sheets) and what every page shows (the data version in the
 * footer, the site card's counts, the sources list). So its key is a digest
 * of the entries of its story and of the site-wide ones: a corrected claim
 * re-renders the pages of its story, and a new correction in corrections.yaml
 * (a new data version in every footer) re-renders every page.
 */
export type StoryCacheKey = (story: string) => string;

let cacheKeys: Promise<StoryCacheKey> | undefined;

async function loadCacheKeys(): Promise<StoryCacheKey> {
  const [stories, articles, claims, originals, terms, sources, attributions, timeline, facts, corrections] = await Promise.all([
    getCollection('stories'),
    getCollection('articles'),
    getCollection('claims'),
    getCollection('originals'),
    getCollection('terms'),
    getCollection('sources'),
    getCollection('attributions'),
    getCollection('timeline'),
    getCollection('facts'),
    getCollection('corrections'),
  ]);
  const articleStory = new Map(articles.map((entry) => [entry.id, entry.data.story]));
  const originalStory = new Map(articles.map((entry) => [entry.data.original, entry.data.story]));
  const claimStory = new Map(claims.map((entry) => [entry.id, entry.data.story]));
  const lines = new Map<string, string[]>();
  const GLOBAL = '\0site';
  const add = (story: string | undefined, entry: { id: string; collection: string; data: unknown; body?: string | undefined; digest?: unknown }) => {
    // The glob loader's digest is a hash of the file; entries without one are hashed by their data.
    const digest = typeof entry.digest === 'string' || typeof entry.digest === 'number' ? String(entry.digest) : JSON.stringify([entry.data, entry.body ?? '']);
    const key = story ?? GLOBAL;
    lines.set(key, [...(lines.get(key) ?? []), `${entry.collection}/${entry.id}:${digest}`]);
  };
  for (const entry of stories) add(entry.id, entry);
  for (const entry of articles) add(entry.data.story, entry);
  for (const entry of claims) add(entry.data.story, entry);
  for (const entry of originals) add(originalStory.get(entry.id), entry);
  for (const entry of attributions) add(articleStory.get(entry.id), entry);
  for (const entry of terms) add(entry.data.story, entry);
  for (const entry of timeline) add(entry.data.story, entry);
  for (const entry of facts) add(claimStory.get(entry.id), entry);
  for (const entry of [...sources, ...corrections]) add(undefined, entry);
  const digest = (parts: readonly string[]) => createHash('sha256').update([...parts].sort().join('\n')).digest('hex').slice(0, 24);
  // The counts the site card names on every page without a card of its own.
  const site = digest([...(lines.get(GLOBAL) ?? []), `counts:${stories.length}/${articles.length}/${claims.length}`]);
  const keys = new Map([...lines].map(([story, parts]) => [story, `${site}.${digest(parts)}`]));
  return (story) => keys.get(story) ?? `${site}.-`;
}

/** The incremental build's key of a page that shows one story (see above). */
export function storyCacheKeys(): Promise<StoryCacheKey> {
  cacheKeys ??= loadCacheKeys();
  return cacheKeys;
}