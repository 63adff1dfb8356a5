import type { APIRoute } from 'astro';
import { getCorpus, getDataVersion } from '../../data/collections.ts';
import { toCsv, toExport } from '../../export/comparison.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(toExport(await getCorpus(), await getDataVersion())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
