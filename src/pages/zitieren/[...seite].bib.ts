/** BibTeX (biblatex `@online`) for every citable page (src/export/share-pages.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus, getDataVersion } from '../../data/collections.ts';
import { bibtex } from '../../export/citation.ts';
import { citablePages, citationFor, type SharePage } from '../../export/share-pages.ts';
import { pageKey } from '../../site/urls.ts';

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  return citablePages(corpus).map((page) => ({ params: { seite: pageKey(page.path) }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SharePage }> = async ({ props, site }) =>
  new Response(bibtex(citationFor(props.page, site, await getDataVersion())), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
