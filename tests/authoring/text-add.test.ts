/**
 * `npm run text:add` on a scratch copy of a fixture project: what it writes,
 * that the draft is refused by the content check only for what is left to
 * decide and accepted once an editor has decided it, and that each kind of
 * bad input stops with a clear message and changes no file.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AuthoringError, addText } from '../../src/authoring/add-text.ts';
import { BULLET } from '../../src/authoring/draft-article.ts';
import { checkContent } from '../support/content.ts';
import { copyFixture, problemsOf, removeCopies, ROOT, run as runScript, snapshot } from '../support/authoring.ts';
import { decodePage, pageText } from '../../src/text/page-text.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const CHROME_KINDS = join(FIXTURES, 'authoring', 'chrome-kinds', 'original.txt');
/** Pages saved from the browser (tests/fixtures/authoring/recognition/), and inputs to refuse (tests/fixtures/authoring/wrong-inputs/). */
const PAGE = join(FIXTURES, 'authoring', 'recognition', 'tuning', 'h-nachrichtenportal', 'original.html');
const LATIN1_PAGE = join(FIXTURES, 'authoring', 'recognition', 'tuning', 'h-latin1', 'original.html');
const WRONG = join(FIXTURES, 'authoring', 'wrong-inputs');
/** Where the texts to add are written; the projects are copies of tests/fixtures/content/valid. */
const inputs = mkdtempSync(join(tmpdir(), 'text-add-inputs-'));
afterAll(() => {
  rmSync(inputs, { recursive: true, force: true });
  removeCopies();
});

let root: string;
beforeEach(() => {
  root = copyFixture(join(FIXTURES, 'content', 'valid'));
});

/** A file to add, with these bytes. */
function input(name: string, bytes: string | Buffer): string {
  const path = join(inputs, name);
  writeFileSync(path, bytes);
  return path;
}

