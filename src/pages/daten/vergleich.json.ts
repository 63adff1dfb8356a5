import type { APIRoute } from 'astro';
import { getCorpus, getDataVersion } from '../../data/collections.ts';
import { toExport } from '../../export/comparison.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(toExport(await getCorpus(), await getDataVersion()), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
