/**
 * The content check on the lens data: each case folder in
 * tests/fixtures/lenses/ holds only the files that differ from base/, and the
 * test lays them over base/ in a temporary folder.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAll } from '../support/content.ts';
import { ContentError, formatProblems, type ContentProblem } from '../../src/schemas/errors.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/lenses/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'lenses-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fixture(name: string): string {
  const root = join(scratch, name);
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  if (name !== 'base') cpSync(join(FIXTURES, name), root, { recursive: true });
  return root;
}

function problemsOf(name: string): readonly ContentProblem[] {
  try {
    checkAll(fixture(name));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error(`fixture ${name} passed the content check`);
}

describe('lens content check', () => {
  it('accepts the base fixture and links every lens entry to its passage', () => {
    const { lenses: all } = checkAll(fixture('base'));
    const lenses = { ...all.stories.get('probe-thema')!, facts: all.facts };
    const [angriffskrieg, krieg] = lenses.terms[0]?.variants ?? [];
    expect(angriffskrieg?.counts).toEqual({ probe: 1 });
    expect(angriffskrieg?.occurrences[0]?.url).toBe('/artikel/probe/#absatz-2');
    // "Kalten Krieges" is excepted: found, shown, not counted.
    expect(krieg?.counts).toEqual({ probe: 0 });
    expect(krieg?.excluded.map((e) => [e.text, e.url])).toEqual([['Krieges', '/artikel/probe/#absatz-3']]);
    expect(lenses.attributions.byArticle[0]?.entries[0]?.quotes[0]?.url).toBe('/artikel/probe/#absatz-2');
    expect(lenses.timeline[0]?.mentions[0]?.url).toBe('/artikel/probe/#absatz-1');
    expect(lenses.timeline[0]?.claims).toEqual([{ id: 'probe-aussage', title: 'Unterzeichnung', url: '/aussagen/probe-aussage/' }]);
    expect(lenses.facts.get('probe-aussage')?.facts[0]?.references[0]?.href).toBe('https://tass.com/politics/1868051');
  });

  const CASES: [fixture: string, file: string, field: string][] = [
    ['attribution-quote-not-found', 'content/attributions/probe.yaml', 'sources.0.quotes.1'],
    ['attribution-unknown-source', 'content/attributions/probe.yaml', 'sources.0.source'],
    ['attribution-unknown-article', 'content/attributions/probe-zwei.yaml', ''],
    ['fact-unknown-claim', 'content/facts/keine-aussage.yaml', ''],
    ['fact-without-reference', 'content/facts/probe-aussage.yaml', 'facts.0.references'],
    // Quoted wording no text has, in a lens note, description or reason (src/corpus/editorial.ts).
    ['quoted-wording-in-lens-note', 'content/terms/krieg.yaml', 'description'],
    ['quoted-wording-in-lens-note', 'content/terms/krieg.yaml', 'variants.1.except.0.reason'],
    // References to claims (:aussage{#id}) in any lens data: unknown id, then malformed.
    ['fact-unknown-claim-reference', 'content/facts/probe-aussage.yaml', 'facts.0.text'],
    ['term-form-twice', 'content/terms/namen.yaml', 'variants.0.forms.0'],
    ['term-except-not-found', 'content/terms/krieg.yaml', 'variants.0.except.0.phrase'],
    ['term-except-not-found', 'content/terms/krieg.yaml', 'variants.0.except.1.phrase'],
    ['timeline-errors', 'content/timeline.yaml', 'unterzeichnung.mentions.0'],
    ['timeline-errors', 'content/timeline.yaml', 'unterzeichnung.claims.0'],
    ['timeline-invalid-date', 'content/timeline.yaml', 'unmoeglich.date'],
  ];

  it.each(CASES)('%s stops with a problem naming %s and field "%s"', (name, file, field) => {
    expect(problemsOf(name)).toContainEqual(expect.objectContaining({ file, field }));
  });

  it('checks quoted wording in lens prose against the texts: „Kalte Krieg“ (inflected, one text has „Kalten Krieges“) is refused, „die Agentur KCNA“ passes', () => {
    // quoted-wording-in-lens-note: the term group's description quotes „heiligen Krieg“ (in no text);
    // the exception's reason „Kalte Krieg“ and „dieser Krieg“; the source's description „die Agentur KCNA“ (in the text).
    expect(problemsOf('quoted-wording-in-lens-note').map(({ field, message }) => [field, message.slice(0, message.indexOf(' stands'))])).toEqual([
      ['description', '„heiligen Krieg“'],
      ['variants.1.except.0.reason', '„Kalte Krieg“'],
      ['variants.1.except.0.reason', '„dieser Krieg“'],
    ]);
  });

  it('shows a reference in lens data as the claim’s title, kept for the link', () => {
    const root = fixture('base');
    cpSync(join(FIXTURES, 'fact-unknown-claim-reference'), root, { recursive: true });
    writeFileSync(join(root, 'content/facts/probe-aussage.yaml'), readFileSync(join(root, 'content/facts/probe-aussage.yaml'), 'utf8').replace(/; mehr unter .*\./, '; siehe :aussage{#probe-aussage}.'));
    const { lenses } = checkAll(root);
    const text = lenses.facts.get('probe-aussage')?.facts[0]?.text ?? '';
    expect(text).toBe('Unterzeichnet am 19. Juni 2024; siehe „Unterzeichnung“.');
    expect(lenses.links.get(text)).toEqual([{ text: 'Unterzeichnet am 19. Juni 2024; siehe ' }, { claim: 'probe-aussage' }, { text: '.' }]);
  });

  it('words every problem for an editor (snapshot, read by hand)', () => {
    const names = [...new Set(CASES.map(([name]) => name))];
    expect(names.map((name) => `${name}:\n${formatProblems(problemsOf(name))}`).join('\n\n')).toMatchSnapshot();
  });
});
