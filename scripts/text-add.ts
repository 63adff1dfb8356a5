/**
 * `npm run text:add -- <file.txt or file.html> --story <story-id> [--event <event-id>] [--id <id>]`:
 * copies a text as received (a plain text, or a page saved from the browser)
 * into content/originals/, drafts its Markdown copy
 * in content/articles/ and adds a TODO cell for it to the claims of its story
 * (src/authoring/add-text.ts), then prints what it did and what is left for
 * the editor to decide. Refuses bad input, writing nothing.
 */
import { resolve } from 'node:path';
import { AuthoringError, addText } from '../src/authoring/add-text.ts';
import { textAddReport } from '../src/authoring/report.ts';
import { projectRoot, readArgs, refuse } from './cli.ts';

const COMMAND = 'text:add';
const USAGE = 'npm run text:add -- <file.txt or file.html> --story <story-id> [--event <event-id>] [--id <id>]';
const { positionals, values } = readArgs(COMMAND, USAGE, { story: { type: 'string' }, event: { type: 'string' }, id: { type: 'string' } }, 1);
if (!values.story) refuse(COMMAND, ['--story is required: the story the text belongs to (content/stories/<story-id>.yaml)'], USAGE);
const root = projectRoot(COMMAND);
// npm runs scripts in the project root; a relative path is meant from where the editor typed the command.
const file = resolve(process.env['INIT_CWD'] ?? process.cwd(), positionals[0]!);
try {
  console.log(textAddReport(addText({ root, file, label: positionals[0]!, story: values.story, event: values.event, id: values.id }), positionals[0]!));
} catch (error) {
  if (!(error instanceof AuthoringError)) throw error;
  refuse(COMMAND, [error.message]);
}
