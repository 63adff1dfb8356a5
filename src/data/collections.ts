/**
 * The one door from Astro's collections to the pages: loads the collections
 * once per build and derives the corpus and the lenses from them, checking
 * everything that spans entries on the way. Pages import from here and never
 * call getCollection themselves.
 */
import { getCollection } from 'astro:content';
import { buildCorpus, type Corpus } from '../corpus/corpus.ts';
import { buildLenses, type Lenses } from '../lenses/lenses.ts';

let corpus: Promise<Corpus> | undefined;

async function load(): Promise<Corpus> {
  const [stories, articles, claims, originals] = await Promise.all([
    getCollection('stories'),
    getCollection('articles'),
    getCollection('claims'),
    getCollection('originals'),
  ]);
  return buildCorpus({
    stories: stories.map((entry) => ({ id: entry.id, file: fileOf(entry), data: entry.data })),
    articles: articles.map((entry) => ({ id: entry.id, file: fileOf(entry), data: entry.data, body: entry.body ?? '' })),
    claims: claims.map((entry) => ({ id: entry.id, file: fileOf(entry), data: entry.data })),
    originals: new Map(originals.map((entry) => [entry.id, entry.data.text])),
  });
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

/** `getStaticPaths` of the pages that exist once per story: `/themen/<story>/…`. */
export async function storyPaths() {
  const { stories } = await getCorpus();
  return stories.map((story) => ({ params: { story: story.id }, props: { story } }));
}
