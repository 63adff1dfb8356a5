/**
 * `npm run text:add` drafts: the five received texts give back the articles
 * as they were committed (the frozen copy in tests/fixtures/site/, so that an
 * editor correcting a draft in content/ breaks no test), every kind of website chrome the issue names is recognised (and
 * article text that merely mentions it is not), dates in the texts' forms are
 * read, and the Markdown reads as the original's lines.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { draftArticle, type ArticleDraft } from '../../src/authoring/draft-article.ts';
import { chromeOf } from '../../src/authoring/chrome.ts';
import { findDate, isDateLine } from '../../src/authoring/dates.ts';
import { idProblem, proposeId } from '../../src/authoring/ids.ts';
import { bodyMarkdown, escapeMarkdown, verifyBody } from '../../src/authoring/markdown-body.ts';
import { articleFile } from '../../src/authoring/article-file.ts';
import { readPassages } from '../../src/corpus/corpus.ts';
import { checkContent } from '../support/content.ts';
import { SITE_FIXTURE } from '../support/site-fixture.ts';
import type { ArticleData } from '../../src/schemas/article.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/authoring/${name}/original.txt`, import.meta.url)), 'utf8');

const committed = checkContent(SITE_FIXTURE).articles.map((article) => {
  const file = readFileSync(join(SITE_FIXTURE, article.file), 'utf8');
  const { content } = parseFrontmatter(file);
  return {
    id: article.id,
    data: article.data as ArticleData,
    body: content.trim(),
    draft: draftArticle(readFileSync(join(SITE_FIXTURE, 'content', 'originals', article.data.original), 'utf8')),
  };
});

describe.each(committed.map((entry) => [entry.id, entry] as const))('the committed text %s, drafted again from its original', (_, entry) => {
  const { data, draft } = entry;

  it('gets the same body, block for block', () => {
    expect(bodyMarkdown(draft.blocks).trim()).toBe(entry.body);
  });

  it('drops the same lines, in the same order', () => {
    expect(draft.dropped.map((line) => line.line)).toEqual(data.dropped.map((line) => line.line));
  });

  it('finds the same headline, header lines and byline', () => {
    expect(draft.title).toBe(data.title);
    expect(draft.headerLines).toEqual(data.headerLines);
    expect(draft.byline).toBe(data.byline);
  });

  it('reads the stated date as the committed article states it, and proposes none where it was inferred', () => {
    if (data.published.basis === 'stated') {
      expect(draft.published).toMatchObject({ date: data.published.date.toISOString().slice(0, 10), asStated: data.published.asStated });
    } else {
      expect(draft.published).toBeUndefined();
    }
  });
});

describe('chrome found in the five texts', () => {
  const found = committed.flatMap((entry) => entry.draft.dropped.map((line) => line.line));
  const expected = committed.flatMap((entry) => entry.data.dropped.map((line) => line.line));

  it('finds all 22 dropped lines of the committed articles, misses none and adds none', () => {
    // Counted by hand in tests/fixtures/site/content/articles: 7 (dpa) + 4 (Allianz) + 1 (Einladung) + 6 (Heiliger Kampf) + 4 (Röper).
    expect(expected).toHaveLength(22);
    expect(expected.filter((line) => !found.includes(line))).toEqual([]);
    expect(found.filter((line) => !expected.includes(line))).toEqual([]);
  });

  it('recognises the photo credit and the agency photo tag, and keeps them with their captions', () => {
    const photoLines = committed.flatMap((entry) => entry.draft.fates.filter((fate) => fate.fate === 'figure-credit' || fate.fate === 'figure-tag').map((fate) => fate.text));
    expect(photoLines.sort()).toEqual(['Gavriil Grigorov/Pool Sputnik Kremlin/AP', 'TOPSHOT-RUSSIA-NKOREA-POLITICS-DIPLOMACY']);
  });
});

/** Every non-empty line of `original`, trimmed, with the fate the draft gave it. */
const fatesOf = (draft: ArticleDraft) => draft.fates.map((fate) => [fate.line, fate.fate, fate.text] as const);

