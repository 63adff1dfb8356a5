/**
 * Every URL and fragment id of the site, in one place: pages, Markdown
 * plugins, exports and tests build addresses here and nowhere else, so a
 * link and its target cannot drift apart. Pure, no imports: the lowest floor.
 */

/** `/artikel/<id>/`: a text. */
export const articleUrl = (id: string) => `/artikel/${id}/`;
/** `/artikel/<id>/original/`: the text exactly as received. */
export const originalUrl = (id: string) => `/artikel/${id}/original/`;
/** `/aussagen/<id>/`: a claim across all texts. */
export const claimUrl = (id: string) => `/aussagen/${id}/`;
/** `/vergleich/<left>--<right>/`: two texts side by side, the earlier on the left. */
export const pairId = (left: string, right: string) => `${left}--${right}`;
export const pairUrl = (left: string, right: string) => `/vergleich/${pairId(left, right)}/`;

/** Prefix of a passage's fragment id in its article: `absatz-3`. */
export const PASSAGE_PREFIX = 'absatz-';
export const passageId = (n: number) => `${PASSAGE_PREFIX}${n}`;
/** The number of a passage id, for labels: `absatz-3` → `3`. */
export const passageNumber = (id: string) => id.slice(id.lastIndexOf(PASSAGE_PREFIX) + PASSAGE_PREFIX.length);

/** A marked quote in an article (Beleg): `beleg-<claim>-<n>`, n counting the claim's quotes in that text from 1. */
export const markId = (claim: string, n: number) => `beleg-${claim}-${n}`;
/** A quote on a claim page: `zitat-<article>-<n>`. */
export const quoteId = (article: string, n: number) => `zitat-${article}-${n}`;
/** A text's cell on a claim page: its fragment id is the article id. */
export const cellUrl = (claim: string, article: string) => `${claimUrl(claim)}#${article}`;
/** A fragment of a page: `<url>#<id>`. */
export const fragmentUrl = (url: string, id: string) => `${url}#${id}`;

/** `/themen/`: every story, newest first; page 2 on is `/themen/2/`. */
export const storiesUrl = (page = 1) => (page <= 1 ? '/themen/' : `/themen/${page}/`);
/** `/themen/<id>/`: a story, with its events, texts and claims. */
export const storyUrl = (id: string) => `/themen/${id}/`;
/** A story's lens or pair list: `/themen/<id>/wortwahl/`, `quellen/`, `zeitleiste/`, `vergleich/`. */
export const storyPageUrl = (id: string, page: 'wortwahl' | 'quellen' | 'zeitleiste' | 'vergleich') => `${storyUrl(id)}${page}/`;
/** Page `n` of a story's matrix: the story page itself for the first, then `/themen/<id>/aussagen/<n>/`. */
export const storyMatrixUrl = (id: string, page: number) => (page <= 1 ? storyUrl(id) : `${storyUrl(id)}aussagen/${page}/`);
/** Data downloads of one story: `/daten/themen/<id>.json` and `.csv`. */
export const storyDataUrl = (id: string, format: 'json' | 'csv') => `/daten/themen/${id}.${format}`;
/** A page's path without its slashes, naming its card and citation files: `/aussagen/x/` → `aussagen/x`; the overview is `start`. */
export function pageKey(path: string): string {
  const key = path.replace(/^\/|\/$/g, '');
  return key === '' ? 'start' : key;
}
/** A page's share card: `/karten/themen/x.png` for `/themen/x/`, `/karten/start.png` for the overview. */
export const cardUrl = (pagePath: string) => `/karten/${pageKey(pagePath)}.png`;
/** A story's citation downloads, holding the entries of its pages too: `/zitieren/themen/x.bib` (BibTeX) and `.json` (CSL-JSON) for `/themen/x/`. */
export const citationUrls = (storyPath: string) => ({
  bibtex: `/zitieren/${pageKey(storyPath)}.bib`,
  csl: `/zitieren/${pageKey(storyPath)}.json`,
});
/** The RSS feed of the texts. */
export const FEED_PATH = '/feed.xml';
/** The data downloads and licences. */
export const DATA_URL = '/daten/';
/** `/daten/`: the downloads, each story's on pages like `/themen/`'s; page 2 on is `/daten/2/`. */
export const dataUrl = (page = 1) => (page <= 1 ? DATA_URL : `${DATA_URL}${page}/`);
/** `/korrekturen/`: every correction, latest first; page 2 on is `/korrekturen/2/`. */
export const correctionsUrl = (page = 1) => (page <= 1 ? '/korrekturen/' : `/korrekturen/${page}/`);
