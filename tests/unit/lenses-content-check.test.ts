/**
 * The content check on the lens data: each case folder in
 * tests/fixtures/lenses/ holds only the files that differ from base/, and the
 * test lays them over base/ in a temporary folder.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAll } from '../support/content.ts';
import { ContentError } from '../../src/schemas/errors.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/lenses/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'lenses-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fixture(name: string): string {
  const root = join(scratch, name);
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  if (name !== 'base') cpSync(join(FIXTURES, name), root, { recursive: true });
  return root;
}

function problemsOf(name: string): string[] {
  try {
    checkAll(fixture(name));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message.split('\n').slice(1).map((line) => line.trim());
  }
  throw new Error(`fixture ${name} passed the content check`);
}

describe('lens content check', () => {
  it('accepts the base fixture and links every lens entry to its passage', () => {
    const { lenses } = checkAll(fixture('base'));
    const [angriffskrieg, krieg] = lenses.terms[0]?.variants ?? [];
    expect(angriffskrieg?.counts).toEqual({ probe: 1 });
    expect(angriffskrieg?.occurrences[0]?.url).toBe('/artikel/probe/#absatz-2');
    // "Kalten Krieges" is excepted: found, shown, not counted.
    expect(krieg?.counts).toEqual({ probe: 0 });
    expect(krieg?.excluded.map((e) => [e.text, e.url])).toEqual([['Krieges', '/artikel/probe/#absatz-3']]);
    expect(lenses.attributions.byArticle[0]?.entries[0]?.quotes[0]?.url).toBe('/artikel/probe/#absatz-2');
    expect(lenses.timeline[0]?.mentions[0]?.url).toBe('/artikel/probe/#absatz-1');
    expect(lenses.timeline[0]?.claims).toEqual([{ id: 'probe-aussage', title: 'Unterzeichnung', url: '/aussagen/probe-aussage/' }]);
    expect(lenses.facts.get('probe-aussage')?.facts[0]?.sources[0]?.href).toBe('https://tass.com/politics/1868051');
  });

  it.each([
    [
      'attribution-quote-not-found',
      'content/attributions/probe.yaml → sources.0.quotes.1: quote not found in content/articles/probe.md: ' +
        '"meldete die Agentur KCNA": it does not occur verbatim in the text (only whitespace may differ)',
    ],
    [
      'attribution-unknown-source',
      'content/attributions/probe.yaml → sources.0.source: unknown source "tass": add it to content/sources.yaml (known: kcna)',
    ],
    [
      'attribution-unknown-article',
      'content/attributions/probe-zwei.yaml: unknown article "probe-zwei": the file name must be an article id (known: probe)',
    ],
    [
      'fact-unknown-claim',
      'content/facts/keine-aussage.yaml: unknown claim "keine-aussage": the file name must be a claim id in content/claims/',
    ],
    ['fact-without-source', 'content/facts/probe-aussage.yaml → facts.0.sources: a fact needs at least one source'],
    [
      'term-form-twice',
      'content/terms/namen.yaml → variants.0.forms.0: form "Angriffskrieg" is already counted by ' +
        'content/terms/krieg.yaml → variants.0 ("Angriffskrieg"): a form may count for one variant only',
    ],
    ['term-except-not-found', 'content/terms/krieg.yaml → variants.0.except.0.phrase: "Kalter Krieg" does not occur in any article body'],
    ['term-except-not-found', 'content/terms/krieg.yaml → variants.0.except.1.phrase: "Koreakrieg" contains none of the forms of "Krieg"'],
    [
      'timeline-errors',
      'content/timeline.yaml → unterzeichnung.mentions.0: quote not found in content/articles/probe.md: ' +
        '"unterzeichneten in Moskau": it does not occur verbatim in the text (only whitespace may differ)',
    ],
    ['timeline-errors', 'content/timeline.yaml → unterzeichnung.claims.0: unknown claim "keine-aussage"'],
    ['timeline-invalid-date', 'content/timeline.yaml → unmoeglich.date: not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD)'],
  ])('%s stops with a message naming file and field', (name, expected) => {
    expect(problemsOf(name)).toContain(expected);
  });
});
