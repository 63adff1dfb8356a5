import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../support/content.ts';
import { allPairs } from '../../src/corpus/pairs.ts';
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
  ['unknown-story', ARTICLE, 'story'],
  ['claim-unknown-story', CLAIM, 'story'],
  ['claim-event-not-in-story', CLAIM, 'event'],
  ['claim-quotes-other-story', CLAIM, 'cells.andere-probe'],
  ['cell-before-event', CLAIM, 'cells.probe'],
  ['numeric-story-id', 'content/stories/2024.yaml', ''],
  ['invalid-precision', ARTICLE, 'published.precision'],
  ['reviewed-unknown-passage', CLAIM, 'cells.probe.reviewed.0.passage'],
  ['reviewed-on-reported-cell', CLAIM, 'cells.probe'],
  ['reviewed-bad-passage-id', CLAIM, 'cells.probe.reviewed.0.passage'],
  ['text-before-its-event', ARTICLE, 'event'],
  // Editorial slips (src/corpus/editorial.ts).
  ['title-copies-text', CLAIM, 'title'],
  ['quoted-wording-not-in-text', CLAIM, 'description'],
  ['quoted-piece-not-in-text', CLAIM, 'cells.probe.note'],
  ['quoted-in-story-summary', 'content/stories/probe-thema.yaml', 'summary'],
  ['quoted-in-article-summary', ARTICLE, 'summary'],
  ['quoted-claim-title', CLAIM, 'description'],
  ['unknown-claim-reference', CLAIM, 'description'],
  ['malformed-claim-reference', CLAIM, 'cells.probe.note'],
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

  it('refuses every value an authoring command left marked TODO, once per field', () => {
    // todo-article: published.date, published.evidence, event and summary are TODO; nothing else is wrong.
    expect(problemsOf('todo-article')).toEqual(
      ['published.date', 'published.evidence', 'event', 'summary'].map((field) => ({
        file: ARTICLE,
        field,
        message: expect.stringMatching(/^still to be decided \(TODO: .+\); write the value and remove the marker$/),
      })),
    );
    // todo-claim: the description and the cell's status are TODO.
    expect(problemsOf('todo-claim')).toEqual([
      { file: CLAIM, field: 'description', message: 'still to be decided (TODO: was als Aussage zählt); write the value and remove the marker' },
      { file: CLAIM, field: 'cells.probe.status', message: expect.stringContaining('TODO: reported (mit Zitat) oder not-mentioned') },
    ]);
  });

  it('names the line of a problem in the body, counted in the file', () => {
    // tests/fixtures/content/unknown-directive: the ":::note" block starts on line 25 of probe.md.
    expect(problemsOf('unknown-directive').map((p) => p.message)).toContainEqual(expect.stringMatching(/^line 25: /));
    // raw-html: the tags stand on lines 24 and 26 of probe.md.
    expect(problemsOf('raw-html').flatMap((p) => p.message.match(/^raw HTML on line (\d+)/)?.[1] ?? [])).toEqual(['24', '26']);
  });

  it('accepts references to claims, quoted short titles of texts, and quotes checked piece by piece around an ellipsis', () => {
    // prose-references: a second claim refers to the first as :aussage{#probe-aussage}, quotes
    // „Probe“ (the text's short title), „Erster Absatz … und Text“ and a dropped line.
    const corpus = checkContent(fixture('prose-references'));
    expect(corpus.claims.map((claim) => claim.id)).toEqual(['probe-aussage', 'zweite-aussage']);
  });

  it('counts a hyphenated compound in a title as one word: „auf dem Kim-Il-Sung-Platz“ is three words of the text', () => {
    expect(checkContent(fixture('title-with-compound')).claims[0]?.data.title).toBe('Zusage auf dem Kim-Il-Sung-Platz');
  });

  it('says which piece of a quote around an ellipsis is in no text, and which words a title copies', () => {
    expect(problemsOf('quoted-piece-not-in-text')).toEqual([
      expect.objectContaining({ field: 'cells.probe.note', message: expect.stringContaining('(„volle Hilfe“ not found)') }),
    ]);
    // A single word may be inflected („Unterstützungen“ for „Unterstützung“); two words must stand as written.
    expect(problemsOf('quoted-word-inflected')).toEqual([
      expect.objectContaining({ field: 'description', message: expect.stringMatching(/^„volle Hilfe“ stands in quotation marks/) }),
    ]);
    expect(problemsOf('title-copies-text')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^takes „Kim sicherte volle Unterstützung zu“ word for word from content\/articles\/probe\.md \(absatz-2\)/) }),
    ]);
  });

  it('derives the cell of a text published before the claim\'s event as not applicable', () => {
    // not-applicable: the text appeared on 2023-09-14, the claim's event is on 2024-06-19, the claim has no cell.
    const corpus = checkContent(fixture('not-applicable'));
    expect(corpus.claims[0]?.cells).toEqual([expect.objectContaining({ article: 'probe', status: 'not-applicable', quotes: [] })]);
    expect(corpus.stories.map((story) => [story.id, story.articles.length, story.claims.length])).toEqual([['probe-thema', 1, 1]]);
  });

  it('words every problem for an editor (snapshot, read by hand)', () => {
    const wording = CASES.map(([name]) => name)
      .filter((name, index, all) => all.indexOf(name) === index)
      .map((name) => `${name}:\n${formatProblems(problemsOf(name))}`)
      .join('\n\n');
    expect(wording).toMatchSnapshot();
  });
});

describe('two stories', () => {
  // tests/fixtures/content/two-stories: "probe-thema" (latest event 2024-06-19) with the text "probe",
  // "anderes-thema" (latest event 2024-06-20) with the text "andere-probe"; one claim each.
  const corpus = checkContent(fixture('two-stories'));

  it('lists the stories newest first, each with its own texts and claims', () => {
    expect(corpus.stories.map((story) => [story.id, story.articles.map((a) => a.id), story.claims.map((c) => c.id)])).toEqual([
      ['anderes-thema', ['andere-probe'], ['andere-aussage']],
      ['probe-thema', ['probe'], ['probe-aussage']],
    ]);
  });

  it("gives a claim one cell per text of its own story only", () => {
    expect(corpus.claims.map((claim) => [claim.id, claim.cells.map((cell) => cell.article)])).toEqual([
      ['andere-aussage', ['andere-probe']],
      ['probe-aussage', ['probe']],
    ]);
  });

  it('pairs texts only within a story: one text per story, no pair', () => {
    expect(allPairs(corpus)).toEqual([]);
  });
});
