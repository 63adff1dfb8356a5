/**
 * `npm run text:add`: adds a text as received to a story. Node-only (it reads
 * the file to add; content/ is read and written through src/authoring/project.ts),
 * for scripts/text-add.ts and its tests.
 *
 * The file is a page saved from a browser (.html: its text and the article on it
 * as src/authoring/html-page.ts reads them) or a plain text (UTF-8). Everything
 * is checked before anything is written: the file (a web page with an article,
 * or UTF-8 text, not empty; not already in content/originals/ under any name), the story and the
 * event, the draft (src/authoring/draft-article.ts) and the id. Then, in one
 * all-or-nothing step (writeAll, src/authoring/project.ts), the original is
 * copied byte for byte, the article drafted with its attribution file (whom
 * it cites, all TODO), and every claim of the story that
 * the text could report gets a TODO cell for it with the passages most like
 * the claim (addTextCells, src/authoring/claim.ts). Bad input changes no file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadYaml } from './yaml-source.ts';
import { readPassages } from '../corpus/corpus.ts';
import { findTodos, type TodoField } from '../schemas/todo.ts';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { articleFile, type StoryEventChoice } from './article-file.ts';
import { attributionFile } from './attribution-file.ts';
import type { TextCellsResult } from './claim.ts';
import { DraftError, draftArticle, type ArticleDraft } from './draft-article.ts';
import { PageError, readPage, type PageRead } from './html-page.ts';
import { idProblem, proposeId } from './ids.ts';
import { bodyMarkdown, verifyBody } from './markdown-body.ts';
import { originalWithBytes, planTextCells, readProject, sourceIds, writeAll, type FileWrite, type Project } from './project.ts';

/** Bad input: the message says what and where; no file was changed. */
export class AuthoringError extends Error {
  override name = 'AuthoringError';
}

export interface AddTextOptions {
  /** The project root (the folder holding content/). */
  root: string;
  /** The text as received. */
  file: string;
  /** How messages name the file (the path as the editor typed it); default: `file`. */
  label?: string | undefined;
  story: string;
  event?: string | undefined;
  /** The id to use instead of the one proposed from the headline. */
  id?: string | undefined;
}

export interface AddTextResult {
  id: string;
  /** Files written or changed, relative to the root. */
  written: string[];
  draft: ArticleDraft;
  /** What the editor must still decide, file by file: the article's fields and the new claim cells. */
  todos: { file: string; fields: TodoField[] }[];
  /** The claims that got a cell for the text, and those that did not (with why). */
  cells: TextCellsResult;
  /** Files of the project that could not be read and were passed over. */
  unreadable: Project['problems'];
  /** For a web page: the charset it was decoded by, and where its headline, date and author came from. */
  page?: { charset: string; found: PageRead['found'] };
}

/** The name of the original in content/originals/: its own name if the schema allows it. */
const ORIGINAL_NAME = /^[\w.-]+\.(txt|html)$/;

/** What a file is by its first bytes, when it is neither a text nor a web page: for the message. */
function binaryKind(bytes: Uint8Array): string {
  const starts = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF document';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a zip archive (a .docx or .odt file is one)';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return 'an image';
  return 'binary data';
}

