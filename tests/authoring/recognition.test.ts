/**
 * text:add on labelled fixtures of German websites (tests/fixtures/authoring/recognition/,
 * scored by bench/recognition.ts): the invariants hold on every fixture (every
 * line one place, nothing lost, every decision given), every article line is
 * kept and every headline found; the share of website lines kept out has a
 * floor. Pages saved from the browser are decoded by the charset they declare
 * and give headline, date and author from their data, saying where from.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures, RECOGNITION_FIXTURES, score, SETS, totals } from '../../bench/recognition.ts';
import { readPage } from '../../src/authoring/html-page.ts';
import { declaredCharset, decodePage, pageText } from '../../src/text/page-text.ts';

const all = fixtures().map((fixture) => ({ fixture, result: score(fixture) }));
const page = (set: string, name: string) => readPage(readFileSync(join(RECOGNITION_FIXTURES, set, name, 'original.html')));

describe('the labelled fixtures', () => {
  it('cover at least twelve styles of website, plain texts and pages, with a held-out set', () => {
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(all.filter(({ fixture }) => fixture.kind === 'text').length).toBeGreaterThanOrEqual(6);
    expect(all.filter(({ fixture }) => fixture.kind === 'page').length).toBeGreaterThanOrEqual(6);
    for (const set of SETS) expect(all.some(({ fixture }) => fixture.set === set)).toBe(true);
  });

  it.each(all.map(({ fixture, result }) => [`${fixture.set}/${fixture.name}`, fixture, result] as const))('%s: labels name lines of the original', (_, fixture, result) => {
    expect(result.unknownLabels).toEqual([]);
    expect(result.text.split('\n').map((line) => line.trim())).toContain(fixture.labels.headline);
  });
});

describe.each(all.map(({ fixture, result }) => [`${fixture.set}/${fixture.name}`, result] as const))('text:add on %s', (_, result) => {
  const { draft, text } = result;

  it('gives every non-empty line exactly one place, in order', () => {
    const lines = text.split(/\r?\n|\r/).flatMap((line, index) => (line.trim() ? [[index + 1, line.trim()] as const] : []));
    expect(draft.fates.map((fate) => [fate.line, fate.text])).toEqual(lines);
  });

  it('gives every dropped line its reason, and lists the lines kept in doubt among the kept', () => {
    for (const fate of draft.fates.filter((entry) => entry.fate === 'dropped')) expect(fate.reason).toMatch(/^[A-ZÄÖÜ„].+\.$/);
    expect(draft.dropped.map((entry) => entry.line)).toEqual(draft.fates.filter((entry) => entry.fate === 'dropped').map((entry) => entry.text));
    const kept = new Map(draft.fates.filter((entry) => entry.fate !== 'dropped').map((entry) => [entry.line, entry.text]));
    for (const doubt of draft.doubts) expect(kept.get(doubt.line)).toBe(doubt.text);
  });

  it('keeps every article line', () => {
    expect(result.wrong.filter((entry) => entry.label === 'article')).toEqual([]);
    expect(result.articleKept).toBe(result.article);
  });
});

// The held-out set is reported by the bench (headlines included), not held here beyond the invariants,
// every article line, and a floor.
describe.each(all.filter(({ fixture }) => fixture.set === 'tuning').map(({ fixture, result }) => [fixture.name, fixture, result] as const))('text:add on tuning/%s', (_, fixture, result) => {
  it('finds the headline', () => {
    expect(result.draft.title).toBe(fixture.labels.headline);
  });
});

describe('website lines kept out', () => {
  // Quality floors, not the measurement: `npm run bench -- --only=recognition` reports the figures.
  // The goal (95 %) on the fixtures the rules were written against; a lower floor on the held-out set,
  // where a new, unseen round may well show misses (bench/recognition.ts, HELD_OUT_ROUNDS).
  it.each([['tuning', 0.95], ['held-out', 0.85]] as const)('%s: at least %s of the website lines are dropped', (set, floor) => {
    const t = totals(all.filter(({ fixture }) => fixture.set === set).map(({ result }) => result));
    expect(t.websiteKeptOut / t.website).toBeGreaterThanOrEqual(floor);
  });
});

describe('pages saved from the browser', () => {
  it('decodes a page by the charset it declares: ISO-8859-1 in <meta http-equiv>, windows-1252 in <meta charset>', () => {
    const latin1 = readFileSync(join(RECOGNITION_FIXTURES, 'tuning', 'h-latin1', 'original.html'));
    expect(declaredCharset(latin1)).toBe('iso-8859-1');
    // The bytes are not UTF-8: read as UTF-8 the umlauts would break.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(latin1)).toThrow();
    const text = pageText(decodePage(latin1).html);
    expect(text).toContain('Die Umleitung führt über die Kreisstraße nach Grünbach.');
    expect(text).toContain('„Die Sicherheit geht vor“, sagte er.');
    const cp1252 = readFileSync(join(RECOGNITION_FIXTURES, 'tuning', 'h-verband-cp1252', 'original.html'));
    expect(declaredCharset(cp1252)).toBe('windows-1252');
    expect(pageText(decodePage(cp1252).html)).toContain('Kreisverband wählt neuen Vorstand');
  });

  it('shows the page as text, not markup: no tags, scripts or styles', () => {
    const text = page('tuning', 'h-nachrichtenportal').text;
    expect(text).not.toMatch(/<\/?[a-z]+[\s>]|dataLayer|font-family/);
    expect(text).toContain('Startseite > Lokales > Verkehr');
  });

  it('takes headline, date and author from the page’s data, each as stated and saying where', () => {
    const portal = page('tuning', 'h-nachrichtenportal');
    expect(portal.found).toEqual({ title: '<h1>', published: '<meta property="article:published_time">', byline: '<meta name="author">' });
    expect(portal.hints.published).toEqual({
      date: { date: '2025-03-12', asStated: '2025-03-12T09:30:00+01:00', withTime: true },
      fact: 'Datum der Veröffentlichung, in den Daten der Seite (<meta property="article:published_time">)',
    });
    expect(portal.hints.byline).toEqual({ name: 'Erika Beispiel', fact: 'Autor, in den Daten der Seite (<meta name="author">)' });

    const agency = page('tuning', 'h-agentur-jsonld');
    expect(agency.found).toEqual({ title: '<h1>', published: 'JSON-LD datePublished', byline: 'JSON-LD author' });
    expect(agency.hints.published?.date).toEqual({ date: '2025-08-19', asStated: '2025-08-19T06:15:00+02:00', withTime: true });
    expect(agency.hints.byline?.name).toBe('Paul Fiktiv');

    // The date in <time datetime> only; the author a profile URL in article:author, which is no name.
    const radio = page('tuning', 'h-rundfunk');
    expect(radio.found.published).toBe('<time datetime>');
    expect(radio.hints.published?.date.date).toBe('2025-10-02');
    const blog = page('tuning', 'h-blog');
    expect(blog.hints.byline).toBeUndefined();

    // No <h1>: the headline is og:title where it is a line of the page.
    expect(page('tuning', 'h-verband-cp1252').found.title).toBe('<meta property="og:title">');
  });

  it('keeps what the markup says a line is: subheadings, list items, captions', () => {
    const blog = score(fixtures().find((fixture) => fixture.name === 'h-blog')!).draft;
    expect(blog.blocks.filter((block) => block.type === 'heading').map((block) => block.type === 'heading' && block.text)).toEqual(['Reifen und Licht', 'Was ich mir von der Stadt wünsche']);
    expect(blog.blocks.find((block) => block.type === 'list')).toMatchObject({ items: [{ text: 'Radwege, die genauso früh geräumt werden wie die Straßen.' }, {}, {}] });
    const portal = score(fixtures().find((fixture) => fixture.name === 'h-nachrichtenportal')!).draft;
    expect(portal.blocks.find((block) => block.type === 'figure')).toMatchObject({ caption: 'Radfahrende auf der Bahnhofstraße. Foto: Max Platzhalter' });
  });
});
