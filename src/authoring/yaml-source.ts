/**
 * YAML as text, for the authoring commands: the scaffolds they write are
 * meant to be read and edited by people, with comments beside the fields, so
 * they are written line by line rather than dumped; and a cell is added to an
 * existing claim by inserting its lines, so every byte an editor wrote
 * (comments, quoting, order) stays as it was. Pure.
 */
import { isMap, isScalar, parse, parseDocument } from 'yaml';

/**
 * Parsed YAML as Astro's content layer reads it (js-yaml's default schema):
 * the YAML 1.2 core schema with timestamps (`2024-06-19` is a Date at UTC
 * midnight) and merge keys. Throws on invalid YAML, naming line and column.
 */
export function loadYaml(source: string): unknown {
  return parse(source, { customTags: ['timestamp'], merge: true, logLevel: 'error' });
}

/**
 * A one-line string as a single-quoted YAML scalar: nothing in it is special
 * there except the quote itself, doubled. Line breaks become spaces (a title
 * or a label is one line).
 */
export function quote(value: string): string {
  return `'${value.replace(/\s+/g, ' ').trim().replace(/'/g, "''")}'`;
}

/** Comment lines at an indentation. */
export function comments(indent: string, lines: readonly string[]): string[] {
  return lines.map((line) => (line === '' ? `${indent}#` : `${indent}# ${line}`));
}

/** A passage's text on one line, cut at `max` characters, for a comment. */
export function excerpt(text: string, max = 100): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Why a mapping entry cannot be inserted: the file and what to do. */
export class InsertError extends Error {}

/**
 * `source` with `lines` (a block mapping entry, each line without the
 * indentation of the mapping's keys) added as the last entry of the top-level
 * mapping `key`, indented as its entries are. Nothing else of the source
 * changes. Comments indented below the last entry belong to it and stay
 * above the new one; a comment at the start of a line (column 0) after the
 * mapping stays after it. An empty mapping written `{}` becomes a block
 * mapping; a missing key is added at the end.
 */
export function appendToMapping(source: string, key: string, lines: readonly string[], file: string): string {
  const document = parseDocument(source);
  if (document.errors.length > 0) throw new InsertError(`${file}: not valid YAML (${document.errors[0]?.message.split('\n')[0]})`);
  const root = document.contents;
  if (!isMap(root)) throw new InsertError(`${file}: the file is not a YAML mapping`);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const pair = root.items.find((item) => isScalar(item.key) && item.key.value === key);
  const block = (indent: string) => lines.map((line) => `${indent}${line}${eol}`).join('');

  if (!pair) return `${withFinalNewline(source, eol)}${key}:${eol}${block('  ')}`;
  const value = pair.value;
  const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
  if (isMap(value) && !value.flow && value.items.length > 0) {
    const first = value.items[0]?.key;
    const last = value.items.at(-1)?.value ?? value.items.at(-1)?.key;
    const firstStart = isScalar(first) ? first.range?.[0] : undefined;
    const lastEnd = last && typeof last === 'object' && 'range' in last ? (last.range as [number, number, number] | undefined)?.[1] : undefined;
    if (firstStart === undefined || lastEnd === undefined) throw new InsertError(`${file}: cannot locate the entries of "${key}"`);
    const indent = source.slice(source.lastIndexOf('\n', firstStart - 1) + 1, firstStart);
    if (!/^ +$/.test(indent)) throw new InsertError(`${file}: the entries of "${key}" must each start a line, indented with spaces`);
    const at = afterOwnComments(source, lineEnd(source, lastEnd));
    const before = source.slice(0, at);
    return `${withFinalNewline(before, eol)}${block(indent)}${source.slice(at)}`;
  }
  const empty = (isMap(value) && value.items.length === 0) || value === null || (isScalar(value) && value.value === null);
  if (!empty) throw new InsertError(`${file}: "${key}" must be a mapping written as indented lines (key: value), one entry per line`);
  // `cells: {}` or `cells:` with nothing: the entries go on the lines after the key.
  const range = (value as { range?: [number, number, number] } | null)?.range;
  const flowBraces = isMap(value) && range ? [range[0], range[1]] : undefined;
  const keyLineEnd = lineEnd(source, (flowBraces?.[1] ?? keyRange?.[1] ?? 0));
  let head = source.slice(0, keyLineEnd);
  if (flowBraces) head = `${source.slice(0, flowBraces[0]).replace(/[ \t]+$/, '')}${source.slice(flowBraces[1], keyLineEnd)}`;
  return `${withFinalNewline(head, eol)}${block('  ')}${source.slice(keyLineEnd)}`;
}

function withFinalNewline(text: string, eol: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}${eol}`;
}

/** The offset just after the line break that ends the line holding offset `at - 1` (the end of the source if none). */
function lineEnd(source: string, at: number): number {
  if (at > 0 && source[at - 1] === '\n') return at;
  const next = source.indexOf('\n', at);
  return next < 0 ? source.length : next + 1;
}

/** Past the indented comment lines (and blank lines between them) that follow offset `at`. */
function afterOwnComments(source: string, at: number): number {
  let end = at;
  let cursor = at;
  while (cursor < source.length) {
    const next = lineEnd(source, cursor + 1);
    const line = source.slice(cursor, next).replace(/\r?\n$/, '');
    if (/^[ \t]+#/.test(line)) end = next;
    else if (line.trim() !== '') break;
    cursor = next;
  }
  return end;
}
