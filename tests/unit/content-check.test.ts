import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../support/content.ts';
import { ContentError } from '../../src/schemas/errors.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/content/${name}/`, import.meta.url));

function problemsOf(name: string): string[] {
  try {
    checkContent(fixture(name));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message.split('\n').slice(1).map((line) => line.trim());
  }
  throw new Error(`fixture ${name} passed the content check`);
}

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

  it.each([
    ['missing-headline', 'content/articles/probe.md → title: is required'],
    ['invalid-date', 'content/articles/probe.md → published.date: not a valid calendar date (use YYYY-MM-DD)'],
    ['inference-without-evidence', 'content/articles/probe.md → published.evidence: is required'],
    ['empty-body', 'content/articles/probe.md → body: the article text is empty'],
    [
      'unknown-event',
      'content/articles/probe.md → event: Invalid option: expected one of "gipfel-2023"|"vertrag-2024"',
    ],
    ['duplicate-id', 'content/articles/probe.md: duplicate id "probe": content/articles/PROBE.md has the same id'],
    [
      'quote-not-found',
      'content/claims/probe-aussage.yaml → cells.probe.quotes.0: quote not found in content/articles/probe.md: ' +
        '"Kim sicherte "volle Unterstützung" zu": it does not occur verbatim in the text (only whitespace may differ)',
    ],
    [
      'quote-in-headline',
      'content/claims/probe-aussage.yaml → cells.probe.quotes.0: quote not found in content/articles/probe.md: ' +
        '"Probe-Überschrift": it is in the headline, header or dropped lines; quotes must come from the article body',
    ],
    ['unknown-article', 'content/claims/probe-aussage.yaml → cells.probe-zwei: unknown article "probe-zwei" (known: probe)'],
    [
      'missing-cell',
      'content/claims/probe-aussage.yaml → cells.probe: missing: every claim needs a cell for every text (status reported or not-mentioned)',
    ],
    [
      'unknown-directive',
      'content/articles/probe.md → body: line 24: Unknown block ":::note". Only ":::figure" is allowed.',
    ],
    ['reported-without-quote', 'content/claims/probe-aussage.yaml → cells.probe.quotes: a reported cell needs at least one quote'],
    [
      'reviewed-unknown-passage',
      'content/claims/probe-aussage.yaml → cells.probe.reviewed.0.passage: content/articles/probe.md has no passage "absatz-9" (it has absatz-1 to absatz-2)',
    ],
    ['reviewed-on-reported-cell', 'content/claims/probe-aussage.yaml → cells.probe: unknown field(s): reviewed'],
    ['reviewed-bad-passage-id', 'content/claims/probe-aussage.yaml → cells.probe.reviewed.0.passage: must be a passage id such as "absatz-7"'],
    ['invalid-precision', 'content/articles/probe.md → published.precision: Invalid option: expected one of "day"|"on-or-after"'],
    [
      'raw-html',
      'content/articles/probe.md → body: raw HTML on line 23: <script>alert(1)</script>; the texts are plain text, write a literal "<" as "\\<"',
    ],
    [
      'raw-html',
      'content/articles/probe.md → body: raw HTML on line 25: <img src=x onerror="alert(1)">; the texts are plain text, write a literal "<" as "\\<"',
    ],
  ])('%s stops with a message naming file and field', (name, expected) => {
    expect(problemsOf(name)).toContain(expected);
  });
});
