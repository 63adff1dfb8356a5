/**
 * `npm run claim:add` and the cells `npm run text:add` adds: a claim's
 * scaffold (content/claims/<id>.yaml) with one TODO cell per text of its
 * story, and a TODO cell for a new text in each claim of its story.
 *
 * Above each cell stand, as comments, the passages of that text that look
 * most like the claim: German-stemmed words shared with its title and
 * description (and its quotes in other texts), each weighted by how rare it
 * is in the texts of its story. It is the scoring `npm run review` flags „nicht erwähnt“
 * cells with (scorePassages, src/review/absences.ts), so an editor sees the
 * same passages now that the review would ask about later.
 *
 * A text published before the claim's event gets no cell: not applicable is
 * derived by the content check, never written. What cannot be known (a date
 * still TODO) is said in a comment, never guessed. Pure: the files are read
 * and written by src/authoring/project.ts.
 */
import yaml from 'js-yaml';
import { claimProfile, indexPassages, round, scorePassages, type PassageIndex, type ProfileTerm, type ReviewText } from '../review/absences.ts';
import { isTodo } from '../schemas/todo.ts';
import { idProblem } from './ids.ts';
import type { Planned } from './story.ts';
import { appendToMapping, comments, excerpt, quote } from './yaml-source.ts';

/** An event of a story as far as it is written: its date is undefined while it is still TODO. */
export interface EventInfo {
  id: string;
  date: Date | undefined;
}

export interface StoryInfo {
  id: string;
  events: readonly EventInfo[];
}

/** A text as the authoring commands need it; what is still TODO is undefined. */
export interface TextInfo {
  id: string;
  /** The headline. */
  title: string | undefined;
  story: string | undefined;
  /** The day of publication; undefined while it is still TODO. */
  published: Date | undefined;
  /** Its passages (`absatz-N`), numbered as the article page numbers them. */
  passages: readonly { id: string; text: string }[];
}

/** A claim file as written: its YAML source and what it parses to (undefined if it does not parse). */
export interface ClaimFile {
  id: string;
  /** Relative to the project root, e.g. `content/claims/x.yaml`. */
  file: string;
  source: string;
  data: unknown;
}

/** What the authoring commands read of the content (src/authoring/project.ts reads it). */
export interface AuthoringContent {
  stories: readonly StoryInfo[];
  texts: readonly TextInfo[];
  claims: readonly ClaimFile[];
}

export interface ClaimRequest {
  story: string;
  id: string;
  title?: string | undefined;
  description?: string | undefined;
  event?: string | undefined;
}

/** How many passages are suggested per text. */
const SUGGESTIONS = 3;

const CELL_TODO = 'TODO: reported (with quotes copied from one passage of the text) or not-mentioned';
const TITLE_TODO = "TODO: the claim's German title, as a reader's question or topic";
const DESCRIPTION_TODO = 'TODO: a neutral German description, written by us, of what counts as stating this claim';

const day = (date: Date) => date.toISOString().slice(0, 10);
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const written = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' && !isTodo(value) ? value : undefined);

/** Reading order, as the site's: by publication date (unknown last), then by id. */
function byDate(a: TextInfo, b: TextInfo): number {
  const time = (text: TextInfo) => text.published?.getTime() ?? Number.POSITIVE_INFINITY;
  return time(a) - time(b) || a.id.localeCompare(b.id);
}

/** The words a claim is recognised by; none while its title and description are TODO. */
function profileOf(data: Record<string, unknown>, article: string): ProfileTerm[] {
  const title = written(data['title']) ?? '';
  const description = written(data['description']) ?? '';
  if (title === '' && description === '') return [];
  const cells = Object.entries(record(data['cells'])).flatMap(([id, value]) => {
    const cell = record(value);
    const quotes = Array.isArray(cell['quotes']) ? cell['quotes'].filter((entry): entry is string => typeof entry === 'string') : [];
    return cell['status'] === 'reported' ? [{ article: id, status: 'reported' as const, quotes, reviewed: [] }] : [];
  });
  return claimProfile({ id: '', file: '', title, description, cells }, article);
}

/** The comment lines suggesting passages of `text` for a claim. */
function suggestionLines(index: PassageIndex, text: string, profile: readonly ProfileTerm[]): string[] {
  if (profile.length === 0) return ['No passages suggested: the title is still TODO (the suggestions come from the title and description).'];
  const best = scorePassages(index, text, profile)
    .filter((scored) => scored.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, SUGGESTIONS);
  if (best.length === 0) return ['No passage of this text shares a word with the claim.'];
  return [
    'Passages most like the claim (score: shared words):',
    ...best.map((scored) => `  ${scored.passage} · ${round(scored.score)}: ${scored.words.join(', ')} · „${excerpt(scored.text)}“`),
  ];
}

