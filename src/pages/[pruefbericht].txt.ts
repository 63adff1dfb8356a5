/**
 * The full review of „nicht erwähnt“ as a text file, built only by `npm run review`
 * (REVIEW_REPORT set), which copies it out of dist/ and deletes it there: it is
 * an editors' tool, not a page of the site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReview } from '../data/collections.ts';
import { formatReport } from '../review/absences.ts';

export const getStaticPaths = (() => (process.env['REVIEW_REPORT'] ? [{ params: { pruefbericht: 'pruefbericht' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(formatReport(await getReview()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