/** A saved web page: by its name (.html, .htm), or by its first characters whatever its name. */
export function isWebPage(path: string, bytes: Uint8Array): boolean {
  if (/\.html?$/i.test(path)) return true;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** Reads the file to add: a web page (its text and what its markup says) or a plain text; refuses anything else. */
export function readInput(path: string, file = path): { bytes: Buffer; text: string; page?: PageRead } {
  if (!existsSync(path)) throw new AuthoringError(`${file}: no such file`);
  const bytes = readFileSync(path);
  const kind = binaryKind(bytes);
  if (kind !== 'binary data') {
    throw new AuthoringError(`${file}: not a text file or web page: it is ${kind}. Add the article as a page saved from the browser (.html) or as UTF-8 text (.txt).`);
  }
  if (!isWebPage(path, bytes)) return readText(path, file);
  try {
    const page = readPage(bytes);
    return { bytes, text: page.text, page };
  } catch (error) {
    if (error instanceof PageError) throw new AuthoringError(`${file}: ${error.message}`);
    throw error;
  }
}

/** Reads `path` as UTF-8 text, refusing what is not; messages name it `file`. */
export function readText(path: string, file = path): { bytes: Buffer; text: string } {
  if (!existsSync(path)) throw new AuthoringError(`${file}: no such file`);
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AuthoringError(`${file}: not UTF-8 text. Save the text as UTF-8 and try again.`);
  }
  // Control characters other than tab, line feed, form feed and carriage return mean binary data.
  if (/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text)) {
    throw new AuthoringError(`${file}: not a text file (it holds ${binaryKind(bytes)}): neither a text nor a web page. Add the article as a page saved from the browser (.html) or as UTF-8 text (.txt).`);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new AuthoringError(`${file}: the file is empty`);
  return { bytes, text };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The story's events with their labels, for the article's comments; refuses an unknown story. */
function storyEvents(project: Project, story: string): StoryEventChoice[] {
  const found = project.stories.find((candidate) => candidate.id === story);
  if (!found) {
    const known = project.stories.map((candidate) => candidate.id);
    throw new AuthoringError(`unknown story "${story}": content/stories/${story}.yaml does not exist (known: ${known.join(', ') || 'none'}). Create it with npm run story:add.`);
  }
  return found.events.map((event) => ({ id: event.id, label: event.label, date: event.date && day(event.date) }));
}

export function addText(options: AddTextOptions): AddTextResult {
  const { root } = options;
  const label = options.label ?? options.file;
  const { bytes, text, page } = readInput(options.file, label);
  const project = readProject(root);
  const events = storyEvents(project, options.story);
  if (options.event !== undefined && !events.some((event) => event.id === options.event)) {
    throw new AuthoringError(
      `unknown event "${options.event}" for story "${options.story}" (its events: ${events.map((event) => event.id).join(', ') || 'none'})`,
    );
  }

  const copy = originalWithBytes(root, bytes);
  if (copy) throw new AuthoringError(`${label} is already in content/originals/ as ${copy}`);

  let draft: ArticleDraft;
  try {
    draft = draftArticle(text, page?.hints);
  } catch (error) {
    if (error instanceof DraftError) throw new AuthoringError(`${label}: ${error.message}`);
    throw error;
  }

  const chosen = events.find((event) => event.id === options.event);
  if (chosen?.date && draft.published && draft.published.date < chosen.date) {
    throw new AuthoringError(
      `${label} states the date ${draft.published.date} („${draft.published.asStated}“), before the event "${chosen.id}" (${chosen.date}): a text can only report an event that has happened`,
    );
  }

  // A proposed id always follows the rule; only one given with --id may not, and either may be taken.
  const id = options.id ?? proposeId(draft.title);
  const idError = idProblem('text', id, project.texts.map((other) => other.id), (other) => `content/articles/${other}.md`);
  if (idError) {
    throw new AuthoringError(`${idError}. ${options.id ? 'Choose another' : 'It was proposed from the headline; choose another'} with --id <id>.`);
  }

  const extension = page ? 'html' : 'txt';
  const own = basename(options.file);
  const original = ORIGINAL_NAME.test(own) && own.endsWith(`.${extension}`) ? own : `${id}.${extension}`;
  if (existsSync(join(root, 'content', 'originals', original))) {
    throw new AuthoringError(`content/originals/${original} already exists (with other contents): rename the file you are adding`);
  }

  const article = `content/articles/${id}.md`;
  const body = bodyMarkdown(draft.blocks);
  const passages = readPassages(body, article);
  const mismatch = verifyBody(passages, draft.blocks);
  if (mismatch) throw new Error(`internal: the drafted Markdown reads „${mismatch.actual}“ where the original has „${mismatch.expected}“`);
  const contents = articleFile(draft, { story: options.story, event: options.event, events, original });

  const published = draft.published ? new Date(`${draft.published.date}T00:00:00Z`) : undefined;
  let cells: TextCellsResult;
  let claimWrites: FileWrite[];
  try {
    const planned = planTextCells(project, { id, title: draft.title, story: options.story, published, passages });
    cells = planned.result;
    claimWrites = planned.writes;
  } catch (error) {
    throw new AuthoringError(error instanceof Error ? error.message : String(error));
  }
  const attributions = `content/attributions/${id}.yaml`;
  const attributionSource = attributionFile(draft, sourceIds(root));
  const writes: FileWrite[] = [
    { file: `content/originals/${original}`, content: bytes },
    { file: article, content: contents },
    { file: attributions, content: attributionSource },
    ...claimWrites,
  ];
  try {
    writeAll(root, writes);
  } catch (error) {
    throw new AuthoringError(error instanceof Error ? error.message : String(error));
  }
  const todos = [
    { file: article, fields: findTodos(parseFrontmatter(contents).frontmatter) },
    { file: attributions, fields: findTodos(loadYaml(attributionSource)) },
    ...claimWrites.map((write) => ({ file: write.file, fields: findTodos(loadYaml(String(write.content))).filter((todo) => todo.field.startsWith(`cells.${id}.`)) })),
  ];
  return { id, written: writes.map((write) => write.file), draft, todos, cells, unreadable: project.problems, ...(page ? { page: { charset: page.charset, found: page.found } } : {}) };
}
