import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../support/content.ts';
import { ContentError, formatProblems, type ContentProblem } from '../../src/schemas/errors.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/content/${name}/`, import.meta.url));

/** The structured problems a fixture is refused with. */
function problemsOf(name: string): readonly ContentProblem[] {
  try {
    checkContent(fixture(name));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error(`fixture ${name} passed the content check`);
}

const ARTICLE = 'content/articles/probe.md';
const CLAIM = 'content/claims/probe-aussage.yaml';
const CASES: [fixture: string, file: string, field: string][] = [
  ['missing-headline', ARTICLE, 'title'],
  ['invalid-date', ARTICLE, 'published.date'],
  ['inference-without-evidence', ARTICLE, 'published.evidence'],
  ['empty-body', ARTICLE, 'body'],
  ['unknown-event', ARTICLE, 'event'],
  ['duplicate-id', ARTICLE, ''],
  ['quote-not-found', CLAIM, 'cells.probe.quotes.0'],
  ['quote-in-headline', CLAIM, 'cells.probe.quotes.0'],
  ['unknown-article', CLAIM, 'cells.probe-zwei'],
  ['missing-cell', CLAIM, 'cells.probe'],
  ['unknown-directive', ARTICLE, 'body'],
  ['reported-without-quote', CLAIM, 'cells.probe.quotes'],
  ['raw-html', ARTICLE, 'body'],
];

describe('content check', () => {
  it('accepts valid content and locates every quote', () => {
    const corpus = checkContent(fixture('valid'));
    expect(corpus.articles.map((a) => a.id)).toEqual(['probe']);
    const [cell] = corpus.claims[0]?.cells ?? [];
    expect(cell?.status).toBe('reported');
    // The second paragraph of the body holds the quote.
    expect(cell?.quotes[0]?.passage).toBe('absatz-2');
    expect(cell?.quotes[0]?.url).toBe('/artikel/probe/#beleg-probe-aussage-1');
  });

  it.each(CASES)('%s stops with a problem naming %s and field "%s"', (name, file, field) => {
    expect(problemsOf(name)).toContainEqual(expect.objectContaining({ file, field }));
  });

  it('names the line of a problem in the body, counted in the file', () => {
    // tests/fixtures/content/unknown-directive: the ":::note" block starts on line 24 of probe.md.
    expect(problemsOf('unknown-directive').map((p) => p.message)).toContainEqual(expect.stringMatching(/^line 24: /));
    // raw-html: the tags stand on lines 23 and 25 of probe.md.
    expect(problemsOf('raw-html').flatMap((p) => p.message.match(/^raw HTML on line (\d+)/)?.[1] ?? [])).toEqual(['23', '25']);
  });

  it('words every problem for an editor (snapshot, read by hand)', () => {
    const wording = CASES.map(([name]) => name)
      .filter((name, index, all) => all.indexOf(name) === index)
      .map((name) => `${name}:\n${formatProblems(problemsOf(name))}`)
      .join('\n\n');
    expect(wording).toMatchSnapshot();
  });
});
