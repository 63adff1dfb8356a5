/**
 * German compounds split for the search index (src/search/compounds.ts): with
 * a small lexicon of our own for the rules, and with the real one
 * (dictionary-de) for compounds from the texts in content/.
 */
import { describe, expect, it } from 'vitest';
import { htmlForIndex, germanLexicon, slimFragment } from '../../src/integrations/pagefind.ts';
import { lexiconFromHunspell, markCompounds, splitCompound } from '../../src/search/compounds.ts';
import { checkContent } from '../support/content.ts';
import { ROOT } from '../build/dist.ts';

const small = lexiconFromHunspell(['5', 'Militär/S', 'Satellit/P', 'Parade/N', 'Raum/S', 'Fahrt/P', 'Zentrum', 'Schaft/S', 'Partner/S', 'Vertrag/S', 'liefern/V', 'Waffe/N'].join('\n'));

describe('splitCompound', () => {
  it('splits where hyphenation allows and every part is a word, inflected or with a linking s', () => {
    expect(splitCompound('Militärsatelliten', small)).toEqual(['Militär', 'satelliten']);
    expect(splitCompound('Militärparade', small)).toEqual(['Militär', 'parade']);
    expect(splitCompound('Raumfahrtzentrum', small)).toEqual(['Raum', 'fahrt', 'zentrum']);
    expect(splitCompound('Waffenlieferungen', small)).toEqual(['Waffen', 'lieferungen']);
  });

  it('leaves a word whole when a part is not a word, or is a suffix („-schaft“), or a part is shorter than four letters', () => {
    expect(splitCompound('Wostotschny', small)).toEqual(['Wostotschny']);
    expect(splitCompound('Partnerschaft', small)).toEqual(['Partnerschaft']);
    expect(splitCompound('Raumzeit', small)).toEqual(['Raumzeit']);
    expect(splitCompound('Raumtor', lexiconFromHunspell('Raum\nTorraum\nTor'))).toEqual(['Raumtor']);
    expect(splitCompound('Kim-Jong-un', small)).toEqual(['Kim-Jong-un']);
  });

  it('reads a Hunspell word list: the count line, flags and short entries left out', () => {
    expect([...lexiconFromHunspell('3\nHaus/S\nab/X\nbauen/V\n')]).toEqual(['haus', 'bauen']);
  });
});

describe('markCompounds and htmlForIndex', () => {
  it('marks compounds in text and drops soft hyphens, leaving other words alone', () => {
    expect(markCompounds('Die Militär\u00ADsatelliten starten.', small)).toBe('Die Militär~satelliten starten.');
  });

  it('changes only text between tags: attributes, filters, scripts and styles keep their words', () => {
    const html =
      '<p id="absatz-1" data-pagefind-title="Militärparade">Eine Militärparade</p>' +
      '<data value="Militärsatelliten" data-pagefind-filter="text[value]"></data>' +
      '<script>const Militärsatelliten = 1;</script><style>.Militärparade{}</style><!-- Militärparade -->';
    expect(htmlForIndex(html, small)).toBe(html.replace('Eine Militärparade', 'Eine Militär~parade'));
  });
});

describe('compounds from the texts, with the real lexicon', () => {
  const lexicon = germanLexicon();
  const words = new Set(checkContent(ROOT).articles.flatMap((article) => article.body.match(/\p{L}{8,}/gu) ?? []));

  it('splits compounds of the texts whose parts stand alone in them too', () => {
    // Compounds of the texts whose last part the texts also use as a word of its own, found, not listed by hand.
    const lower = new Set([...words].map((word) => word.toLowerCase()));
    const compounds = [...words].filter((word) => {
      const parts = splitCompound(word, lexicon);
      return parts.length > 1 && lower.has(parts.at(-1)!.toLowerCase());
    });
    expect(compounds.length).toBeGreaterThan(0);
    for (const word of compounds) {
      const parts = splitCompound(word, lexicon);
      expect(parts.join('')).toBe(word);
      for (const part of parts) expect(part.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('splits known compounds of German news the right way', () => {
    expect(splitCompound('Militärsatelliten', lexicon)).toEqual(['Militär', 'satelliten']);
    expect(splitCompound('Militärparade', lexicon)).toEqual(['Militär', 'parade']);
    expect(splitCompound('Verteidigungsminister', lexicon)).toEqual(['Verteidigungs', 'minister']);
    expect(splitCompound('Partnerschaftsvertrag', lexicon)).toEqual(['Partnerschafts', 'vertrag']);
  });
});

describe('slimFragment', () => {
  it('keeps the anchors Pagefind makes sub-results of, titled ones without their text, and drops the rest', () => {
    const fragment = {
      url: '/artikel/a/',
      content: 'Eins zwei drei.',
      anchors: [
        { element: 'p', id: 'absatz-1', text: 'Eins zwei', title: 'Absatz 1', location: 0 },
        { element: 'mark', id: 'beleg-x-1', text: 'zwei', location: 1 },
        { element: 'h2', id: 'absatz-2', text: 'Drei', location: 2 },
        { element: 'h3', id: 'leer', text: ' ', location: 2 },
      ],
    };
    expect(slimFragment(fragment)).toEqual({
      url: '/artikel/a/',
      content: 'Eins zwei drei.',
      anchors: [
        { element: 'p', id: 'absatz-1', title: 'Absatz 1', location: 0 },
        { element: 'h2', id: 'absatz-2', text: 'Drei', location: 2 },
      ],
    });
  });

  it('refuses a fragment of another shape, as a Pagefind upgrade might write', () => {
    expect(() => slimFragment({ url: '/a/' })).toThrow(/format changed/);
  });
});
