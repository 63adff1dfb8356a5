/**
 * How to cite a page of the site: a suggested German citation, and the same
 * as BibTeX (biblatex `@online`) and CSL-JSON for reference managers.
 *
 * The date accessed: a static page cannot know the day a reader opens it, and
 * the build date would be a different fact (when the page was made). So every
 * form carries an explicit placeholder the reader replaces: „TT.MM.JJJJ“ in
 * the German text, `JJJJ-MM-TT` in BibTeX's `urldate` and CSL's `accessed`.
 * The data version is named once the build has one.
 *
 * Pure: the caller hands in the permalink (absolute when the build has
 * SITE_URL, src/site/site-url.ts).
 */

export interface CitationInput {
  /** Stable id of the cited page, used as BibTeX key and CSL id, e.g. `nebeneinander-aussage-beistandsklausel`. */
  id: string;
  /** The page's title as the page shows it. */
  title: string;
  /** What the page is, in German: „Aussage im Vergleich“, „Textpaar im Vergleich“. */
  genre: string;
  /** The page's permalink. */
  url: string;
  /** The version of the data the page was built from, when there is one. */
  version?: string | undefined;
}

/** The site as publisher and container of every cited page. */
export const SITE_NAME = 'nebeneinander';
/** What the reader writes over: the day they accessed the page. */
export const ACCESSED_PLACEHOLDER = { de: 'TT.MM.JJJJ', iso: 'JJJJ-MM-TT' } as const;

/** German quotation marks around a title; quotes inside it become single ones (‚…‘). */
export function germanQuoted(title: string): string {
  return `„${title.replace(/„/g, '‚').replace(/“/g, '‘')}“`;
}

/** „Beistandsklausel“. Aussage im Vergleich. In: nebeneinander, Datenstand 3. Version. https://… (abgerufen am TT.MM.JJJJ). */
export function citationText(input: CitationInput): string {
  const version = input.version === undefined ? '' : `, Datenstand ${input.version}`;
  return `${germanQuoted(input.title)}. ${input.genre}. In: ${SITE_NAME}${version}. ${input.url} (abgerufen am ${ACCESSED_PLACEHOLDER.de}).`;
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  $: '\\$',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text for a BibTeX field: TeX's special characters escaped (UTF-8 stays as it is, for biblatex). */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&#$_^~]/g, (char) => BIBTEX_SPECIALS[char] ?? char);
}

/** A biblatex `@online` entry. `url` is verbatim in biblatex; a brace in it would end the field, so it is refused. */
function bibtexEntry(input: CitationInput): string[] {
  if (/[{}\s]/.test(input.url)) throw new Error(`citation ${input.id}: the URL "${input.url}" cannot go into BibTeX`);
  const fields: [string, string][] = [
    // Double braces keep the title's capitals: German nouns must not be lower-cased by a style.
    ['title', `{${bibtexEscape(input.title)}}`],
    ['titleaddon', bibtexEscape(input.genre)],
    ['organization', SITE_NAME],
    ['url', input.url],
    ['urldate', ACCESSED_PLACEHOLDER.iso],
    ...(input.version === undefined ? [] : ([['version', bibtexEscape(input.version)]] as [string, string][])),
    ['langid', 'ngerman'],
  ];
  return [`@online{${input.id},`, ...fields.map(([name, value]) => `  ${name} = {${value}},`), '}'];
}

const BIBTEX_NOTE = `% Zitiervorschlag von ${SITE_NAME}. Tragen Sie bei urldate den Tag ein, an dem Sie die Seite abgerufen haben (${ACCESSED_PLACEHOLDER.iso}).`;

/** A BibTeX file of one entry. */
export function bibtex(input: CitationInput): string {
  return bibtexFile([input]);
}

/** A BibTeX file of several entries (a story's: the story, its claims, its pairs), the note once on top. */
export function bibtexFile(inputs: readonly CitationInput[]): string {
  return [BIBTEX_NOTE, ...inputs.flatMap((input, index) => [...(index === 0 ? [] : ['']), ...bibtexEntry(input)]), ''].join('\n');
}

/** One CSL-JSON item (an array of one, as reference managers import it). */
export function cslJson(input: CitationInput): Record<string, unknown>[] {
  return [
    {
      id: input.id,
      type: 'webpage',
      title: input.title,
      genre: input.genre,
      'container-title': SITE_NAME,
      publisher: SITE_NAME,
      URL: input.url,
      language: 'de',
      // A placeholder the reader replaces: the day they accessed the page (see above).
      accessed: { literal: ACCESSED_PLACEHOLDER.iso },
      ...(input.version === undefined ? {} : { version: input.version }),
    },
  ];
}

/** A CSL-JSON file of several items, as reference managers import it. */
export function cslJsonFile(inputs: readonly CitationInput[]): string {
  return `${JSON.stringify(inputs.flatMap(cslJson), null, 2)}\n`;
}
