/**
 * A draft's body as Markdown in the project's conventions (README, „Texte
 * als Markdown“): one block per line of the original, `## ` for subheadings,
 * `- ` for list items, `:::figure` for photo captions. Characters Markdown
 * would read as markup are escaped, and `verifyBody` holds the passages the
 * site's own pipeline reads from the result to the original's lines: what the
 * command writes is what the site will show.
 */
import { normalizeWhitespace } from '../text/quote-match.ts';
import type { Block } from './draft-article.ts';

/** Escapes what CommonMark or remark-directive would read as markup in a line of running text. */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/[\\`*_[\]<~]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    // `:name` starts a directive (remark-directive); the build refuses unknown ones.
    .replace(/:(?=[A-Za-z])/g, '\\:');
  // Block markup at the start of a line: headings, quotes, list markers, rules, directives.
  return inline
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([>+=|])/, '\\$1')
    .replace(/^-(?=\s|-*$)/, '\\-')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^:/, '\\:');
}

/** A directive attribute value in quotes that it does not contain; undefined if it contains both kinds. */
function attribute(name: string, value: string): string | undefined {
  if (!value.includes('"')) return `${name}="${value}"`;
  if (!value.includes("'")) return `${name}='${value}'`;
  return undefined;
}

export function blockMarkdown(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return escapeMarkdown(block.text);
    case 'heading':
      return `## ${escapeMarkdown(block.text)}`;
    case 'list':
      return block.items.map((item) => `- ${escapeMarkdown(item.text)}`).join('\n');
    case 'figure': {
      const attributes = [block.slug === undefined ? undefined : attribute('slug', block.slug), block.credit === undefined ? undefined : attribute('credit', block.credit)].filter(Boolean);
      return `:::figure${attributes.length ? `{${attributes.join(' ')}}` : ''}\n${escapeMarkdown(block.caption)}\n:::`;
    }
  }
}

export function bodyMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(blockMarkdown).join('\n\n')}\n`;
}

/** The text of each passage the blocks should give, in order. */
export function expectedPassages(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'list':
        return block.items.map((item) => item.text);
      case 'figure':
        return [block.caption];
      default:
        return [block.text];
    }
  });
}

/**
 * The first passage, as the site reads the drafted Markdown (readPassages, src/corpus/corpus.ts),
 * that does not read as its line of the original; undefined when all do.
 */
export function verifyBody(passages: readonly { text: string }[], blocks: readonly Block[]): { expected: string; actual: string } | undefined {
  const actual = passages.map((passage) => normalizeWhitespace(passage.text));
  const expected = expectedPassages(blocks).map(normalizeWhitespace);
  for (let index = 0; index < Math.max(actual.length, expected.length); index += 1) {
    if (actual[index] !== expected[index]) return { expected: expected[index] ?? '(nothing)', actual: actual[index] ?? '(nothing)' };
  }
  return undefined;
}
