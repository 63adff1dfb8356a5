/**
 * `npm run story:add -- <story-id> --title "…" [--event <event-id>]…`: writes
 * content/stories/<story-id>.yaml, a story scaffold with its title and one
 * event per --event (one unnamed event without), everything else TODO
 * (src/authoring/story.ts). Refuses, writing nothing, an invalid or taken id
 * and a missing title.
 */
import { planStory } from '../src/authoring/story.ts';
import { readProject, writeAll } from '../src/authoring/project.ts';
import { todoLines } from '../src/authoring/todo-report.ts';
import { projectRoot, readArgs, refuse } from './cli.ts';

const COMMAND = 'story:add';
const USAGE = 'npm run story:add -- <story-id> --title "…" [--event <event-id>]…';
const { positionals, values } = readArgs(COMMAND, USAGE, { title: { type: 'string' }, event: { type: 'string', multiple: true } }, 1);
const root = projectRoot(COMMAND);
const project = readProject(root);
const plan = planStory(
  { id: positionals[0] ?? '', title: values.title, events: values.event ?? [] },
  project.stories.map((story) => story.id),
);
if (!plan.ok) refuse(COMMAND, plan.errors);
try {
  writeAll(root, [{ file: plan.file, content: plan.source }]);
} catch (error) {
  refuse(COMMAND, [error instanceof Error ? error.message : String(error)]);
}
console.log(`Wrote ${plan.file}.`);
console.log('Left to decide (the content check refuses each until it is written):');
for (const line of todoLines(plan.file, plan.source)) console.log(line);
console.log('Then add its texts (npm run text:add) and claims (npm run claim:add).');
