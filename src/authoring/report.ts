/**
 * What `npm run text:add` prints: what it did with every line of the text,
 * and what is left for the editor to decide, file and field. Pure.
 */
import type { AddTextResult } from './add-text.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function textAddReport(result: AddTextResult, source: string): string {
  const { draft, id } = result;
  const blocks = draft.blocks;
  const lines = [
    `Added ${source} as "${id}":`,
    ...result.written.map((path) => `  wrote ${path}`),
    '',
    ...(result.page ? [`Page:      a web page, decoded as ${result.page.charset}; the article found by Readability`] : []),
    `Headline:  ${draft.title}${result.page ? ` (from the page's ${result.page.found.title})` : ''}`,
    `Header:    ${draft.headerLines.length ? draft.headerLines.map((line) => `„${line}“`).join(', ') : '(none)'}`,
    `Byline:    ${draft.byline ?? '(none)'}${result.page?.found.byline ? ` (from the page's ${result.page.found.byline})` : ''}`,
    `Date:      ${draft.published ? `${draft.published.date} (stated: „${draft.published.asStated}“${result.page?.found.published ? `, in the page's ${result.page.found.published}` : ''})` : '(none stated: to be inferred)'}`,
    `Body:      ${[
      count(blocks.filter((block) => block.type === 'paragraph').length, 'paragraph', 'paragraphs'),
      count(blocks.filter((block) => block.type === 'heading').length, 'subheading', 'subheadings'),
      count(blocks.flatMap((block) => (block.type === 'list' ? block.items : [])).length, 'list item', 'list items'),
      count(blocks.filter((block) => block.type === 'figure').length, 'photo caption', 'photo captions'),
    ].join(', ')}`,
    `Dropped:   ${count(draft.dropped.length, 'line', 'lines')} as website chrome${draft.dropped.length ? ':' : ''}`,
    ...draft.dropped.map((entry) => `  „${entry.line}“ — ${entry.reason}`),
    `Every one of the ${draft.fates.length} non-empty lines of the original is in the headline, the header, the body or the dropped lines.`,
    ...(draft.doubts.length
      ? [`Check:     ${count(draft.doubts.length, 'line stays', 'lines stay')} in the article but may be the website's (move to dropped: if so):`, ...draft.doubts.map((doubt) => `  line ${doubt.line} „${doubt.text}“ — ${doubt.why}`)]
      : []),
    '',
    result.cells.updates.length
      ? `Claims:    a TODO cell for "${id}" in ${count(result.cells.updates.length, 'claim', 'claims')} of the story, with the passages most like each claim as comments`
      : `Claims:    no claim of the story needs a cell for "${id}"`,
    ...result.cells.skipped.map((skip) => `  no cell in ${skip.file}: ${skip.reason}`),
    ...result.unreadable.map((problem) => `  passed over ${problem.file}: ${problem.message}`),
    '',
    'Left to decide (the content check refuses each until it is written):',
    ...result.todos.flatMap(({ file, fields }) => fields.map((todo) => `  ${file} → ${todo.field}: ${todo.ask || 'to be written'}`)),
    '',
    'Then read the draft against the original: headline, header lines, subheadings, captions and the dropped lines are proposals.',
  ];
  return lines.join('\n');
}
