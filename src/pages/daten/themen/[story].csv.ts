import type { APIRoute, GetStaticPaths } from 'astro';
import { storyPaths } from '../../../data/collections.ts';
import type { Story } from '../../../corpus/corpus.ts';
import { storyExport, toCsv } from '../../../export/comparison.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }> = ({ props }) =>
  new Response(toCsv(storyExport(props.story)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