describe('a text with every kind of chrome (tests/fixtures/authoring/chrome-kinds)', () => {
  const original = fixture('chrome-kinds');
  const draft = draftArticle(original);

  it('gives every non-empty line of the original exactly one place', () => {
    const lines = original.split('\n').flatMap((line, index) => (line.trim() ? [[index + 1, line.trim()] as const] : []));
    expect(draft.fates.map((fate) => [fate.line, fate.text])).toEqual(lines);
  });

  it('reads the header: a dated line before the headline, the headline, the byline', () => {
    expect(draft.title).toBe('Probe-Überschrift: Ein Vertrag wird unterzeichnet');
    expect(draft.headerLines).toEqual(['Aktualisiert: 20.06.2024, 08:15 Uhr', 'Von Erika Muster']);
    expect(draft.byline).toBe('Von Erika Muster');
    expect(draft.published).toEqual({ date: '2024-06-20', asStated: '20.06.2024, 08:15 Uhr', withTime: true });
  });

  it('drops each kind of chrome, with a reason', () => {
    expect(draft.dropped.map((line) => line.line)).toEqual([
      'Lesezeit: 3 Minuten', // read time
      'Teilen', // share buttons
      'Facebook | X | WhatsApp | E-Mail',
      '➤ Mehr lesen: Ein anderer Beitrag der Website', // "Mehr lesen"
      'Mehr zum Thema',
      '2 / 5', // gallery counter
      'Foto: Max Muster/AFP', // a credit without a caption beside it
      'Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie zu.', // cookie notice
      'Cookie-Einstellungen',
      'Diese Website verwendet Akismet, um Spam zu reduzieren.', // spam notice
      'Folgen Sie uns auf Instagram', // follow
      'Newsletter abonnieren', // newsletter
      '3 Kommentare', // comment count
      'Kommentar schreiben', // comment prompt
      '[hier-ein-widget id=7]', // shortcode
      '© 2024 Probe. Alle Rechte vorbehalten.', // footer
      'Impressum | Datenschutz',
    ]);
    for (const line of draft.dropped) expect(line.reason).toMatch(/^[A-ZÄÖÜ].+\.$/);
  });

  it('keeps article text that only mentions newsletters, comments or cookies', () => {
    const paragraphs = draft.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));
    expect(paragraphs).toEqual([
      'Erster Absatz des Probetextes. Ein Newsletter der Regierung erwähnt den Vertrag nicht.',
      'Zweiter Absatz mit zwei Kommentaren im Satz, die zählen. Ein Sprecher sagte, die Website verwendet keine Cookies.',
      'Der Vertrag umfasst:',
      'Dritter Absatz, nach dem Foto.',
      '(dpa)',
    ]);
  });

  it('recognises the subheading, the list and the captions of a photo, a gallery and a credited photo', () => {
    expect(fatesOf(draft).filter(([, fate]) => !['dropped', 'paragraph', 'header', 'title'].includes(fate))).toEqual([
      [10, 'figure-tag', 'PROBE-FOTO-KENNUNG-2024'],
      [11, 'caption', 'Bildunterschrift unter dem Aufmacherfoto.'],
      [16, 'heading', 'Eine Zwischenüberschrift'],
      [22, 'list-item', '• Wirtschaft'],
      [23, 'list-item', '• Sicherheit'],
      [25, 'caption', 'Bildunterschrift in der Galerie, erstes Bild.'],
      [26, 'caption', 'Bildunterschrift in der Galerie, zweites Bild.'],
      [29, 'caption', 'Bildunterschrift mit Bildnachweis.'],
      [31, 'figure-credit', 'Foto: Erika Muster/dpa'],
    ]);
    expect(bodyMarkdown(draft.blocks)).toContain(':::figure{credit="Foto: Erika Muster/dpa"}\nBildunterschrift mit Bildnachweis.\n:::');
    expect(bodyMarkdown(draft.blocks)).toContain('- Wirtschaft\n- Sicherheit');
  });
});

describe('a text with a kicker, en-dash bullets and an agency source line (tests/fixtures/authoring/kicker-and-dashes)', () => {
  const draft = draftArticle(fixture('kicker-and-dashes'));

  it('takes the kicker above the headline as a header line', () => {
    expect(draft.title).toBe('Kim reist nach Russland');
    expect(draft.headerLines).toEqual(['Nordkorea', 'Stand: 12.09.2023 14:30 Uhr', 'Von Max Beispiel, Moskau']);
    expect(draft.byline).toBe('Von Max Beispiel, Moskau');
    expect(draft.published).toMatchObject({ date: '2023-09-12', asStated: '12.09.2023 14:30 Uhr' });
  });

  it('reads lines starting with an en dash and a space as list items', () => {
    expect(bodyMarkdown(draft.blocks)).toContain('Was bekannt ist:\n\n- Kim reist mit dem Zug.\n- Die Delegation ist groß.');
  });

  it('drops the ad label, the topic link and the share button', () => {
    expect(draft.dropped.map((line) => line.line)).toEqual(['Anzeige', 'Mehr zum Thema Nordkorea', 'Artikel teilen']);
  });

  it('takes „Quelle: AFP“ as the byline of a text that names no author', () => {
    const bare = draftArticle('Kim reist nach Russland\n\nDer Machthaber ist in Russland eingetroffen.\n\nQuelle: AFP\n');
    expect(bare.byline).toBe('Quelle: AFP');
    expect(bare.blocks.at(-1)).toEqual({ type: 'paragraph', text: 'Quelle: AFP', line: 5 });
  });

  it('does not take a one-word headline above a blank line for a kicker', () => {
    expect(draftArticle('Nordkorea\n\nKim reist nach Russland, meldet die Agentur.\n').title).toBe('Nordkorea');
  });
});