/** Whether `text` gets a cell for a claim about `event`, and what to say about its date. */
function applicability(text: TextInfo, event: EventInfo | undefined): { cell: boolean; caveat?: string } {
  if (!event) return { cell: true };
  if (event.date === undefined) {
    return { cell: true, caveat: `The date of the event ${event.id} is still TODO: remove this cell if the text appeared before it.` };
  }
  if (text.published === undefined) {
    return { cell: true, caveat: `Its publication date is still TODO: remove this cell if it appeared before ${event.id} (${day(event.date)}).` };
  }
  return { cell: text.published.getTime() >= event.date.getTime() };
}

/** A cell's lines, indented relative to the keys of `cells`. */
function cellLines(text: TextInfo, caveat: string | undefined, suggestions: readonly string[]): string[] {
  const about = `${text.title === undefined ? '(headline still TODO)' : `„${excerpt(text.title, 90)}“`}, ${
    text.published === undefined ? 'publication date still TODO' : `published ${day(text.published)}`
  }.`;
  return [`${text.id}:`, ...comments('  ', [about, ...(caveat ? [caveat] : []), ...suggestions]), `  status: ${quote(CELL_TODO)}`];
}

/** The note above `cells`: how to fill a cell, what the suggestions are, which texts get none. */
function cellsNote(left: readonly string[]): string[] {
  return comments('', [
    "One cell per text of the story, keyed by the text's id. Set status: reported and list under",
    'quotes: the words of the text, copied from one passage (only whitespace may differ); or set',
    'status: not-mentioned. The content check verifies every quote.',
    'A text published before the claim\'s event gets no cell: it is shown as „erschien vor dem',
    'Ereignis“, derived from the dates, never written.',
    ...left.map((line) => `No cell: ${line}`),
    'Suggested passages: German-stemmed words shared with the title and description, each',
    'weighted by how rare it is in the texts (the scoring `npm run review` uses). They were',
    'computed when this file was written and are only a help: after changing the title there is',
    'nothing to rerun, read the text; a passage not listed may still state the claim.',
  ]);
}

/** The texts of a story that have a cell for a claim about `event`, and the lines saying which have none. */
function cellsFor(
  texts: readonly TextInfo[],
  event: EventInfo | undefined,
  profile: (text: string) => ProfileTerm[],
  index: PassageIndex,
): { lines: string[]; cells: string[]; left: string[] } {
  const lines: string[] = [];
  const cells: string[] = [];
  const left: string[] = [];
  for (const text of [...texts].sort(byDate)) {
    const { cell, caveat } = applicability(text, event);
    if (!cell) {
      left.push(`${text.id} (published ${day(text.published as Date)}, before ${event?.id} on ${day(event?.date as Date)}).`);
      continue;
    }
    cells.push(text.id);
    lines.push(...cellLines(text, caveat, suggestionLines(index, text.id, profile(text.id))).map((line) => `  ${line}`));
  }
  return { lines, cells, left };
}

/** The scaffold of a new claim, or why it cannot be made. */
export function planClaim(request: ClaimRequest, content: AuthoringContent): Planned & { cells?: string[] } {
  const errors: string[] = [];
  const idError = idProblem('claim', request.id, content.claims.map((claim) => claim.id), (id) => `content/claims/${id}.yaml`);
  if (idError) errors.push(idError);
  const story = content.stories.find((candidate) => candidate.id === request.story);
  if (!story) {
    const known = content.stories.map((candidate) => candidate.id);
    errors.push(`unknown story "${request.story}" (the stories: ${known.length > 0 ? known.join(', ') : 'none yet; add one with npm run story:add'})`);
  }
  const event = request.event === undefined ? undefined : story?.events.find((candidate) => candidate.id === request.event);
  if (story && request.event !== undefined && !event) {
    errors.push(`"${request.event}" is not an event of the story "${story.id}" (its events: ${story.events.map((candidate) => candidate.id).join(', ')})`);
  }
  if (request.title !== undefined && request.title.trim() === '') errors.push('--title is empty: leave it out to write a TODO title');
  if (request.description !== undefined && request.description.trim() === '') errors.push('--description is empty: leave it out to write a TODO description');
  if (errors.length > 0 || !story) return { ok: false, errors };

  const texts = content.texts.filter((text) => text.story === story.id);
  const orders = content.claims.flatMap((claim) => {
    const data = record(claim.data);
    if (data['story'] !== story.id) return [];
    // The schema's default, for a claim that names none.
    return [typeof data['order'] === 'number' ? data['order'] : 100];
  });
  const order = orders.length === 0 ? 1 : Math.max(...orders) + 1;
  const data = { title: request.title ?? TITLE_TODO, description: request.description ?? DESCRIPTION_TODO };
  // Words are weighed among the story's own passages, as the review weighs them.
  const index = indexPassages(texts.map((text): ReviewText => ({ id: text.id, passages: text.passages })));
  const { lines, cells, left } = cellsFor(texts, event, (text) => profileOf(data, text), index);
  const source = [
    ...comments('', [
      `A claim of the story ${story.id} (schema: src/schemas/claim.ts). Written by \`npm run claim:add\`.`,
      'Every value starting with TODO is still to be decided: the content check refuses it, naming',
      'this file and the field, until an editor writes it.',
    ]),
    '',
    "# The claim's German title, as a reader's question or topic.",
    `title: ${quote(data.title)}`,
    '# The story the claim belongs to.',
    `story: ${story.id}`,
    ...(event
      ? ['# The event of its story the claim belongs to.', `event: ${event.id}`]
      : comments('', [
          `The event of its story the claim belongs to, one of: ${story.events.map((candidate) => candidate.id).join(', ')}.`,
          'Leave out for a claim about the whole story. With an event, texts published before it get no',
          'cell: delete their cells (the content check names them).',
          'event: <one of the ids above>',
        ])),
    `# Order among the story's claims (lower first): ${orders.length === 0 ? 'its first claim' : `after its claims so far (highest: ${order - 1})`}.`,
    `order: ${order}`,
    '# A neutral German description, written by us, of what counts as stating this claim.',
    `description: ${quote(data.description)}`,
    ...cellsNote(left),
    cells.length === 0 ? 'cells: {}' : 'cells:',
    ...lines,
    '',
  ].join('\n');
  return { ok: true, file: `content/claims/${request.id}.yaml`, source, cells };
}

