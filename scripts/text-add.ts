/**
 * `npm run text:add -- <file.txt> --story <story-id> [--event <event-id>] [--id <id>]`:
 * copies a text as received into content/originals/ and drafts its Markdown
 * copy in content/articles/ (src/authoring/add-text.ts), then prints what it
 * did and what is left for the editor to decide.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AuthoringError, addText } from '../src/authoring/add-text.ts';
import { textAddReport } from '../src/authoring/report.ts';

const USAGE = 'usage: npm run text:add -- <file.txt> --story <story-id> [--event <event-id>] [--id <id>]';
const root = fileURLToPath(new URL('../', import.meta.url));

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { story: { type: 'string' }, event: { type: 'string' }, id: { type: 'string' }, root: { type: 'string' } },
  });
  if (positionals.length !== 1 || !values.story) throw new AuthoringError(USAGE);
  // npm runs scripts in the project root; a relative path is meant from where the editor typed it.
  const file = resolve(process.env['INIT_CWD'] ?? process.cwd(), positionals[0]!);
  const projectRoot = values.root ? resolve(values.root) : root;
  const result = addText({ root: projectRoot, file, story: values.story, event: values.event, id: values.id });
  console.log(textAddReport(result, positionals[0]!));
} catch (error) {
  if (!(error instanceof AuthoringError) && !(error instanceof TypeError && 'code' in error)) throw error;
  console.error(`text:add: ${error.message}\nNo file was changed.`);
  process.exitCode = 2;
}
