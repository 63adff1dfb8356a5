/**
 * `npm run text:add`: adds a text as received to a story. Node-only (it reads
 * and writes content/), for scripts/text-add.ts and its tests.
 *
 * Everything is checked before anything is written: the file (UTF-8 text, not
 * empty, not already in content/originals/ under any name), the story and the
 * event, the draft (src/authoring/draft-article.ts) and the id. Then the
 * original is copied byte for byte and the article drafted; if a write fails,
 * what was written is removed again. Bad input changes no file.
 */
import { copyFileSync, constants, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { findTodos, type TodoField } from '../schemas/todo.ts';
import { articleFile, type StoryEventChoice } from './article-file.ts';
import { DraftError, draftArticle, type ArticleDraft } from './draft-article.ts';
import { invalidId, proposeId } from './ids.ts';
import { bodyMarkdown, verifyBody } from './markdown-body.ts';

/** Bad input: the message says what and where; no file was changed. */
export class AuthoringError extends Error {
  override name = 'AuthoringError';
}

export interface AddTextOptions {
  /** The project root (the folder holding content/). */
  root: string;
  /** The text as received. */
  file: string;
  story: string;
  event?: string | undefined;
  /** The id to use instead of the one proposed from the headline. */
  id?: string | undefined;
}

export interface AddTextResult {
  id: string;
  /** Files written, relative to the root. */
  written: string[];
  draft: ArticleDraft;
  /** What the editor must still decide in the article. */
  todos: TodoField[];
}

/** The name of the original in content/originals/: its own name if the schema allows it. */
const ORIGINAL_NAME = /^[\w.-]+\.txt$/;

/** Reads `file` as UTF-8 text, refusing what is not. */
export function readText(file: string): { bytes: Buffer; text: string } {
  if (!existsSync(file)) throw new AuthoringError(`${file}: no such file`);
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AuthoringError(`${file}: not UTF-8 text. Save the text as UTF-8 and try again.`);
  }
  // Control characters other than tab, line feed, form feed and carriage return mean binary data.
  if (/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text)) throw new AuthoringError(`${file}: not a text file (it holds binary data)`);
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new AuthoringError(`${file}: the file is empty`);
  return { bytes, text };
}

const iso = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** The story's events, from content/stories/<story>.yaml; refuses an unknown story. */
export function storyEvents(root: string, story: string): StoryEventChoice[] {
  const folder = join(root, 'content', 'stories');
  const known = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.yaml')).map((name) => basename(name, '.yaml')) : [];
  if (!known.includes(story)) {
    throw new AuthoringError(`unknown story "${story}": content/stories/${story}.yaml does not exist (known: ${known.join(', ') || 'none'}). Create it with npm run story:add.`);
  }
  const data = yaml.load(readFileSync(join(folder, `${story}.yaml`), 'utf8')) as { events?: { id?: unknown; label?: unknown; date?: unknown }[] } | null;
  return (data?.events ?? []).map((event) => ({ id: String(event.id), label: String(event.label), date: iso(event.date) }));
}

export function addText(options: AddTextOptions): AddTextResult {
  const { root } = options;
  const { bytes, text } = readText(options.file);
  const events = storyEvents(root, options.story);
  if (options.event !== undefined && !events.some((event) => event.id === options.event)) {
    throw new AuthoringError(
      `unknown event "${options.event}" for story "${options.story}" (its events: ${events.map((event) => event.id).join(', ') || 'none'})`,
    );
  }

  const originals = join(root, 'content', 'originals');
  for (const name of existsSync(originals) ? readdirSync(originals) : []) {
    if (readFileSync(join(originals, name)).equals(bytes)) {
      throw new AuthoringError(`${options.file} is already in content/originals/ as ${name}`);
    }
  }

  let draft: ArticleDraft;
  try {
    draft = draftArticle(text);
  } catch (error) {
    if (error instanceof DraftError) throw new AuthoringError(`${options.file}: ${error.message}`);
    throw error;
  }

  const id = options.id ?? proposeId(draft.title);
  const invalid = invalidId(id);
  if (invalid) throw new AuthoringError(`${invalid} (given with --id)`);
  const articles = join(root, 'content', 'articles');
  const taken = (existsSync(articles) ? readdirSync(articles) : []).find((name) => name.replace(/\.md$/, '').toLowerCase() === id);
  if (taken) {
    throw new AuthoringError(
      `the id "${id}" is taken: content/articles/${taken} exists. ${options.id ? 'Choose another' : 'It was proposed from the headline; choose another'} with --id <id>.`,
    );
  }

  const original = ORIGINAL_NAME.test(basename(options.file)) ? basename(options.file) : `${id}.txt`;
  if (existsSync(join(originals, original))) {
    throw new AuthoringError(`content/originals/${original} already exists (with other contents): rename the file you are adding`);
  }

  const body = bodyMarkdown(draft.blocks);
  const mismatch = verifyBody(body, draft.blocks);
  if (mismatch) throw new Error(`internal: the drafted Markdown reads „${mismatch.actual}“ where the original has „${mismatch.expected}“`);
  const contents = articleFile(draft, { story: options.story, event: options.event, events, original });

  const targets: [path: string, write: (path: string) => void][] = [
    [join('content', 'originals', original), (path) => copyFileSync(options.file, path, constants.COPYFILE_EXCL)],
    [join('content', 'articles', `${id}.md`), (path) => writeFileSync(path, contents, { flag: 'wx' })],
  ];
  const written: string[] = [];
  try {
    for (const [path, write] of targets) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      write(join(root, path));
      written.push(path);
    }
  } catch (error) {
    for (const path of written) rmSync(join(root, path), { force: true });
    throw error;
  }
  const frontmatter = yaml.load(contents.split('\n---\n')[0]!.replace(/^---\n/, ''));
  return { id, written, draft, todos: findTodos(frontmatter) };
}
