/**
 * The one door from Astro's collections to the pages: loads the collections
 * once per build and derives the corpus and the lenses with src/lib. Pages import from here
 * and never call getCollection themselves.
 */
import { getCollection } from 'astro:content';
import { buildCorpus, type Corpus } from '../corpus/corpus.ts';
import { buildLenses, type Lenses } from '../lenses/lenses.ts';

let corpus: Promise<Corpus> | undefined;

async function load(): Promise<Corpus> {
  const [articles, claims] = await Promise.all([getCollection('articles'), getCollection('claims')]);
  return buildCorpus(
    articles.map((entry) => ({
      id: entry.id,
      file: entry.filePath ?? `content/articles/${entry.id}.md`,
      data: entry.data,
      body: entry.body ?? '',
    })),
    claims.map((entry) => ({ id: entry.id, file: entry.filePath ?? `content/claims/${entry.id}.yaml`, data: entry.data })),
  );
}

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
  const from = (folder: string) => (entry: { id: string; filePath?: string | undefined }) => ({
    id: entry.id,
    file: entry.filePath ?? `content/${folder}/${entry.id}.yaml`,
  });
  return buildLenses(corpus, {
    terms: terms.map((entry) => ({ ...from('terms')(entry), data: entry.data })),
    sources: sources.map((entry) => ({ id: entry.id, file: 'content/sources.yaml', data: entry.data })),
    attributions: attributions.map((entry) => ({ ...from('attributions')(entry), data: entry.data })),
    timeline: timeline.map((entry) => ({ id: entry.id, file: 'content/timeline.yaml', data: entry.data })),
    facts: facts.map((entry) => ({ ...from('facts')(entry), data: entry.data })),
  });
}

/** The context lenses (word choice, sources, timeline, facts), derived once per build. */
export function getLenses(): Promise<Lenses> {
  lenses ??= loadLenses();
  return lenses;
}
