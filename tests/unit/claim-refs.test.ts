/**
 * References to claims in our prose (src/corpus/claim-refs.ts), and how the
 * corpus resolves them (tests/fixtures/content/prose-references: the claim
 * zweite-aussage refers to probe-aussage, „Zusage der Unterstützung“).
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { linkedPieces, malformedReferences, plainProse, referencedClaims, segments } from '../../src/corpus/claim-refs.ts';
import { reviewInput } from '../../src/review/corpus-input.ts';
import { checkContent } from '../support/content.ts';

const titles = new Map([['vertrag', 'Ein Vertrag „für immer“']]);

describe('claim references', () => {
  it('splits prose into text and references', () => {
    expect(segments('Siehe :aussage{#vertrag}, nicht :aussage{#x-2}.')).toEqual([
      { text: 'Siehe ' },
      { claim: 'vertrag' },
      { text: ', nicht ' },
      { claim: 'x-2' },
      { text: '.' },
    ]);
    expect(referencedClaims('ohne')).toEqual([]);
  });

  it('finds references written in another form', () => {
    expect(malformedReferences('Siehe :aussage{vertrag}, :aussage[vertrag] und :aussage{#vertrag}.')).toEqual([':aussage{vertrag}', ':aussage[vertrag]']);
  });

  it('shows a reference as the claim’s title in quotation marks, quotes inside it as ‚…‘', () => {
    expect(plainProse('Wie :aussage{#vertrag}.', (id) => titles.get(id))).toBe('Wie „Ein Vertrag ‚für immer‘“.');
  });
});

describe('the corpus', () => {
  const corpus = checkContent(fileURLToPath(new URL('../fixtures/content/prose-references/', import.meta.url)));
  const claim = corpus.claims.find((entry) => entry.id === 'zweite-aussage');
  const description = 'Wie „Zusage der Unterstützung“, aber über den Absatz „Erster Absatz mit „Zitat““ in „Probe“.';

  it('gives every page plain prose: each reference replaced by the current title', () => {
    expect(claim?.data.description).toBe(description);
    expect(claim?.cells[0]?.note).toBe('Zitiert „Erster Absatz … und Text“ und nicht „Latest from Blog“; vgl. „Zusage der Unterstützung“.');
  });

  it('keeps the references of that prose, so a page can link each to its claim', () => {
    expect(linkedPieces(description, corpus.links, corpus.claims)).toEqual([
      'Wie ',
      { href: '/aussagen/probe-aussage/', label: '„Zusage der Unterstützung“' },
      ', aber über den Absatz „Erster Absatz mit „Zitat““ in „Probe“.',
    ]);
    expect(linkedPieces('Ohne Verweis.', corpus.links, corpus.claims)).toEqual(['Ohne Verweis.']);
  });

  it('leaves the referenced title out of the words the review recognises the claim by', () => {
    const input = reviewInput(corpus).claims.find((entry) => entry.id === 'zweite-aussage');
    expect(input?.description).not.toContain('Zusage');
    expect(input?.description).toContain('aber über den Absatz');
  });
});
