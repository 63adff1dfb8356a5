/**
 * The one door from Astro's collections to the pages: loads both collections
 * once per build and derives the corpus with src/lib. Pages import from here
 * and never call getCollection themselves.
 */
import { getCollection } from 'astro:content';
import { buildCorpus, type Corpus } from '../lib/corpus.ts';

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
