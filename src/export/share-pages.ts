/**
 * The pages that can be shared and cited, and what their share card and
 * citation say. One list feeds the card endpoint, the citation endpoints and
 * each page's <head>, so a new kind of page is one more builder here. Pure:
 * corpus in, data out.
 *
 * Files per page are what a static host counts (issue 20: at 2,000 texts a
 * card and two citation files for each claim and pair made 43,000 of the
 * 82,000 files). So the overview and each story have a card of their own, and
 * a claim or pair page shows its story's card; and a story's citations
 * (the story, its claims, its pairs) share one BibTeX and one CSL-JSON file.
 */
import type { Claim, Corpus, Story } from '../corpus/corpus.ts';
import { coverage } from '../corpus/coverage.ts';
import { claimEvent } from '../corpus/events.ts';
import { pairRows, storyPairs, type Pair, type PairRow } from '../corpus/pairs.ts';
import { coverageSentence, formatDate } from '../site/format.ts';
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
  /** The story page whose citation files hold this entry (citationUrls() in src/site/urls.ts). */
  story: string;
}

export interface SharePage {
  /** The page, e.g. `/aussagen/beistandsklausel/`. */
  path: string;
  /** The page's own words: kicker, title, coverage line (the claim page prints its coverage line). */
  card: CardText;
  /** The PNG the page shows (cardUrl() in src/site/urls.ts): its own, or its story's for a claim or pair. */
  cardPath: string;
  /** og:image:alt: the words of the card shown, for whoever cannot see it. */
  cardAlt: string;
  /** How to cite the page; absent where the site offers no citation (the overview). */
  cite?: ShareCitation;
}

const cardAlt = (card: CardText) => `${card.kicker}: ${card.title}. ${card.coverage}`;

/** A page with a card of its own. */
function sharePage(path: string, card: CardText, cite?: ShareCitation): SharePage {
  return { path, card, cardPath: cardUrl(path), cardAlt: cardAlt(card), ...(cite ? { cite } : {}) };
}

/** A page that shows its story's card. */
function storyCardPage(story: Story, path: string, card: CardText, cite: ShareCitation): SharePage {
  return { path, card, cardPath: cardUrl(story.url), cardAlt: cardAlt(storyCard(story)), cite };
}

/** "1 von 3 Texten zum Vertrag von Pjöngjang berichtet das.": the claim page's coverage line. */
export function claimCoverageLine(claim: Claim): string {
  const count = coverage(claim);
  return coverageSentence(count.reported, count.ofEvent, claimEvent(claim).topic, count.reportedElsewhere, count.notApplicable);
}

/** "18 Aussagen kommen in mindestens einem der beiden Texte vor, 3 davon in beiden." */
export function pairCoverageLine(rows: readonly PairRow[]): string {
  const shared = rows.filter((row) => row.agreement === 'both').length;
  return `${rows.length} ${rows.length === 1 ? 'Aussage kommt' : 'Aussagen kommen'} in mindestens einem der beiden Texte vor, ${shared} davon in beiden.`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "5 Texte · 22 Aussagen · 2 Ereignisse": a story's coverage line. */
export function storyCoverageLine(story: Pick<Story, 'articles' | 'claims' | 'events'>): string {
  return [count(story.articles.length, 'Text', 'Texte'), count(story.claims.length, 'Aussage', 'Aussagen'), count(story.events.length, 'Ereignis', 'Ereignisse')].join(' · ');
}

export const pairTitle = (pair: Pair) => `${pair.left.data.shortTitle} und ${pair.right.data.shortTitle} im Vergleich`;

function storyCard(story: Story): CardText {
  const first = story.events[0];
  const last = story.events.at(-1);
  const span = first && last ? (first === last ? formatDate(first.date) : `${formatDate(first.date)} bis ${formatDate(last.date)}`) : '';
  return { kicker: span ? `Thema · ${span}` : 'Thema', title: story.data.title, coverage: storyCoverageLine(story) };
}

export function storySharePage(story: Story): SharePage {
  return sharePage(story.url, storyCard(story), { id: `nebeneinander-thema-${story.id}`, title: story.data.title, genre: 'Thema im Vergleich', story: story.url });
}

export function claimSharePage(story: Story, claim: Claim): SharePage {
  return storyCardPage(
    story,
    claim.url,
    { kicker: `Aussage · ${claimEvent(claim).label}`, title: claim.data.title, coverage: claimCoverageLine(claim) },
    { id: `nebeneinander-aussage-${claim.id}`, title: claim.data.title, genre: 'Aussage im Vergleich', story: story.url },
  );
}

export function pairSharePage(story: Story, pair: Pair): SharePage {
  return storyCardPage(
    story,
    pair.url,
    { kicker: 'Zwei Texte nebeneinander', title: pairTitle(pair), coverage: pairCoverageLine(pairRows(story, pair)) },
    { id: `nebeneinander-textpaar-${pair.id}`, title: pairTitle(pair), genre: 'Textpaar im Vergleich', story: story.url },
  );
}

/** The site card: the overview's, and the picture of every page without a card of its own. */
export function siteSharePage(corpus: Pick<Corpus, 'stories' | 'articles' | 'claims'>): SharePage {
  return sharePage('/', {
    kicker: 'Nachrichtentexte Aussage für Aussage verglichen',
    title: 'Wie Nachrichtentexte über dasselbe Ereignis berichten, nebeneinander gelesen',
    coverage: [count(corpus.stories.length, 'Thema', 'Themen'), count(corpus.articles.length, 'Text', 'Texte'), count(corpus.claims.length, 'Aussage', 'Aussagen')].join(' · '),
  });
}

/** Every page with a card of its own: the overview and each story. */
export function sharePages(corpus: Pick<Corpus, 'stories' | 'articles' | 'claims'>): SharePage[] {
  return [siteSharePage(corpus), ...corpus.stories.map(storySharePage)];
}

export type CitablePage = SharePage & { cite: ShareCitation };

/** A story's citable pages, the entries of its citation files: the story, its claims, its pairs. */
export function storyCitablePages(story: Story): CitablePage[] {
  return [storySharePage(story), ...story.claims.map((claim) => claimSharePage(story, claim)), ...storyPairs(story).map((pair) => pairSharePage(story, pair))].filter(
    (page): page is CitablePage => page.cite !== undefined,
  );
}

/**
 * The citation of a page: its permalink on `site` (root-relative in a build
 * without SITE_URL) and the data version, when the build has one.
 */
export function citationFor(page: SharePage, site: URL | undefined, version?: string): CitationInput {
  if (!page.cite) throw new Error(`${page.path} offers no citation`);
  return { ...page.cite, url: siteUrl(page.path, site), ...(version === undefined ? {} : { version }) };
}
