/** The counting rule of /wortwahl/ (src/lenses/terms.ts), on strings and on the five texts. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkAll } from '../support/content.ts';
import { matchForms, occurrencesByPassage, type FormRef } from '../../src/lenses/terms.ts';

const refs = (...forms: string[]): FormRef[] => forms.map((form) => ({ form, key: form }));
const found = (text: string, forms: FormRef[]) => matchForms(text, forms).map((match) => match.text);

describe('matchForms', () => {
  it('finds whole words only: a compound is not its parts', () => {
    expect(found('Angriffskrieg, Koreakrieges und Korea-Kriegs', refs('Krieg', 'Krieges', 'Kriegs'))).toEqual([]);
    expect(found('der Krieg; des Krieges.', refs('Krieg', 'Krieges'))).toEqual(['Krieg', 'Krieges']);
  });

  it('counts an inflected form only if it is listed', () => {
    expect(found('des Angriffskriegs', refs('Angriffskrieg'))).toEqual([]);
    expect(found('des Angriffskriegs', refs('Angriffskrieg', 'Angriffskriegs'))).toEqual(['Angriffskriegs']);
  });

  it('is case-sensitive, so the noun is not the verb', () => {
    expect(found('das Vorgehen; gegen sie vorgehen', refs('Vorgehen'))).toEqual(['Vorgehen']);
  });

  it('never counts "Kim Jong Un" inside "Kim Jong Uns", and keeps spellings apart', () => {
    const names = [
      { form: 'Kim Jong Un', key: 'spaced' },
      { form: 'Kim Jong Uns', key: 'spaced' },
      { form: 'Kim Jong-un', key: 'hyphen' },
    ];
    const matches = matchForms('Kim Jong Uns Besuch; Kim Jong-un; Kim Jong Un.', names);
    expect(matches.map((m) => [m.text, m.key])).toEqual([
      ['Kim Jong Uns', 'spaced'],
      ['Kim Jong-un', 'hyphen'],
      ['Kim Jong Un', 'spaced'],
    ]);
  });

  it('matches any whitespace for a space, including a line break', () => {
    expect(found('im heiligen\n  Kampf', refs('heiligen Kampf'))).toEqual(['heiligen\n  Kampf']);
  });

  it('counts each stretch once: of overlapping matches the leftmost, then the longest wins', () => {
    const forms = [
      { form: 'Kampf', key: 'kampf' },
      { form: 'heiligen Kampf', key: 'heilig' },
      { form: 'Kampf gegen', key: 'gegen' },
    ];
    expect(matchForms('im heiligen Kampf gegen', forms).map((m) => m.key)).toEqual(['heilig']);
    expect(matchForms('im Kampf gegen', forms).map((m) => m.key)).toEqual(['gegen']);
  });

  it('treats quotation marks as word boundaries', () => {
    expect(found('die neue „Allianz“ und «Allianz»', refs('Allianz'))).toEqual(['Allianz', 'Allianz']);
  });
});

describe('the five texts, checked by hand', () => {
  const { lenses: all } = checkAll(fileURLToPath(new URL('../../', import.meta.url)));
  const lenses = all.stories.get('russland-nordkorea')!;
  const variant = (group: string, term: string) => {
    const found = lenses.terms.find((g) => g.id === group)?.variants.find((v) => v.term === term);
    if (!found) throw new Error(`no variant ${group}/${term}`);
    return found;
  };

  // Each number below was counted by hand in the article bodies (grep on content/articles/*.md
  // below the frontmatter, whole words), see the README.
  it.each([
    // 8 × Pjöngjang in the dpa text: 2 in the lead, 2 in photo captions, 4 in the running text.
    ['namen', 'Pjöngjang', 'strategische-partnerschaft', 8],
    // 3 × Krieg/Krieges in "Heiliger Kampf"; "Kalten Krieges" is excepted, "Korea-Kriegs" a compound.
    ['krieg', 'Krieg', 'heiliger-kampf', 3],
    ['krieg', 'Krieg', 'partnerschaftsvertrag', 0],
    ['krieg', 'Angriffskrieg', 'strategische-partnerschaft', 2],
    ['krieg', 'Vorgehen', 'strategische-partnerschaft', 2],
    ['krieg', 'Militäroperation', 'partnerschaftsvertrag', 1],
    // 4 × Abkommen/Abkommens in the blog text, minus "die früheren Abkommen".
    ['abkommen', 'Abkommen', 'allianz-historischer-besuch', 3],
    ['abkommen', 'Abkommen', 'einladung-nordkorea', 0],
    ['abkommen', 'Vertrag', 'partnerschaftsvertrag', 0],
    ['titel', 'Machthaber', 'strategische-partnerschaft', 4],
    ['titel', 'Staatschef', 'einladung-nordkorea', 2],
    // "Kim Jong Un" ×3 and "Kim Jong Uns" ×1 (a subheading) in "Heiliger Kampf", plus one "Kim Jong-un".
    ['namen', 'Kim Jong Un', 'heiliger-kampf', 4],
    ['namen', 'Kim Jong-un', 'heiliger-kampf', 1],
    // The headline says "Kim Jong-un"; the body only "Kim Jung-un", once.
    ['namen', 'Kim Jong-un', 'einladung-nordkorea', 0],
    ['namen', 'Kim Jung-un', 'einladung-nordkorea', 1],
  ])('%s/%s in %s: %i', (group, term, article, expected) => {
    expect(variant(group, term).counts[article]).toBe(expected);
  });

  it('links each occurrence to its passage and marks photo captions', () => {
    const byPassage = occurrencesByPassage(variant('krieg', 'Angriffskrieg'), 'strategische-partnerschaft');
    expect(byPassage).toEqual([
      { passage: 'absatz-4', url: '/artikel/strategische-partnerschaft/#absatz-4', times: 1, caption: true },
      { passage: 'absatz-9', url: '/artikel/strategische-partnerschaft/#absatz-9', times: 1, caption: false },
    ]);
  });

  it('shows what it does not count, with the reason', () => {
    expect(variant('krieg', 'Krieg').excluded.map((e) => [e.article, e.text, e.phrase])).toEqual([
      ['heiliger-kampf', 'Krieges', 'Kalten Krieges'],
    ]);
  });

  it('gives every variant a count for every text', () => {
    for (const group of lenses.terms) {
      for (const v of group.variants) expect(Object.keys(v.counts)).toHaveLength(5);
    }
  });
});