export interface NewText extends Omit<TextInfo, 'story'> {
  story: string;
}

export interface TextCellsInput {
  text: NewText;
  /** The text's story, with its events' dates. */
  story: StoryInfo;
  /** The claims of the story, as files (claims of other stories are passed over). */
  claims: readonly ClaimFile[];
  /**
   * The other texts; those of the text's story weigh the words (a word in many passages says
   * little), as in the review. Default: only the new text.
   */
  texts?: readonly TextInfo[];
}

export interface TextCellsResult {
  /** The claims that get a cell for the text: their file and new YAML source. */
  updates: { id: string; file: string; source: string }[];
  /** The claims that do not, and why. */
  skipped: { id: string; file: string; reason: string }[];
}

/**
 * A TODO cell for a new text in every claim of its story that needs one,
 * appended to the claim's `cells:` with the same passage suggestions as
 * claim:add; every other byte of each file stays as it was. A claim whose
 * event is after the text's publication gets no cell (not applicable); while
 * a date is TODO the cell is added with a comment saying when to remove it.
 * Throws an Error naming the file when a claim of the story cannot be read or
 * extended: adding the text must then change nothing.
 */
export function addTextCells(input: TextCellsInput): TextCellsResult {
  const { text, story } = input;
  const others = (input.texts ?? []).filter((other) => other.id !== text.id && other.story === story.id);
  const index = indexPassages([...others, text].map((entry): ReviewText => ({ id: entry.id, passages: entry.passages })));
  const result: TextCellsResult = { updates: [], skipped: [] };
  for (const claim of input.claims) {
    let data: Record<string, unknown>;
    try {
      data = record(yaml.load(claim.source));
    } catch (error) {
      throw new Error(`${claim.file}: not valid YAML, so no cell can be added for ${text.id} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
    if (data['story'] !== story.id) continue;
    const cells = record(data['cells']);
    if (Object.hasOwn(cells, text.id)) {
      result.skipped.push({ id: claim.id, file: claim.file, reason: `it has a cell for ${text.id} already` });
      continue;
    }
    const eventId = data['event'];
    const event = typeof eventId === 'string' ? story.events.find((candidate) => candidate.id === eventId) : undefined;
    const known: EventInfo | undefined = typeof eventId === 'string' ? (event ?? { id: eventId, date: undefined }) : undefined;
    const { cell, caveat } = applicability(text, known);
    if (!cell) {
      result.skipped.push({
        id: claim.id,
        file: claim.file,
        reason: `its event ${known?.id} (${day(known?.date as Date)}) is after the text's publication: not applicable, derived`,
      });
      continue;
    }
    const lines = cellLines({ ...text }, caveat, suggestionLines(index, text.id, profileOf(data, text.id)));
    const source = appendToMapping(claim.source, 'cells', lines, claim.file);
    // The file must say what it said, with the one cell more: checked, since a wrong insertion would lose an editor's work.
    const expected = { ...data, cells: { ...cells, [text.id]: { status: CELL_TODO } } };
    if (JSON.stringify(yaml.load(source)) !== JSON.stringify(expected)) {
      throw new Error(`${claim.file}: the cell for ${text.id} could not be added without changing the rest of the file; add it by hand`);
    }
    result.updates.push({ id: claim.id, file: claim.file, source });
  }
  return result;
}