describe('text:add on a valid text', () => {
  it('copies the original byte for byte and drafts the article', () => {
    const result = addText({ root, file: CHROME_KINDS, story: 'probe-thema', event: 'vertrag-2024' });
    expect(result.id).toBe('probe-ueberschrift-vertrag-wird-unterzeichnet');
    expect(result.written).toEqual([
      'content/originals/original.txt',
      'content/articles/probe-ueberschrift-vertrag-wird-unterzeichnet.md',
      'content/attributions/probe-ueberschrift-vertrag-wird-unterzeichnet.yaml',
      // The fixture's one claim (event 2024-06-19) gets a cell for the text published 2024-06-20.
      'content/claims/probe-aussage.yaml',
    ]);
    expect(readFileSync(join(root, 'content/originals/original.txt')).equals(readFileSync(CHROME_KINDS))).toBe(true);
    const article = readFileSync(join(root, 'content/articles/probe-ueberschrift-vertrag-wird-unterzeichnet.md'), 'utf8');
    expect(article).toContain("published:\n  date: 2024-06-20\n  basis: 'stated'\n  asStated: '20.06.2024, 08:15 Uhr'\n");
    expect(article).toContain("byline: 'Von Erika Muster'\nstory: probe-thema\nevent: 'vertrag-2024'\n");
  });

  it('works while an event date of the story is still TODO, and says so beside the event', () => {
    const story = join(root, 'content', 'stories', 'probe-thema.yaml');
    writeFileSync(story, readFileSync(story, 'utf8').replace('date: 2023-09-13', "date: 'TODO: the day it happened'"));
    const result = addText({ root, file: CHROME_KINDS, story: 'probe-thema', event: 'gipfel-2023' });
    expect(result.id).toBe('probe-ueberschrift-vertrag-wird-unterzeichnet');
    const second = addText({ root, file: input('zweiter.txt', readFileSync(CHROME_KINDS, 'utf8').replace('Probe-Überschrift', 'Zweite Probe')), story: 'probe-thema' });
    expect(readFileSync(join(root, `content/articles/${second.id}.md`), 'utf8')).toContain(
      '#   gipfel-2023: Probe-Gipfel (date still TODO)\n#   vertrag-2024: Probe-Vertrag (2024-06-19)\n',
    );
  });

  it('names the original after the text when its file name is no valid original name', () => {
    const file = input('Röper Text (Kopie).txt', readFileSync(CHROME_KINDS));
    const result = addText({ root, file, story: 'probe-thema' });
    expect(result.written[0]).toBe(`content/originals/${result.id}.txt`);
    expect(readFileSync(join(root, result.written[0]!)).equals(readFileSync(CHROME_KINDS))).toBe(true);
  });

  it('is refused by the content check for what is left to decide, and only for that', () => {
    const result = addText({ root, file: CHROME_KINDS, story: 'probe-thema' });
    const article = `content/articles/${result.id}.md`;
    const attributions = `content/attributions/${result.id}.yaml`;
    const cell = `cells.${result.id}.status`;
    expect(result.todos).toEqual([
      { file: article, fields: ['shortTitle', 'event', 'cites.0', 'summary'].map((field) => ({ field, ask: expect.any(String) })) },
      { file: attributions, fields: ['sources.0.source', 'sources.0.form', 'sources.0.quotes.0'].map((field) => ({ field, ask: expect.any(String) })) },
      { file: 'content/claims/probe-aussage.yaml', fields: [{ field: cell, ask: expect.stringMatching(/^reported .* or not-mentioned$/) }] },
    ]);
    const problems = problemsOf(root);
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ...['shortTitle', 'event', 'cites.0', 'summary'].map((field) => [article, field]),
      ['content/claims/probe-aussage.yaml', cell],
      ...['sources.0.source', 'sources.0.form', 'sources.0.quotes.0'].map((field) => [attributions, field]),
    ]);
    expect(problems.every((problem) => problem.message.startsWith('still to be decided (TODO'))).toBe(true);
  });

  it('adds no cell to a claim whose event is after the text appeared', () => {
    const claim = join(root, 'content', 'claims', 'probe-aussage.yaml');
    const before = readFileSync(claim, 'utf8');
    // The Einladung text appeared on 2023-09-15, before the claim's event (vertrag-2024, 2024-06-19).
    const result = addText({ root, file: join(ROOT, 'content', 'originals', '002_b62a570b9a3f314f.txt'), story: 'probe-thema', event: 'gipfel-2023' });
    expect(result.written).not.toContain('content/claims/probe-aussage.yaml');
    expect(result.cells.skipped).toEqual([expect.objectContaining({ file: 'content/claims/probe-aussage.yaml', reason: expect.stringContaining('not applicable') })]);
    expect(readFileSync(claim, 'utf8')).toBe(before);
  });

  it('is accepted once the editor has decided, with every line of the original in the article', () => {
    const { id } = addText({ root, file: CHROME_KINDS, story: 'probe-thema', event: 'vertrag-2024' });
    const path = join(root, 'content', 'articles', `${id}.md`);
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace(/^shortTitle: 'TODO.*$/m, "shortTitle: 'Probe-Vertrag'")
        .replace(/^cites:\n  - 'TODO.*$/m, 'cites: []')
        .replace(/^summary: 'TODO.*$/m, "summary: 'Ein Probetext.'"),
    );
    // The text cites nobody the fixture knows: the editor deletes its attribution file.
    rmSync(join(root, 'content', 'attributions', `${id}.yaml`));
    // The claim's new cell: the editor reads the text and decides.
    const claim = join(root, 'content', 'claims', 'probe-aussage.yaml');
    writeFileSync(claim, readFileSync(claim, 'utf8').replace(/status: 'TODO.*'/, 'status: not-mentioned'));
    const corpus = checkContent(root);
    const article = corpus.articles.find((entry) => entry.id === id)!;
    expect(article.data.title).toBe('Probe-Überschrift: Ein Vertrag wird unterzeichnet');
    // Nothing lost: every non-empty line is the headline, a header line, a passage, a credit or tag, or dropped.
    const kept = [article.data.title, ...article.data.headerLines, ...article.passages.map((passage) => passage.text), ...article.data.dropped.map((entry) => entry.line)];
    const body = readFileSync(path, 'utf8');
    const lines = readFileSync(CHROME_KINDS, 'utf8').split('\n').map((line) => line.trim().replace(BULLET, '')).filter(Boolean);
    expect(lines.filter((line) => !kept.includes(line) && !body.includes(`"${line}"`))).toEqual([]);
  });
});

