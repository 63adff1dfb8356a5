/**
 * The checks every content entry gets as it is loaded, one file at a time:
 * its id, its schema, its dates and (for Markdown) its body. Pure functions
 * on what Astro's loaders read, shared by src/loaders/checked.ts and by the
 * unit tests that run them on fixture folders without Astro.
 */
import type { z } from 'astro/zod';
import { findRawHtml } from '../markdown/raw-html.ts';
import { problemsFromZod, type ContentProblem } from '../schemas/errors.ts';
import { ID } from '../schemas/ids.ts';
import { findTodos, todoMessage } from '../schemas/todo.ts';

export { ID };

/**
 * An entry's id, checked: a valid URL segment, and not the id of another file
 * (compared case-insensitively, as file systems and URLs may fold case).
 * `seen` maps the ids found so far to their files.
 */
export function checkId(file: string, id: string, seen: Map<string, string>, problems: ContentProblem[]): void {
  if (!ID.test(id)) {
    problems.push({ file, field: '', message: `file name "${id}" is not a valid id: use lowercase a-z, 0-9 and single hyphens` });
  }
  const key = id.toLowerCase();
  const first = seen.get(key);
  if (first !== undefined && first !== file) problems.push({ file, field: '', message: `duplicate id "${key}": ${first} has the same id` });
  else seen.set(key, file);
}

/**
 * One problem per zod issue, each with its field path; `prefix` names the entry in a file of many.
 * A value still marked TODO by an authoring command (src/schemas/todo.ts) is reported as such,
 * and the schema's complaints about that same field are left out: they would only repeat it.
 */
export function validate<T>(schema: z.ZodType<T>, data: unknown, file: string, prefix = ''): { data?: T; problems: ContentProblem[] } {
  const todos = findTodos(data);
  // reportInput: a value of the wrong type is told apart from a missing one (src/schemas/errors.ts).
  const parsed = schema.safeParse(data, { reportInput: true });
  if (parsed.success && todos.length === 0) return { data: parsed.data, problems: [] };
  const within = (field: string) => todos.some((todo) => field === todo.field || field.startsWith(`${todo.field}.`));
  const problems = [
    ...todos.map(({ field, ask }) => ({ file, field, message: todoMessage(ask) })),
    ...(parsed.success ? [] : problemsFromZod(file, parsed.error).filter((problem) => !within(problem.field))),
  ];
  return { problems: prefix ? problems.map((p) => ({ ...p, field: [prefix, p.field].filter(Boolean).join('.') })) : problems };
}

/**
 * The body of a Markdown file with the frontmatter's lines kept as empty
 * lines, so that a line number in the body is the line in the file. Astro's
 * Markdown entry type returns the body trimmed; `body` must be that body.
 */
export function lineTrueBody(contents: string, body: string, frontmatter: string): string {
  const start = contents.indexOf(body, frontmatter.length);
  if (body === '' || start < 0) return body;
  const before = contents.slice(0, start).split('\n').length - 1;
  return '\n'.repeat(before) + body;
}

/** A text's body: not empty, and plain text (raw HTML would vanish or reach the page). */
export function checkBody(file: string, body: string): ContentProblem[] {
  if (body.trim() === '') return [{ file, field: 'body', message: 'the article text is empty' }];
  return findRawHtml(body).map(({ value, line }) => {
    const html = value.replace(/\s+/g, ' ').trim();
    return {
      file,
      field: 'body',
      message: `raw HTML on line ${line}: ${html.length > 80 ? `${html.slice(0, 79)}…` : html}; the texts are plain text, write a literal "<" as "\\<"`,
    };
  });
}

/**
 * Dates the YAML reader rolled over. Astro reads YAML with js-yaml's default
 * schema, which turns `2024-13-45` into a valid Date in 2025 instead of
 * refusing it. A date read from the file must appear in the file as written:
 * where its day is not in the raw text, the literal was not a real day.
 */
export function checkDateLiterals(file: string, data: unknown, raw: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (value instanceof Date) {
      const day = Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
      if (!day || !raw.includes(day)) {
        problems.push({ file, field: path.join('.'), message: 'not a valid calendar date (use YYYY-MM-DD)' });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, String(index)]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(data, []);
  return problems;
}
