/**
 * The authoring commands' access to the files (`npm run story:add`,
 * `claim:add`, `text:add`). Node-only: for scripts/ alone, never for the site,
 * which reads content/ through the content layer (src/content.config.ts).
 *
 * It reads content/ as far as it is written, while other entries are still
 * half done (values marked TODO, missing cells): nothing here runs the
 * content check, and a file that cannot be parsed is listed in `problems`
 * rather than stopping the command. YAML and frontmatter are parsed as Astro
 * parses them (loadYaml; @astrojs/internal-helpers/frontmatter), and passages
 * are numbered as the site numbers them (readPassages, src/corpus/corpus.ts).
 *
 * Writing is all or nothing: every file is checked first (a new file must not
 * exist, a changed file must still be what was read), then written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadYaml } from './yaml-source.ts';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { readPassages, type Passage } from '../corpus/corpus.ts';
import { lineTrueBody } from '../loaders/entry-checks.ts';
import { isTodo } from '../schemas/todo.ts';
import { addTextCells, type AuthoringContent, type ClaimFile, type EventInfo, type NewText, type StoryInfo, type TextCellsResult, type TextInfo } from './claim.ts';

/** A file that could not be read as what it should be. */
export interface ReadProblem {
  file: string;
  message: string;
}

/** An event of a story as far as it is written: label and date are undefined while still TODO. */
export interface ProjectEvent extends EventInfo {
  label: string | undefined;
}

export interface ProjectStory extends StoryInfo {
  events: readonly ProjectEvent[];
  file: string;
  /** The parsed YAML; undefined if it does not parse. */
  data: unknown;
}

export interface ProjectText extends TextInfo {
  file: string;
  /** The frontmatter; empty if it does not parse. */
  data: Record<string, unknown>;
  /** The Markdown body, line-true (line N of the body is line N of the file). */
  body: string;
  passages: Passage[];
}

export interface Project extends AuthoringContent {
  /** The folder holding content/. */
  root: string;
  stories: ProjectStory[];
  texts: ProjectText[];
  claims: ClaimFile[];
  problems: ReadProblem[];
}

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));

/** The files of a folder of content/ with this extension, sorted, as `content/<folder>/<name>`. */
export function contentFiles(root: string, folder: string, extension: string): string[] {
  const dir = join(root, 'content', folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => `content/${folder}/${name}`);
}

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
/** A date as read, or undefined while it is still TODO (or not a date at all). */
const dateOf = (value: unknown): Date | undefined => (value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined);
const stringOf = (value: unknown): string | undefined => (typeof value === 'string' && !isTodo(value) ? value : undefined);

function readYaml(root: string, file: string, problems: ReadProblem[]): { source: string; data: unknown } {
  const source = readFileSync(join(root, file), 'utf8');
  try {
    return { source, data: loadYaml(source) };
  } catch (error) {
    problems.push({ file, message: `not valid YAML: ${message(error)}` });
    return { source, data: undefined };
  }
}

function readStory(root: string, file: string, problems: ReadProblem[]): ProjectStory {
  const { data } = readYaml(root, file, problems);
  const events = Array.isArray(record(data)['events']) ? (record(data)['events'] as unknown[]) : [];
  return {
    id: basename(file, '.yaml'),
    file,
    data,
    events: events.map((event) => ({ id: String(record(event)['id'] ?? ''), label: stringOf(record(event)['label']), date: dateOf(record(event)['date']) })),
  };
}

function readText(root: string, file: string, problems: ReadProblem[]): ProjectText {
  const contents = readFileSync(join(root, file), 'utf8');
  let data: Record<string, unknown> = {};
  let body = contents;
  try {
    // As Astro's Markdown entry type reads it: frontmatter blanked, body trimmed (tests/support/content.ts).
    const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
    data = record(parsed.frontmatter);
    body = lineTrueBody(contents, parsed.content.trim(), parsed.rawFrontmatter);
  } catch (error) {
    problems.push({ file, message: `the frontmatter is not valid YAML: ${message(error)}` });
  }
  let passages: Passage[] = [];
  try {
    passages = readPassages(body, file);
  } catch (error) {
    problems.push({ file, message: `the body cannot be read: ${message(error)}` });
  }
  return {
    id: basename(file, '.md'),
    file,
    data,
    body,
    passages,
    title: stringOf(data['title']),
    story: stringOf(data['story']),
    published: dateOf(record(data['published'])['date']),
  };
}

