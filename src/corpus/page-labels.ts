/**
 * A German name for a page of the site, from its URL: for lists of links such
 * as the pages a correction touched (/korrekturen/). Unknown URLs keep their
 * path, so a label never hides where a link goes.
 */
import type { Corpus } from './corpus.ts';
import { quoted } from '../site/quoted.ts';

const ARTICLE = /^\/artikel\/([^/]+)\/$/;
const CLAIM = /^\/aussagen\/([^/]+)\/$/;
const TIMELINE = /^\/themen\/[^/]+\/zeitleiste\/$/;

/** `timeline`: the titles of the timeline's events by id, for `/themen/<story>/zeitleiste/#<id>`. */
export function pageLabel(url: string, corpus: Corpus, timeline: ReadonlyMap<string, string> = new Map()): string {
  const [path = url, fragment] = url.split('#');
  const article = ARTICLE.exec(path)?.[1];
  const claim = CLAIM.exec(path)?.[1];
  const shortTitle = (id: string | undefined) => corpus.articles.find((candidate) => candidate.id === id)?.data.shortTitle;
  if (article !== undefined) {
    const title = shortTitle(article);
    if (title !== undefined) return `Text ${quoted(title)}`;
  }
  if (claim !== undefined) {
    const title = corpus.claims.find((candidate) => candidate.id === claim)?.data.title;
    if (title !== undefined) {
      if (fragment === undefined) return `Aussage ${quoted(title)}`;
      if (fragment === 'faktenlage') return `Aussage ${quoted(title)}, Faktenlage`;
      const cell = shortTitle(fragment);
      if (cell !== undefined) return `Aussage ${quoted(title)}, Zelle ${quoted(cell)}`;
    }
  }
  if (TIMELINE.test(path) && fragment !== undefined && timeline.has(fragment)) return `Zeitleiste: ${timeline.get(fragment)}`;
  return url;
}