describe('text:add on a page saved from the browser', () => {
  it('keeps the page byte for byte and drafts the article with headline, date and author from the page', () => {
    const result = addText({ root, file: input('radwege.html', readFileSync(PAGE)), story: 'probe-thema', event: 'vertrag-2024' });
    expect(result.id).toBe('stadtrat-beschliesst-neue-radwege');
    expect(result.written.slice(0, 3)).toEqual(['content/originals/radwege.html', `content/articles/${result.id}.md`, `content/attributions/${result.id}.yaml`]);
    expect(readFileSync(join(root, 'content/originals/radwege.html')).equals(readFileSync(PAGE))).toBe(true);
    expect(result.page).toEqual({ charset: 'utf-8', found: { title: '<h1>', published: '<meta property="article:published_time">', byline: '<meta name="author">' } });
    const article = readFileSync(join(root, `content/articles/${result.id}.md`), 'utf8');
    expect(article).toContain("title: 'Stadtrat beschließt neue Radwege'\n");
    expect(article).toContain("published:\n  date: 2025-03-12\n  basis: 'stated'\n  asStated: '2025-03-12T09:30:00+01:00'\n");
    expect(article).toContain("byline: 'Erika Beispiel'\n");
    expect(article).toContain("  - fact: 'Datum der Veröffentlichung, in den Daten der Seite (<meta property=\"article:published_time\">)'\n    basis: 'stated'\n    asStated: '2025-03-12T09:30:00+01:00'\n");
    expect(article).toContain("original: 'radwege.html'\n");
    // The page's text, not its markup, is what the draft and its dropped lines are made of.
    expect(article).toContain("  - line: 'Startseite > Lokales > Verkehr'\n");
    expect(article).not.toMatch(/<(div|a|nav|li)\b/);
  });

  it('is accepted once the editor has decided, with every line of the page text in the article', () => {
    const { id } = addText({ root, file: input('radwege.html', readFileSync(PAGE)), story: 'probe-thema', event: 'vertrag-2024' });
    const path = join(root, 'content', 'articles', `${id}.md`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^cites:\n  - 'TODO.*$/m, 'cites: []').replace(/^summary: 'TODO.*$/m, "summary: 'Ein Probetext.'"));
    rmSync(join(root, 'content', 'attributions', `${id}.yaml`));
    const claim = join(root, 'content', 'claims', 'probe-aussage.yaml');
    writeFileSync(claim, readFileSync(claim, 'utf8').replace(/status: 'TODO.*'/, 'status: not-mentioned'));
    const article = checkContent(root).articles.find((entry) => entry.id === id)!;
    expect(article.original).toBe(pageText(decodePage(readFileSync(PAGE)).html));
    const kept = [article.data.title, ...article.data.headerLines, ...article.passages.map((passage) => passage.text), ...article.data.dropped.map((entry) => entry.line)];
    const lines = article.original.split('\n').map((line) => line.trim()).filter(Boolean);
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.filter((line) => !kept.includes(line))).toEqual([]);
  });

  it('decodes a page by the charset it declares and says so', () => {
    const result = run(root, LATIN1_PAGE, '--story', 'probe-thema');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Page:      a web page, decoded as windows-1252');
    expect(result.stdout).toContain('Headline:  Brücke über die Aue wird für drei Monate gesperrt (from the page\'s <h1>)');
    expect(result.stdout).toContain('Byline:    Hans Fiktiv (from the page\'s <meta name="author">)');
    expect(readFileSync(join(root, 'content/originals/original.html')).equals(readFileSync(LATIN1_PAGE))).toBe(true);
  });
});

