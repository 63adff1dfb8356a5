/** The share card of every page that has one (src/export/share-pages.ts), rendered at build time; its words are its incremental-build key. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../data/collections.ts';
import { renderCard } from '../../export/render-card.ts';
import { sharePages, type SharePage } from '../../export/share-pages.ts';
import { pageKey } from '../../site/urls.ts';

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  return sharePages(corpus).map((page) => ({ params: { seite: pageKey(page.path) }, props: { page }, cacheKey: JSON.stringify(page.card) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SharePage }> = async ({ props }) =>
  new Response(await renderCard(props.page.card), { headers: { 'content-type': 'image/png' } });
