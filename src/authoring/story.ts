/**
 * `npm run story:add`: the scaffold of a story (content/stories/<id>.yaml).
 * It writes what the editor gave (the id, the title, event ids) and marks
 * everything else TODO (src/schemas/todo.ts), with a comment on what each
 * field means (the schema's JSDoc, src/schemas/story.ts). It never guesses a
 * summary, an event or a date: the content check refuses the file, naming
 * each TODO field, until an editor has written them. Pure: scripts/story-add.ts
 * reads and writes the files (src/authoring/project.ts).
 */
import { ID } from '../schemas/ids.ts';
import { idProblem } from './ids.ts';
import { comments, quote } from './yaml-source.ts';

export interface StoryRequest {
  id: string;
  /** The story's German title, as given. */
  title: string | undefined;
  /** Event ids named up front (`--event`), in the order given. */
  events: readonly string[];
}

export type Planned = { ok: true; file: string; source: string } | { ok: false; errors: string[] };

/** The scaffold of a new story, or why it cannot be made. `taken`: the ids of the stories there are. */
export function planStory(request: StoryRequest, taken: readonly string[]): Planned {
  const errors: string[] = [];
  const idError = idProblem('story', request.id, taken, (id) => `content/stories/${id}.yaml`);
  if (idError) errors.push(idError);
  // The content check refuses it too (numeric-story-id): /themen/2024/ is a page of the story list.
  else if (/^\d+$/.test(request.id)) errors.push(`the story id "${request.id}" is only digits: /themen/${request.id}/ is a page of the story list; use a word`);
  const title = request.title?.replace(/\s+/g, ' ').trim() ?? '';
  if (title === '') errors.push('a title is needed: --title "…" (the story\'s German title)');
  const seen = new Set<string>();
  for (const event of request.events) {
    if (!ID.test(event)) errors.push(`--event "${event}" is not a valid event id: ${'use lowercase a-z, 0-9 and single hyphens, e.g. "gipfel-2023"'}`);
    else if (seen.has(event)) errors.push(`--event "${event}" is given twice`);
    seen.add(event);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, file: `content/stories/${request.id}.yaml`, source: storySource(title, request.events) };
}

const TODO = {
  summary: 'TODO: one German sentence, written by us, on what the story is about',
  id: 'TODO: an id for the event, e.g. gipfel-2023',
  label: 'TODO: a short German label, e.g. „Gipfel im Kosmodrom Wostotschny“',
  short: 'TODO: shorter still, with the year, e.g. „Gipfel 2023“',
  date: 'TODO: the day it happened (YYYY-MM-DD), from the reference facts',
  topic: 'TODO: the event as the end of „1 von 3 Texten …“, e.g. „zum Gipfel von Wostotschny“',
  description: 'TODO: one German sentence on what happened, from the reference facts',
};

/** One event's lines; the first event carries the comments on what each field means. */
function eventLines(id: string | undefined, explained: boolean): string[] {
  const explain = (indent: string, line: string) => (explained ? [`${indent}# ${line}`] : []);
  return [
    ...explain('  ', 'Unique within the story; texts and claims name it in `event`. It never changes once published.'),
    `  - id: ${id ?? quote(TODO.id)}`,
    ...explain('    ', 'Short German label, shown with the event.'),
    `    label: ${quote(TODO.label)}`,
    ...explain('    ', 'Shorter still, with the year: the value of the search filter `ereignis`.'),
    `    short: ${quote(TODO.short)}`,
    ...explain('    ', 'The day it happened (YYYY-MM-DD): a text published before it cannot report it.'),
    `    date: ${quote(TODO.date)}`,
    ...explain('    ', 'The event as the end of „1 von 3 Texten …“ in the coverage lines.'),
    `    topic: ${quote(TODO.topic)}`,
    ...explain('    ', 'One German sentence on what happened.'),
    `    description: ${quote(TODO.description)}`,
  ];
}

function storySource(title: string, events: readonly string[]): string {
  const named = events.length > 0 ? events : [undefined];
  return [
    ...comments('', [
      'A story: the events a set of texts reports on (schema: src/schemas/story.ts).',
      'Written by `npm run story:add`. Every value starting with TODO is still to be decided:',
      'the content check refuses it, naming this file and the field, until an editor writes it.',
      'Nothing here is guessed: the summary, the events and their dates come from the editor.',
    ]),
    '',
    "# The story's German title.",
    `title: ${quote(title)}`,
    '# One German sentence, written by us, on what the story is about.',
    `summary: ${quote(TODO.summary)}`,
    '# Its events, at least one, in chronological order (earliest first). For another event, copy',
    '# a block from "- id:" to "description:"; for fewer, delete one.',
    'events:',
    ...named.flatMap((id, index) => eventLines(id, index === 0)),
    '',
  ].join('\n');
}
