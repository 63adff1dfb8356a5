/**
 * schema.org JSON-LD: `Claim` on each claim page, `CreativeWork` on each
 * text's page holding only what the text itself states, and `Dataset` for
 * the data downloads on /daten/. Pure; URLs are absolute with SITE_URL and
 * root-relative without (src/site/site-url.ts).
 */
import type { Article, Claim, Story } from '../corpus/corpus.ts';
import { isoDate } from '../site/format.ts';
import { isExactDay } from '../site/published.ts';
import { siteUrl } from '../site/site-url.ts';
import { DATA_URL, storyDataUrl } from '../site/urls.ts';

/** The claim and, as `appearance`, each text that states it, pointing at the quote's place on this site. */
export function claimJsonLd(story: Pick<Story, 'articles'>, claim: Claim, site: URL | undefined): Record<string, unknown> {
  const absolute = (path: string) => siteUrl(path, site);
  const articleById = new Map(story.articles.map((article) => [article.id, article]));
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    name: claim.data.title,
    description: claim.data.description,
    url: absolute(claim.url),
    inLanguage: 'de',
    appearance: claim.cells.flatMap((cell) => {
      const article = articleById.get(cell.article);
      const [first] = cell.quotes;
      if (!article || !first) return [];
      return [
        {
          '@type': 'CreativeWork',
          headline: article.data.title,
          url: absolute(first.url),
          // Only a known day is a datePublished; an inferred earliest day is not.
          ...(isExactDay(article.data.published) ? { datePublished: isoDate(article.data.published.date) } : {}),
          inLanguage: 'de',
          text: cell.quotes.map((quote) => quote.text).join(' … '),
        },
      ];
    }),
  };
}

export interface Author {
  '@type': 'Person' | 'Organization';
  name: string;
}

/**
 * The author a byline names, read as narrowly as the two forms in the texts
 * allow: „Von Thomas Röper“ names a person, an agency code in parentheses such
 * as „(DPA)“ names an organisation. Any other byline, or none, gives no
 * author: the type would be a guess.
 */
export function authorFromByline(byline: string | null): Author | undefined {
  if (byline === null) return undefined;
  const person = /^Von\s+(\S.*?)\s*$/.exec(byline);
  if (person?.[1]) return { '@type': 'Person', name: person[1] };
  const agency = /^\(\s*([A-Za-zÄÖÜäöü]{2,10})\s*\)$/.exec(byline.trim());
  if (agency?.[1]) return { '@type': 'Organization', name: agency[1] };
  return undefined;
}

/**
 * The text on its page: its headline, its language, the date only where the
 * text states it (an inferred date stays on the page, with its evidence), and
 * the author only where the byline names one.
 */
export function articleJsonLd(article: Article, site: URL | undefined): Record<string, unknown> {
  const { data } = article;
  const author = authorFromByline(data.byline);
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    headline: data.title,
    inLanguage: 'de',
    // Only a day the text states; an inferred date, even an exact one, stays on the page with its evidence.
    ...(data.published.basis === 'stated' && isExactDay(data.published) ? { datePublished: isoDate(data.published.date) } : {}),
    ...(author ? { author } : {}),
    mainEntityOfPage: siteUrl(article.url, site),
  };
}

export interface Download {
  /** Site path of the file. */
  path: string;
  /** What it holds, in German. */
  name: string;
  /** Media type. */
  encodingFormat: string;
}

/** The site-wide data downloads of /daten/, in the order the page lists them. */
export const DOWNLOADS: readonly Download[] = [
  { path: '/daten/vergleich.json', name: 'Der Vergleich: Texte, Aussagen und jede Zelle mit ihren Zitaten', encodingFormat: 'application/json' },
  { path: '/daten/vergleich.csv', name: 'Dieselben Zellen als Tabelle, eine Zeile je Zitat', encodingFormat: 'text/csv' },
  { path: '/daten/wortwahl.json', name: 'Die Wortwahl: jede gezählte Stelle je Text und Begriff', encodingFormat: 'application/json' },
];

/** Our data's licence; the texts quoted in it keep their authors' rights. */
export const DATA_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export interface DatasetInput {
  site: URL | undefined;
  /** The data version (date plus revision), once the build has one. */
  version?: string | undefined;
  /** How many texts and claims the data covers, for the description. */
  texts: number;
  claims: number;
  /** Each story has downloads of its own. */
  stories: readonly { id: string; title: string }[];
  /** How many stories the site has, when `stories` are only those of the first /daten/ page. Default: `stories.length`. */
  storyCount?: number;
}

/** Each story's JSON and CSV. */
export function storyDownloads(stories: DatasetInput['stories']): Download[] {
  return stories.flatMap((story) => [
    { path: storyDataUrl(story.id, 'json'), name: `Thema „${story.title}“: Texte, Aussagen und Zellen`, encodingFormat: 'application/json' },
    { path: storyDataUrl(story.id, 'csv'), name: `Thema „${story.title}“: die Zellen als Tabelle`, encodingFormat: 'text/csv' },
  ]);
}

/** The site-wide files, then each story's JSON and CSV. */
export function downloads(stories: DatasetInput['stories']): Download[] {
  return [...DOWNLOADS, ...storyDownloads(stories)];
}

export function datasetJsonLd({ site, version, texts, claims, stories, storyCount = stories.length }: DatasetInput): Record<string, unknown> {
  const themes = storyCount === 1 ? '1 Thema' : `${storyCount} Themen`;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: 'nebeneinander: deutschsprachige Nachrichtentexte, Aussage für Aussage verglichen',
    description: `${texts} deutschsprachige Nachrichtentexte zu ${themes} und ${claims} Aussagen: für jede Aussage und jeden Text, ob der Text sie berichtet, mit den wörtlichen Zitaten und ihrer Stelle im Text, sowie die Wortwahl der Texte. Die zitierten Texte sind Werke Dritter; die Lizenz gilt für unsere Daten, nicht für sie.`,
    url: siteUrl(DATA_URL, site),
    inLanguage: 'de',
    ...(version === undefined ? {} : { version }),
    license: DATA_LICENSE.url,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: 'nebeneinander' },
    distribution: downloads(stories).map((download) => ({
      '@type': 'DataDownload',
      name: download.name,
      encodingFormat: download.encodingFormat,
      contentUrl: siteUrl(download.path, site),
    })),
  };
}
