/** BibTeX (biblatex `@online`) of a story's citable pages, one file per story (src/export/share-pages.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus, getDataVersion, storyCacheKeys } from '../../data/collections.ts';
import { bibtexFile } from '../../export/citation.ts';
import { citationFor, storyCitablePages, type CitablePage } from '../../export/share-pages.ts';
import { pageKey } from '../../site/urls.ts';

export const getStaticPaths = (async () => {
  const [{ stories }, cacheKey] = await Promise.all([getCorpus(), storyCacheKeys()]);
  return stories.map((story) => ({ params: { seite: pageKey(story.url) }, props: { pages: storyCitablePages(story) }, cacheKey: cacheKey(story.id) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ pages: CitablePage[] }> = async ({ props, site }) => {
  const version = await getDataVersion();
  return new Response(bibtexFile(props.pages.map((page) => citationFor(page, site, version))), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
};
