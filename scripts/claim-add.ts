/**
 * `npm run claim:add -- <story-id> <claim-id> [--title "…"] [--description "…"] [--event <event-id>]`:
 * writes content/claims/<claim-id>.yaml, a claim scaffold with one TODO cell
 * per text of the story that could report it, each with the passages that
 * look most like the claim as comments (src/authoring/claim.ts). Refuses,
 * writing nothing, an unknown story or event and an invalid or taken id.
 */
import { planClaim } from '../src/authoring/claim.ts';
import { readProject, writeAll } from '../src/authoring/project.ts';
import { todoLines } from '../src/authoring/todo-report.ts';
import { projectRoot, readArgs, refuse } from './cli.ts';

const COMMAND = 'claim:add';
const USAGE = 'npm run claim:add -- <story-id> <claim-id> [--title "…"] [--description "…"] [--event <event-id>]';
const { positionals, values } = readArgs(
  COMMAND,
  USAGE,
  { title: { type: 'string' }, description: { type: 'string' }, event: { type: 'string' } },
  2,
);
const root = projectRoot(COMMAND);
const project = readProject(root);
const plan = planClaim(
  { story: positionals[0] ?? '', id: positionals[1] ?? '', title: values.title, description: values.description, event: values.event },
  project,
);
if (!plan.ok) refuse(COMMAND, plan.errors);
try {
  writeAll(root, [{ file: plan.file, content: plan.source }]);
} catch (error) {
  refuse(COMMAND, [error instanceof Error ? error.message : String(error)]);
}
console.log(`Wrote ${plan.file}, with a cell for ${plan.cells?.length ? plan.cells.join(', ') : 'no text (none of the story could report it yet)'}.`);
for (const problem of project.problems) console.log(`Note: ${problem.file}: ${problem.message}; it was passed over.`);
console.log('Left to decide (the content check refuses each until it is written):');
for (const line of todoLines(plan.file, plan.source)) console.log(line);
console.log('The comments above each cell suggest passages; the content check verifies every quote.');