describe('hints for the editor in the drafted file', () => {
  const fileOf = (original: string) =>
    articleFile(draftArticle(readFileSync(join(SITE_FIXTURE, 'content', 'originals', original), 'utf8')), { story: 'russland-nordkorea', event: undefined, events: [], original });

  it('points at the passages that name a source, one sentence each', () => {
    // Röper: Putin's own words and the Spiegel headline (absatz-2 and absatz-4 of tests/fixtures/site/content/articles/partnerschaftsvertrag.md).
    const file = fileOf('004_a3dc0b9e98c5e4de.txt');
    expect(file).toContain('#   absatz-2: „Putin bezeichnete das Abkommen als „neues Grundlagendokument, das die Basis unserer langfristigen Beziehungen bilden wird.““');
    expect(file).toContain('#   absatz-4: „Der Spiegel hatte schon zu Beginn von Putins Staatsbesuch getitelt');
  });

  it('points an undated text at the passages that name a day, and leaves its date and evidence TODO', () => {
    const file = fileOf('003_bd99e8aacd7abec1.txt');
    expect(file).toContain('#   absatz-2: „Beide Länder würden gemeinsam gegen den Imperialismus kämpfen, sagte Kim am Mittwoch');
    expect(file).toContain("  date: 'TODO: day of publication, YYYY-MM-DD'\n  basis: 'inferred'\n  evidence: 'TODO:");
  });
});

describe('photo credits above or below their caption', () => {
  it('gives a credit right above a line to that caption, and leaves the paragraph before it alone', () => {
    const draft = draftArticle('Kim reist nach Russland\n\nDer Machthaber ist eingetroffen, meldet die Agentur.\n\nFoto: dpa\nPutin und Kim beim Treffen.\n\nWeiterer Absatz des Textes.\n');
    expect(draft.blocks).toEqual([
      { type: 'paragraph', text: 'Der Machthaber ist eingetroffen, meldet die Agentur.', line: 3 },
      { type: 'figure', caption: 'Putin und Kim beim Treffen.', line: 6, credit: 'Foto: dpa' },
      { type: 'paragraph', text: 'Weiterer Absatz des Textes.', line: 8 },
    ]);
  });

  it('drops a credit that no directive attribute can hold, rather than lose it', () => {
    const credit = `Foto: "Pool" / Kim's AP`;
    const draft = draftArticle(`Kim reist nach Russland\n\nBildunterschrift des Fotos.\n${credit}\n\nText.\n`);
    expect(draft.dropped.map((line) => line.line)).toEqual([credit]);
    expect(draft.blocks[0]).toEqual({ type: 'paragraph', text: 'Bildunterschrift des Fotos.', line: 3 });
  });
});

describe('Markdown from running text (tests/fixtures/authoring/markdown-escapes)', () => {
  const draft = draftArticle(fixture('markdown-escapes'));
  const body = bodyMarkdown(draft.blocks);

  it('writes every line as one paragraph that reads exactly as the original', () => {
    expect(draft.blocks.every((block) => block.type === 'paragraph')).toBe(true);
    expect(draft.blocks).toHaveLength(8);
    expect(verifyBody(readPassages(body), draft.blocks)).toBeUndefined();
  });

  it('escapes only what Markdown would read as markup', () => {
    expect(escapeMarkdown('1. FC Probe')).toBe('1\\. FC Probe');
    expect(escapeMarkdown('# steht')).toBe('\\# steht');
    expect(escapeMarkdown('<b>fett</b>')).toBe('\\<b>fett\\</b>');
    expect(escapeMarkdown('Kurs:Ost, 10:30 Uhr')).toBe('Kurs\\:Ost, 10:30 Uhr');
    expect(escapeMarkdown('„Zitat“ – sagte er (dpa).')).toBe('„Zitat“ – sagte er (dpa).');
  });

  it('notices when a block would not read as its line', () => {
    expect(verifyBody(readPassages('*betont*\n'), [{ type: 'paragraph', text: '*betont*', line: 1 }])).toEqual({ expected: '*betont*', actual: 'betont' });
  });
});

