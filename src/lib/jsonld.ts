/**
 * schema.org `Claim` for a claim page: the claim and, as `appearance`, each
 * text that states it, pointing at the quote's place on this site.
 */
import type { Claim, Corpus } from './corpus.ts';
import { isoDate } from './format.ts';
import { siteUrl } from '../site/site-url.ts';

export function claimJsonLd(corpus: Corpus, claim: Claim, site: URL | undefined): Record<string, unknown> {
  const absolute = (path: string) => siteUrl(path, site);
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    name: claim.data.title,
    description: claim.data.description,
    url: absolute(claim.url),
    inLanguage: 'de',
    appearance: claim.cells.flatMap((cell) => {
      const article = corpus.articles.find((candidate) => candidate.id === cell.article);
      const [first] = cell.quotes;
      if (!article || !first) return [];
      return [
        {
          '@type': 'CreativeWork',
          headline: article.data.title,
          url: absolute(first.url),
          datePublished: isoDate(article.data.published.date),
          inLanguage: 'de',
          text: cell.quotes.map((quote) => quote.text).join(' … '),
        },
      ];
    }),
  };
}
