/** CSL-JSON for every citable page (src/export/share-pages.ts), for Zotero, Citavi and other reference managers. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus, getDataVersion } from '../../data/collections.ts';
import { cslJson } from '../../export/citation.ts';
import { citablePages, citationFor, type SharePage } from '../../export/share-pages.ts';
import { pageKey } from '../../site/urls.ts';

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  return citablePages(corpus).map((page) => ({ params: { seite: pageKey(page.path) }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SharePage }> = async ({ props, site }) =>
  new Response(`${JSON.stringify(cslJson(citationFor(props.page, site, await getDataVersion())), null, 2)}\n`, {
    headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