describe('dates in the forms the texts use', () => {
  it.each([
    ['19. Juni 2024', '2024-06-19', '19. Juni 2024'],
    ['Juni 19, 2024', '2024-06-19', 'Juni 19, 2024'],
    ['Sep 15, 2023 11:52 Europe/Berlin', '2023-09-15', 'Sep 15, 2023 11:52 Europe/Berlin'],
    ['Von Thomas Röper – 19. Juni 2024', '2024-06-19', '19. Juni 2024'],
    ['Aktualisiert: 20.06.2024, 08:15 Uhr', '2024-06-20', '20.06.2024, 08:15 Uhr'],
    ['2024-06-19', '2024-06-19', '2024-06-19'],
    ['3. März 2024', '2024-03-03', '3. März 2024'],
  ])('reads „%s“ as %s', (line, date, asStated) => {
    expect(findDate(line)).toMatchObject({ date, asStated });
  });

  it('refuses days that do not exist and lines without a date', () => {
    expect(findDate('31. Juni 2024')).toBeUndefined();
    expect(findDate('2024-02-30')).toBeUndefined();
    expect(findDate('am Mittwoch')).toBeUndefined();
  });

  it('tells a date line from a line that only contains a date', () => {
    expect(isDateLine('Juni 19, 2024')).toBe(true);
    expect(isDateLine('Publiziert: 19.06.2024')).toBe(true);
    expect(isDateLine('Von Thomas Röper – 19. Juni 2024')).toBe(false);
  });
});

describe('chrome rules and ids', () => {
  it('matches whole lines only', () => {
    expect(chromeOf('2 mins read')?.kind).toBe('read-time');
    expect(chromeOf('Der Text ist in 2 mins read zu lesen, sagt der Blog.')).toBeUndefined();
    expect(chromeOf('Kommentare')?.kind).toBe('comments');
    expect(chromeOf('Die Kommentare in der Zeitung waren deutlich.')).toBeUndefined();
  });

  it.each([
    ['Lesen Sie auch: Was der Vertrag regelt', 'more'],
    ['Das könnte Sie auch interessieren', 'more'],
    ['Artikel teilen', 'share'],
    ['Zur Startseite', 'navigation'],
    ['Artikel anhören', 'navigation'],
    ['Jetzt kostenlos testen', 'follow'],
    ['Melden Sie sich für unseren Newsletter an', 'follow'],
    ['Bild 3 von 12', 'gallery'],
    ['Foto: IMAGO/ITAR-TASS', 'photo-credit'],
    ['Lesezeit: ca. 4 Min.', 'read-time'],
    ['Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.', 'cookie'],
    ['Copyright 2024', 'footer'],
  ])('knows „%s“ from other websites as %s', (line, kind) => {
    expect(chromeOf(line)?.kind).toBe(kind);
  });

  it.each([
    'Die Zeitung hatte zuvor ihren Newsletter eingestellt, wie der Verlag mitteilte.',
    'Zurück in Moskau, sagte Putin, die Gespräche seien gut verlaufen.',
    'Fotos zeigten Kim am Bahnhof.',
    'Home Office ist in Pjöngjang unbekannt, schreibt der Text.',
  ])('keeps „%s“ as text', (line) => {
    expect(chromeOf(line)).toBeUndefined();
  });

  it('proposes an id from the headline, without filler words, German letters spelled out, and checks new ids', () => {
    expect(proposeId('Putin und Kim stärken Allianz bei historischem Besuch')).toBe('putin-kim-staerken-allianz-historischem');
    expect(proposeId('Russland und Nordkorea schließen umfassenden Partnerschaftsvertrag')).toBe('russland-nordkorea-schliessen-umfassenden');
    const file = (id: string) => `content/articles/${id}.md`;
    expect(idProblem('text', 'Gross', [], file)).toMatch(/^"Gross" is not a valid text id/);
    expect(idProblem('text', 'gipfel-2023', ['GIPFEL-2023'], file)).toBe('the text id "gipfel-2023" is taken: content/articles/GIPFEL-2023.md exists');
    expect(idProblem('text', 'gipfel-2023', ['gipfel-2024'], file)).toBeUndefined();
  });
});
