/**
 * The one door from Astro's collections to the pages: loads the collections
 * once per build and derives the corpus and the lenses from them, checking
 * everything that spans entries on the way. Pages import from here and never
 * call getCollection themselves.
 */
import { getCollection } from 'astro:content';
import { buildCorpus, type Corpus, type Story } from '../corpus/corpus.ts';
import { buildLenses, type Lenses, type StoryLenses } from '../lenses/lenses.ts';
import { reviewAbsences, reviewSummary, type ReviewResult } from '../review/absences.ts';
import { byVersionDescending, contentDigest, dataVersion } from '../export/data-version.ts';
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

let dataVersionPromise: Promise<string> | undefined;

/** Every collection: the published content, whose state the data version names. */
const PUBLISHED = ['stories', 'articles', 'originals', 'claims', 'terms', 'sources', 'attributions', 'timeline', 'facts', 'corrections'] as const;

/**
 * The data version ("2026-11-26.1+3f2a9c1e"): the latest correction's release and a digest of
 * every entry of every collection (Astro's digest of its file), so it changes with any published
 * change; exports and citations name it.
 */
export async function getDataVersion(): Promise<string> {
  dataVersionPromise ??= (async () => {
    const entries = await Promise.all(
      PUBLISHED.map(async (name) =>
        (await getCollection(name)).map((entry) => `${name}/${entry.id}:${'digest' in entry && entry.digest ? String(entry.digest) : JSON.stringify(entry.data)}`),
      ),
    );
    return dataVersion(await getCorrections(), contentDigest(entries.flat()));
  })();
  return dataVersionPromise;
}

/** `getStaticPaths` of the pages that exist once per story: `/themen/<story>/…`. */
export async function storyPaths() {
  const { stories } = await getCorpus();
  return stories.map((story) => ({ params: { story: story.id }, props: { story } }));
}

/** The props of a story's lens page (wortwahl, quellen, zeitleiste); a type, as Astro's props must be a record. */
export type StoryLensProps = {
  story: Story;
  lenses: StoryLenses;
};

/** `getStaticPaths` of a story's lens pages: each story with its own lenses. */
export async function storyLensPaths(): Promise<{ params: { story: string }; props: StoryLensProps }[]> {
  const [{ stories }, lenses] = await Promise.all([getCorpus(), getLenses()]);
  return stories.map((story) => {
    const own = lenses.stories.get(story.id);
    if (!own) throw new Error(`no lenses for story ${story.id}`);
    return { params: { story: story.id }, props: { story, lenses: own } };
  });
}
