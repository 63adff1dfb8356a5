/**
 * The pages that can be shared and cited, and what their share card and
 * citation say. One list feeds the card endpoint, the citation endpoints and
 * each page's <head>, so a new kind of page (the stories) is one more builder
 * here. Pure: corpus in, data out.
 */
import type { Claim, Corpus } from '../corpus/corpus.ts';
import { coverage } from '../corpus/coverage.ts';
import { claimEvent, EVENT_ORDER } from '../corpus/events.ts';
import { allPairs, pairRows, type Pair, type PairRow } from '../corpus/pairs.ts';
import { coverageSentence } from '../site/format.ts';
import { cardUrl } from '../site/urls.ts';
import { siteUrl } from '../site/site-url.ts';
import type { CardText } from './card-layout.ts';
import type { CitationInput } from './citation.ts';

export interface ShareCitation {
  /** BibTeX key and CSL id. */
  id: string;
  title: string;
  /** What the page is, in German. */
  genre: string;
}

export interface SharePage {
  /** The page, e.g. `/aussagen/beistandsklausel/`. */
  path: string;
  card: CardText;
  /** Where the card's PNG is built (cardUrl() in src/site/urls.ts). */
  cardPath: string;
  /** og:image:alt: the card's words, for whoever cannot see it. */
  cardAlt: string;
  /** How to cite the page; absent where the site offers no citation (the overview). */
  cite?: ShareCitation;
}

function sharePage(path: string, card: CardText, cite?: ShareCitation): SharePage {
  return {
    path,
    card,
    cardPath: cardUrl(path),
    cardAlt: `Vorschaubild von nebeneinander. ${card.kicker}: ${card.title}. ${card.coverage}`,
    ...(cite ? { cite } : {}),
  };
}

/** "1 von 3 Texten zum Vertrag von Pjöngjang berichtet das.": the claim page's coverage line. */
export function claimCoverageLine(corpus: Corpus, claim: Claim): string {
  const count = coverage(corpus, claim);
  return coverageSentence(count.reported, count.ofEvent, claimEvent(claim.data.event).topic, count.reportedElsewhere);
}

/** "18 Aussagen kommen in mindestens einem der beiden Texte vor, 3 davon in beiden." */
export function pairCoverageLine(rows: readonly PairRow[]): string {
  const shared = rows.filter((row) => row.agreement === 'both').length;
  return `${rows.length} ${rows.length === 1 ? 'Aussage kommt' : 'Aussagen kommen'} in mindestens einem der beiden Texte vor, ${shared} davon in beiden.`;
}

export const pairTitle = (pair: Pair) => `${pair.left.data.shortTitle} und ${pair.right.data.shortTitle} im Vergleich`;

export function claimSharePage(corpus: Corpus, claim: Claim): SharePage {
  return sharePage(
    claim.url,
    { kicker: `Aussage · ${claimEvent(claim.data.event).label}`, title: claim.data.title, coverage: claimCoverageLine(corpus, claim) },
    { id: `nebeneinander-aussage-${claim.id}`, title: claim.data.title, genre: 'Aussage im Vergleich' },
  );
}

export function pairSharePage(corpus: Corpus, pair: Pair): SharePage {
  return sharePage(
    pair.url,
    { kicker: 'Zwei Texte nebeneinander', title: pairTitle(pair), coverage: pairCoverageLine(pairRows(corpus, pair)) },
    { id: `nebeneinander-textpaar-${pair.id}`, title: pairTitle(pair), genre: 'Textpaar im Vergleich' },
  );
}

/** The site card: the overview's, and the picture of every page without a card of its own. */
export function siteSharePage(corpus: Corpus): SharePage {
  const events = EVENT_ORDER.length;
  return sharePage('/', {
    kicker: 'Nachrichtentexte Aussage für Aussage verglichen',
    title: 'Deutschsprachige Nachrichtentexte über Russland und Nordkorea, nebeneinander gelesen',
    coverage: `${corpus.articles.length} Texte · ${corpus.claims.length} Aussagen · ${events} ${events === 1 ? 'Ereignis' : 'Ereignisse'}`,
  });
}

/** Every page with a card of its own: the overview, each claim, each pair. */
export function sharePages(corpus: Corpus): SharePage[] {
  return [
    siteSharePage(corpus),
    ...corpus.claims.map((claim) => claimSharePage(corpus, claim)),
    ...allPairs(corpus).map((pair) => pairSharePage(corpus, pair)),
  ];
}

/** The pages that offer a citation: each claim and each pair (later each story). */
export function citablePages(corpus: Corpus): (SharePage & { cite: ShareCitation })[] {
  return sharePages(corpus).filter((page): page is SharePage & { cite: ShareCitation } => page.cite !== undefined);
}

/**
 * The citation of a page: its permalink on `site` (root-relative in a build
 * without SITE_URL) and the data version, when the build has one.
 */
export function citationFor(page: SharePage, site: URL | undefined, version?: string): CitationInput {
  if (!page.cite) throw new Error(`${page.path} offers no citation`);
  return { ...page.cite, url: siteUrl(page.path, site), ...(version === undefined ? {} : { version }) };
}
