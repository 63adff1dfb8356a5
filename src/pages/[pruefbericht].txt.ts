/**
 * The full review as a text file (the not-mentioned cells that look like their
 * claim, then what texts share that no claim quotes), built only by `npm run review`
 * (REVIEW_REPORT set), which copies it out of dist/ and deletes it there: it is
 * an editors' tool, not a page of the site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus, getReview } from '../data/collections.ts';
import { formatReport } from '../review/absences.ts';
import { reviewInput } from '../review/corpus-input.ts';
import { formatShared, reviewShared } from '../review/shared.ts';

export const getStaticPaths = (() => (process.env['REVIEW_REPORT'] ? [{ params: { pruefbericht: 'pruefbericht' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const [review, corpus] = await Promise.all([getReview(), getCorpus()]);
  const report = `${formatReport(review)}\n${formatShared(reviewShared(reviewInput(corpus)))}`;
  return new Response(report, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
