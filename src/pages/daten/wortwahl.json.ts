import type { APIRoute } from 'astro';
import { getCorpus, getDataVersion, getLenses } from '../../data/collections.ts';
import { toTermsExport } from '../../export/terms.ts';

export const GET: APIRoute = async () => {
  const [{ stories, articles }, lenses, version] = await Promise.all([getCorpus(), getLenses(), getDataVersion()]);
  const terms = stories.flatMap((story) => lenses.stories.get(story.id)?.terms ?? []);
  return new Response(`${JSON.stringify(toTermsExport(terms, articles, version), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