describe('text:add refuses bad input and changes no file', () => {
  const CASES: [name: string, run: () => unknown, message: RegExp][] = [
    ['a file that is not UTF-8', () => addText({ root, file: input('latin1.txt', Buffer.from([0x50, 0x75, 0x74, 0x69, 0x6e, 0x20, 0xfc, 0x62, 0x65, 0x72, 0x0a])), story: 'probe-thema' }), /latin1\.txt: not UTF-8 text/],
    ['a binary file (a zip archive)', () => addText({ root, file: input('archiv.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00])), story: 'probe-thema' }), /archiv\.txt: not a text file/],
    ['an empty file', () => addText({ root, file: input('leer.txt', ''), story: 'probe-thema' }), /leer\.txt: the file is empty/],
    ['a file of blank lines', () => addText({ root, file: input('blank.txt', '\n  \n\t\n'), story: 'probe-thema' }), /blank\.txt: the file is empty/],
    ['a file that does not exist', () => addText({ root, file: join(inputs, 'fehlt.txt'), story: 'probe-thema' }), /fehlt\.txt: no such file/],
    ['a story that does not exist', () => addText({ root, file: CHROME_KINDS, story: 'gibt-es-nicht' }), /unknown story "gibt-es-nicht": content\/stories\/gibt-es-nicht\.yaml does not exist \(known: probe-thema\)/],
    ['an event not in the story', () => addText({ root, file: CHROME_KINDS, story: 'probe-thema', event: 'gipfel-2099' }), /unknown event "gipfel-2099" for story "probe-thema" \(its events: gipfel-2023, vertrag-2024\)/],
    ['an event after the date the text states', () => addText({ root, file: join(ROOT, 'content', 'originals', '002_b62a570b9a3f314f.txt'), story: 'probe-thema', event: 'vertrag-2024' }), /states the date 2023-09-15 \(„Sep 15, 2023 11:52 Europe\/Berlin“\), before the event "vertrag-2024" \(2024-06-19\)/],
    ['an id that is taken', () => addText({ root, file: CHROME_KINDS, story: 'probe-thema', id: 'probe' }), /the text id "probe" is taken: content\/articles\/probe\.md exists\. Choose another with --id <id>\./],
    ['an id that is not an id', () => addText({ root, file: CHROME_KINDS, story: 'probe-thema', id: 'Probe Text' }), /"Probe Text" is not a valid text id: use lowercase a-z, 0-9 and single hyphens/],
    ['an original already there under another name', () => addText({ root, file: input('kopie.txt', readFileSync(join(root, 'content/originals/probe.txt'))), story: 'probe-thema' }), /kopie\.txt is already in content\/originals\/ as probe\.txt/],
    ['an original name already taken by another text', () => addText({ root, file: input('probe.txt', readFileSync(CHROME_KINDS)), story: 'probe-thema' }), /content\/originals\/probe\.txt already exists \(with other contents\)/],
    ['a text with no headline', () => addText({ root, file: input('nur-chrome.txt', '2 Kommentare\nTeilen\nImpressum\n'), story: 'probe-thema' }), /nur-chrome\.txt: no headline found/],
    ['a page without an article', () => addText({ root, file: join(WRONG, 'kein-artikel.html'), story: 'probe-thema' }), /kein-artikel\.html: no article found on the page: Readability finds no running text/],
    ['a file that is neither a text nor a web page (a PDF)', () => addText({ root, file: join(WRONG, 'artikel.pdf'), story: 'probe-thema' }), /artikel\.pdf: not a text file or web page: it is a PDF document\. Add the article as a page saved from the browser \(\.html\) or as UTF-8 text \(\.txt\)/],
    ['a page that is not in the charset it declares (none: UTF-8)', () => addText({ root, file: join(WRONG, 'ohne-zeichensatz.html'), story: 'probe-thema' }), /ohne-zeichensatz\.html: the page is not valid utf-8 as it declares \(it declares no charset, so UTF-8 is assumed\)/],
  ];

  it.each(CASES)('%s', (_, run, message) => {
    const before = snapshot(root);
    expect(run).toThrow(AuthoringError);
    expect(run).toThrow(message);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a page already added under another name (the same bytes)', () => {
    addText({ root, file: input('radwege.html', readFileSync(PAGE)), story: 'probe-thema' });
    const before = snapshot(root);
    expect(() => addText({ root, file: input('radwege-kopie.html', readFileSync(PAGE)), story: 'probe-thema' })).toThrow(/radwege-kopie\.html is already in content\/originals\/ as radwege\.html/);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a proposed id that is taken, naming the option to choose another', () => {
    addText({ root, file: CHROME_KINDS, story: 'probe-thema' });
    const before = snapshot(root);
    const again = input('andere-datei.txt', `${readFileSync(CHROME_KINDS, 'utf8')}\nNoch eine Zeile.\n`);
    expect(() => addText({ root, file: again, story: 'probe-thema' })).toThrow(/the text id "probe-ueberschrift-vertrag-wird-unterzeichnet" is taken: .*It was proposed from the headline; choose another with --id <id>/);
    expect(snapshot(root)).toEqual(before);
  });
});

function run(cwd: string, ...args: string[]) {
  return runScript(cwd, 'text-add.ts', args);
}

describe('npm run text:add', () => {
  // npm runs a script in the project's root: the command is run in the scratch copy.
  const run = (...args: string[]) => runScript(root, 'text-add.ts', args);

  it('prints what it did and what is left to decide', () => {
    const result = run(CHROME_KINDS, '--story', 'probe-thema');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('wrote content/articles/probe-ueberschrift-vertrag-wird-unterzeichnet.md');
    expect(result.stdout).toContain('Dropped:   17 lines as website chrome:');
    expect(result.stdout).toContain('content/articles/probe-ueberschrift-vertrag-wird-unterzeichnet.md → event: one of gipfel-2023, vertrag-2024');
    expect(result.stdout).toContain('content/claims/probe-aussage.yaml → cells.probe-ueberschrift-vertrag-wird-unterzeichnet.status: reported (with quotes');
  });

  it('reads a relative path from where the editor typed the command', () => {
    const result = run(relative(root, CHROME_KINDS), '--story', 'probe-thema');
    expect(result.status).toBe(0);
    expect(readFileSync(join(root, 'content/originals/original.txt')).equals(readFileSync(CHROME_KINDS))).toBe(true);
  });

  it('refuses with status 1, says why and that nothing was written', () => {
    const before = snapshot(root);
    const result = run(CHROME_KINDS, '--story', 'gibt-es-nicht');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^text:add: nothing written\.\n {2}- unknown story "gibt-es-nicht"/);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a page without an article with status 1, says why and that nothing was written', () => {
    const before = snapshot(root);
    const result = run(join(WRONG, 'kein-artikel.html'), '--story', 'probe-thema');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^text:add: nothing written\.\n {2}- .*kein-artikel\.html: no article found on the page/);
    expect(snapshot(root)).toEqual(before);
  });

  it('explains its usage when the story is missing', () => {
    const result = run(CHROME_KINDS);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Usage: npm run text:add -- <file.txt or file.html> --story <story-id>');
  });
});
