import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataVersion, storyPaths } from '../../../data/collections.ts';
import type { Story } from '../../../corpus/corpus.ts';
import { storyExport, toCsv } from '../../../export/comparison.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }> = async ({ props }) =>
  new Response(toCsv(storyExport(props.story, await getDataVersion())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
