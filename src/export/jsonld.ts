/**
 * schema.org `Claim` for a claim page: the claim and, as `appearance`, each
 * text that states it, pointing at the quote's place on this site.
 */
import type { Claim, Story } from '../corpus/corpus.ts';
import { isoDate } from '../site/format.ts';
import { isExactDay } from '../site/published.ts';

export function claimJsonLd(story: Pick<Story, 'articles'>, claim: Claim, site: URL): Record<string, unknown> {
  const absolute = (path: string) => new URL(path, site).href;
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
