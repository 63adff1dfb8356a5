/**
 * Times the corpus helpers of src/corpus on generated corpora, outside Astro:
 * the content check (buildCorpus), coverage() of every claim, pairsOf() of
 * one article and pairRows() of one pair. Finds quadratic work early.
 *
 *     node bench/profile-lib.ts 500 2000      # add --cpu-prof for a profile
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './generate-corpus.ts';
import { checkContent } from '../tests/support/content.ts';
import { coverage } from '../src/corpus/coverage.ts';
import { allPairs, pairsOf, pairRows } from '../src/corpus/pairs.ts';
for (const n of process.argv.slice(2).map(Number)) {
  const dir = mkdtempSync(join(tmpdir(), 'nebeneinander-profile-'));
  writeCorpus(dir, n);
  let t = performance.now();
  const corpus = checkContent(dir);
  const check = performance.now() - t;
  t = performance.now();
  for (const claim of corpus.claims) coverage(claim);
  const cov = performance.now() - t;
  t = performance.now();
  for (const a of corpus.articles.slice(0, 20)) pairsOf(corpus, a.id);
  const po = (performance.now() - t) / 20;
  const pairs = allPairs(corpus).slice(0, 1000);
  t = performance.now();
  for (const p of pairs) pairRows(corpus, p);
  const pr = (performance.now() - t) / pairs.length;
  rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ n, checkMs: Math.round(check), checkMsPerText: +(check / n).toFixed(2), coverageAllClaimsMs: +cov.toFixed(1), pairsOfPerArticleMs: +po.toFixed(2), pairRowsPerPairMs: +pr.toFixed(3) }));
}
