/**
 * `npm run check`: the editors' check of content/, without a build. Reads
 * every collection and reports every problem in one run (the build stops at
 * the first broken collection), then runs the review of „nicht erwähnt“
 * (src/review). One line per problem, `file → field: message`, and no stack
 * trace; exit status 1 if there is any. The type check of the code is
 * `npm run check:types`.
 */
import { checkAll } from '../src/authoring/content-check.ts';
import { reviewAbsences } from '../src/review/absences.ts';
import { reviewInput } from '../src/review/corpus-input.ts';
import { ContentError, type ContentProblem } from '../src/schemas/errors.ts';
import { projectRoot } from './cli.ts';

const line = ({ file, field, message }: ContentProblem) => `  ${file}${field ? ` → ${field}` : ''}: ${message}`;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const root = projectRoot('check');
let checked: ReturnType<typeof checkAll>;
try {
  checked = checkAll(root);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`Content check: ${count(error.problems.length, 'problem', 'problems')} (the review runs once they are fixed):`);
  for (const problem of error.problems) console.error(line(problem));
  process.exit(1);
}
const { corpus } = checked;
const review = reviewAbsences(reviewInput(corpus));
console.log(
  `Content check: no problems in ${count(corpus.stories.length, 'story', 'stories')}, ${count(corpus.articles.length, 'text', 'texts')} and ${count(corpus.claims.length, 'claim', 'claims')}.`,
);
if (review.warnings.length > 0) {
  console.error(`Review of „nicht erwähnt“: ${count(review.warnings.length, 'cell', 'cells')} to resolve (quote the passage, or list it under reviewed with the reason):`);
  for (const warning of review.warnings) console.error(line(warning));
  process.exit(1);
}
console.log(`Review of „nicht erwähnt“: ${count(review.checked, 'cell', 'cells')} checked, ${review.findings.length} flagged, all resolved.`);
