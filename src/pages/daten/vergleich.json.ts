import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { toExport } from '../../lib/export.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(toExport(await getCorpus()), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
