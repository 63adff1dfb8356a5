import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataVersion, storyPaths } from '../../../data/collections.ts';
import type { Story } from '../../../corpus/corpus.ts';
import { storyExport } from '../../../export/comparison.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }> = async ({ props }) =>
  new Response(`${JSON.stringify(storyExport(props.story, await getDataVersion()), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