/** Reads the stories, texts and claims below `root` (the folder holding content/), as far as they are written. */
export function readProject(root: string): Project {
  const problems: ReadProblem[] = [];
  return {
    root,
    stories: contentFiles(root, 'stories', '.yaml').map((file) => readStory(root, file, problems)),
    texts: contentFiles(root, 'articles', '.md').map((file) => readText(root, file, problems)),
    claims: contentFiles(root, 'claims', '.yaml').map((file) => ({ id: basename(file, '.yaml'), file, ...readYaml(root, file, problems) })),
    problems,
  };
}

/** The file name in content/originals/ that holds exactly these bytes, if one does. */
export function originalWithBytes(root: string, bytes: Uint8Array): string | undefined {
  return contentFiles(root, 'originals', '').find((file) => readFileSync(join(root, file)).equals(bytes))?.replace('content/originals/', '');
}

/** The source ids of content/sources.yaml, for the attribution file's comments; none if it is missing or does not parse. */
export function sourceIds(root: string): string[] {
  const file = join(root, 'content', 'sources.yaml');
  if (!existsSync(file)) return [];
  try {
    return Object.keys(record(loadYaml(readFileSync(file, 'utf8'))));
  } catch {
    return [];
  }
}

/**
 * The cells a new text adds to the claims of its story (addTextCells, src/authoring/claim.ts),
 * as file writes for writeAll. Throws an Error naming the file when the text's story is unknown
 * or a claim of the story cannot be extended. Passages of the project's other texts weigh the words.
 */
export function planTextCells(project: Project, text: NewText): { writes: FileWrite[]; result: TextCellsResult } {
  const story = project.stories.find((candidate) => candidate.id === text.story);
  if (!story) throw new Error(`unknown story "${text.story}" (the stories: ${project.stories.map((candidate) => candidate.id).join(', ') || 'none'})`);
  const claims = project.claims.filter((claim) => record(claim.data)['story'] === story.id || claim.data === undefined);
  const result = addTextCells({ text, story, claims, texts: project.texts });
  const writes = result.updates.map(({ file, source }) => ({
    file,
    content: source,
    previous: claims.find((claim) => claim.file === file)?.source ?? '',
  }));
  return { writes, result };
}

/** One file to write, relative to the project root. */
export interface FileWrite {
  file: string;
  content: string | Uint8Array;
  /** The text the file holds now, which the write replaces; undefined for a new file, which must not exist. */
  previous?: string;
}

/**
 * Writes every file or none. Checks first: a new file must not exist, a
 * changed one must still hold what was read (no one edited it meanwhile).
 * Then each file goes to a temporary name beside it and is renamed into place,
 * so a failed write leaves no half-written file. Throws an Error listing what
 * was wrong; nothing is written then.
 */
export function writeAll(root: string, writes: readonly FileWrite[]): void {
  const errors = writes.flatMap(({ file, previous }) => {
    const path = join(root, file);
    if (previous === undefined) return existsSync(path) ? [`${file} exists already`] : [];
    if (!existsSync(path)) return [`${file} no longer exists`];
    return readFileSync(path, 'utf8') === previous ? [] : [`${file} changed while the command ran`];
  });
  const targets = writes.map(({ file }) => file);
  for (const file of new Set(targets)) if (targets.indexOf(file) !== targets.lastIndexOf(file)) errors.push(`${file} would be written twice`);
  if (errors.length > 0) throw new Error(`nothing written: ${errors.join('; ')}`);

  const temporary = writes.map(({ file }) => `${join(root, file)}.${process.pid}.tmp`);
  try {
    for (const { file } of writes) mkdirSync(dirname(join(root, file)), { recursive: true });
    writes.forEach(({ content }, index) => writeFileSync(temporary[index] as string, content));
  } catch (error) {
    for (const path of temporary) rmSync(path, { force: true });
    throw new Error(`nothing written: ${message(error)}`);
  }
  writes.forEach(({ file }, index) => renameSync(temporary[index] as string, join(root, file)));
}
