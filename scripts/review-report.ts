/**
 * `npm run review`: after a build with REVIEW_REPORT=1, moves the review of
 * „nicht erwähnt“ (dist/pruefbericht.txt, src/pages/[pruefbericht].txt.ts) to
 * test-results/review-report.txt and prints it. The report lists, for every
 * not-mentioned cell, the passages of its text that look like the claim, and
 * whether each is resolved by a `reviewed` entry.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const built = `${root}dist/pruefbericht.txt`;
const target = `${root}test-results/review-report.txt`;

if (!existsSync(built)) throw new Error('dist/pruefbericht.txt is missing: run the build with REVIEW_REPORT=1 (npm run review).');
const report = readFileSync(built, 'utf8');
// The report is no page of the site: it leaves dist/ before anyone deploys it.
rmSync(built);
mkdirSync(`${root}test-results`, { recursive: true });
writeFileSync(target, report);
console.log(report);
console.log(`Written to test-results/review-report.txt`);
