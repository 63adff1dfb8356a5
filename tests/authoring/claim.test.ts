/**
 * The claim scaffold and the cells a new text adds (src/authoring/claim.ts),
 * on the fixture project tests/fixtures/authoring/project: story probe-thema
 * with gipfel-2023 (2023-09-13) and vertrag-2024 (2024-06-19), its texts
 * gipfel-text (2023-09-13) and vertrag-text (2024-06-20), claims gipfel-ort
 * (order 3) and zusage (order 7, with comments); anderes-thema with one text
 * and one claim (order 50). 11 passages in all.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { addTextCells, planClaim, type NewText } from '../../src/authoring/claim.ts';
import { planTextCells, readProject, writeAll } from '../../src/authoring/project.ts';
import { copyFixture, removeCopies, FIXTURE, problemsOf } from '../support/authoring.ts';

afterAll(removeCopies);

const project = readProject(FIXTURE);
const story = project.stories.find((entry) => entry.id === 'probe-thema');
if (!story) throw new Error('fixture without probe-thema');

describe('readProject', () => {
  it('reads stories with event labels and dates, texts with passages numbered as the site does, claims with their source', () => {
    expect(story.events).toEqual([
      { id: 'gipfel-2023', label: 'Probe-Gipfel', date: new Date('2023-09-13') },
      { id: 'vertrag-2024', label: 'Probe-Vertrag', date: new Date('2024-06-19') },
    ]);
    const text = project.texts.find((entry) => entry.id === 'vertrag-text');
    expect(text?.passages.map((passage) => passage.id)).toEqual(['absatz-1', 'absatz-2', 'absatz-3', 'absatz-4', 'absatz-5']);
    expect(text?.passages[3]?.text).toBe('Der Vertrag ersetzt frühere Abkommen aus den Jahren 1961 und 2000.');
    expect(text?.published).toEqual(new Date('2024-06-20'));
    expect(project.claims.find((claim) => claim.id === 'zusage')?.source).toMatch(/^# Kims Zusage/);
    expect(project.problems).toEqual([]);
  });

  it('reads a half-done text (TODO date and event) without the content check, its date unknown', () => {
    const dir = copyFixture(FIXTURE);
    writeFileSync(
      join(dir, 'content/articles/halb.md'),
      "---\ntitle: Halb\npublished:\n  date: 'TODO: Tag'\nstory: probe-thema\nevent: 'TODO: Ereignis'\n---\n\nEin Absatz.\n",
    );
    const text = readProject(dir).texts.find((entry) => entry.id === 'halb');
    expect(text).toMatchObject({ story: 'probe-thema', published: undefined, title: 'Halb' });
    expect(text?.passages).toEqual([{ id: 'absatz-1', text: 'Ein Absatz.', caption: false }]);
  });
});

describe('planClaim', () => {
  const plan = planClaim({ story: 'probe-thema', id: 'abloesung', title: 'Der Vertrag ersetzt frühere Abkommen', event: 'vertrag-2024' }, project);
  if (!plan.ok) throw new Error(plan.errors.join('; '));
  const data = yaml.load(plan.source) as Record<string, unknown>;

  it('writes title, story, event, the next order, a TODO description and a TODO cell per text that could report it', () => {
    expect(plan.file).toBe('content/claims/abloesung.yaml');
    // Orders of probe-thema's claims: 3 and 7 (anderes-thema's 50 does not count).
    expect(data).toEqual({
      title: 'Der Vertrag ersetzt frühere Abkommen',
      story: 'probe-thema',
      event: 'vertrag-2024',
      order: 8,
      description: expect.stringMatching(/^TODO: /),
      cells: { 'vertrag-text': { status: expect.stringMatching(/^TODO: reported .* or not-mentioned$/) } },
    });
  });

  it('gives the text published before the event no cell, and says so', () => {
    expect(plan.source).toContain('# No cell: gipfel-text (published 2023-09-13, before vertrag-2024 on 2024-06-19).');
    expect(plan.source).toContain('derived from the dates, never written');
  });

  it('suggests the passage sharing the rarest words with the title, with score, words and text', () => {
    // Weighed among the 9 passages of probe-thema (anderes-thema's 2 do not count): "ersetzt",
    // "frühere", "Abkommen" are each in 1 of 9: 3 × ln(9) = 6.59; "Vertrag" is in 3 of 9 (more
    // than 20 %), so it weighs nothing.
    expect(plan.source).toContain(
      '    #   absatz-4 · 6.6: ersetzt, frühere, Abkommen · „Der Vertrag ersetzt frühere Abkommen aus den Jahren 1961 und 2000.“\n',
    );
    expect(plan.source.match(/#   absatz-/g)).toHaveLength(1);
  });

  it('without an event: a cell for every text of the story and a comment on leaving the event out', () => {
    const whole = planClaim({ story: 'probe-thema', id: 'ganz', title: 'Kim im Kosmodrom Wostotschny' }, project);
    if (!whole.ok) throw new Error(whole.errors.join('; '));
    const parsed = yaml.load(whole.source) as Record<string, unknown>;
    expect(parsed['event']).toBeUndefined();
    expect(Object.keys(parsed['cells'] as object)).toEqual(['gipfel-text', 'vertrag-text']);
    expect(whole.source).toContain('# Leave out for a claim about the whole story.');
  });

  it('with the title TODO: no suggestions, and says why', () => {
    const todo = planClaim({ story: 'probe-thema', id: 'offen' }, project);
    if (!todo.ok) throw new Error(todo.errors.join('; '));
    expect((yaml.load(todo.source) as { title: string }).title).toMatch(/^TODO: /);
    expect(todo.source).not.toContain('#   absatz-');
    expect(todo.source.match(/No passages suggested: the title is still TODO/g)).toHaveLength(2);
  });

  it('refuses an unknown story (listing them), an unknown event (listing the story’s), an invalid or taken id', () => {
    expect(planClaim({ story: 'nix', id: 'x' }, project)).toEqual({ ok: false, errors: ['unknown story "nix" (the stories: anderes-thema, probe-thema)'] });
    expect(planClaim({ story: 'probe-thema', id: 'x', event: 'wahl-2024' }, project)).toEqual({
      ok: false,
      errors: ['"wahl-2024" is not an event of the story "probe-thema" (its events: gipfel-2023, vertrag-2024)'],
    });
    expect(planClaim({ story: 'probe-thema', id: 'Zusage' }, project)).toMatchObject({ ok: false, errors: [expect.stringMatching(/^"Zusage" is not a valid claim id/)] });
    expect(planClaim({ story: 'probe-thema', id: 'zusage' }, project)).toEqual({
      ok: false,
      errors: ['the claim id "zusage" is taken: content/claims/zusage.yaml exists'],
    });
  });
});

describe('addTextCells', () => {
  const passages = [
    { id: 'absatz-1', text: 'Kim sagte Russland seine volle Unterstützung zu.' },
    { id: 'absatz-2', text: 'Der Zug fuhr nach Wladiwostok.' },
  ];
  const text = (published: Date | undefined): NewText => ({ id: 'neuer-text', title: 'Neu', story: 'probe-thema', published, passages });
  const claims = project.claims;
  const source = (id: string) => claims.find((claim) => claim.id === id)?.source ?? '';

  it('appends a TODO cell to each claim of the story whose event the text could report, keeping every byte', () => {
    const result = addTextCells({ text: text(new Date('2024-06-21')), story, claims, texts: project.texts });
    expect(result.updates.map((update) => update.id)).toEqual(['gipfel-ort', 'zusage']);
    expect(result.skipped).toEqual([]);
    const ort = result.updates[0]?.source ?? '';
    // Plain file: the old text, then the cell.
    expect(ort.startsWith(source('gipfel-ort'))).toBe(true);
    expect(ort.slice(source('gipfel-ort').length)).toMatch(/^ {2}neuer-text:\n {4}# „Neu“, published 2024-06-21\.\n(?: {4}#.*\n)* {4}status: 'TODO: [^']*'\n$/);
    // With comments: everything up to the column-0 comment, the cell, then that comment.
    const zusage = result.updates[1]?.source ?? '';
    const [before, after] = source('zusage').split('# Ende der Datei.');
    expect(zusage.startsWith(before ?? '')).toBe(true);
    expect(zusage.endsWith(`# Ende der Datei.${after}`)).toBe(true);
    expect((yaml.load(zusage) as { cells: object }).cells).toEqual({
      'vertrag-text': { status: 'reported', quotes: ['Kim sicherte Russland volle Unterstützung zu'] },
      'neuer-text': { status: expect.stringMatching(/^TODO: /) },
    });
  });

  it('suggests passages from the title, description and the other texts’ quotes', () => {
    const result = addTextCells({ text: text(new Date('2024-06-21')), story, claims, texts: project.texts });
    // zusage: "Unterstützung" is in the title, description and quote; with the new text's passages,
    // probe-thema has 11 (anderes-thema's 2 do not count), 2 of them with the word: ln(11/2) = 1.70.
    // "volle" only in the quote (half weight), in 2 of 11: 0.85. "zusagte" ≠ "sagte" (a stopword).
    // Sum 2.56 → 2.6.
    expect(result.updates[1]?.source).toContain('#   absatz-1 · 2.6: Unterstützung, volle · „Kim sagte Russland seine volle Unterstützung zu.“');
  });

  it('gives no cell where the claim’s event is after the text’s publication', () => {
    const result = addTextCells({ text: text(new Date('2024-01-01')), story, claims, texts: project.texts });
    expect(result.updates.map((update) => update.id)).toEqual(['gipfel-ort']);
    expect(result.skipped).toEqual([
      { id: 'zusage', file: 'content/claims/zusage.yaml', reason: "its event vertrag-2024 (2024-06-19) is after the text's publication: not applicable, derived" },
    ]);
  });

  it('with the publication date TODO: a cell in every claim, saying when to remove it', () => {
    const result = addTextCells({ text: text(undefined), story, claims, texts: project.texts });
    expect(result.updates.map((update) => update.id)).toEqual(['gipfel-ort', 'zusage']);
    expect(result.updates[1]?.source).toContain('# Its publication date is still TODO: remove this cell if it appeared before vertrag-2024 (2024-06-19).');
  });

  it('passes over a claim that has a cell for the text, and claims of other stories', () => {
    const result = addTextCells({ text: { ...text(new Date('2024-06-21')), id: 'vertrag-text' }, story, claims, texts: project.texts });
    expect(result.updates.map((update) => update.id)).toEqual([]);
    expect(result.skipped.map((entry) => entry.id)).toEqual(['gipfel-ort', 'zusage']);
  });

  it('refuses a claim that is not valid YAML, naming the file', () => {
    const broken = [...claims, { id: 'kaputt', file: 'content/claims/kaputt.yaml', source: 'story: [probe-thema\n', data: undefined }];
    expect(() => addTextCells({ text: text(new Date('2024-06-21')), story, claims: broken })).toThrow(/^content\/claims\/kaputt\.yaml: not valid YAML/);
  });

  it('through planTextCells and writeAll: the content check then asks only for the new cells (the cycle)', () => {
    const dir = copyFixture();
    writeFileSync(
      join(dir, 'content/articles/neuer-text.md'),
      [
        '---',
        'title: Neu',
        'shortTitle: Neu',
        'published:',
        '  date: 2024-06-21',
        '  basis: stated',
        "  asStated: '2024-06-21'",
        'headerLines: []',
        'byline: null',
        'story: probe-thema',
        'event: vertrag-2024',
        'cites: []',
        'summary: Ein neuer Probetext.',
        'original: neu.txt',
        '---',
        '',
        passages.map((passage) => passage.text).join('\n\n'),
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'content/originals/neu.txt'), 'Neu\n');
    const fresh = readProject(dir);
    const added = fresh.texts.find((entry) => entry.id === 'neuer-text');
    if (!added) throw new Error('neuer-text not read');
    const { writes } = planTextCells(fresh, { ...added, story: 'probe-thema' });
    writeAll(dir, writes);
    expect(problemsOf(dir)).toEqual([
      { file: 'content/claims/gipfel-ort.yaml', field: 'cells.neuer-text.status', message: expect.stringMatching(/^still to be decided/) },
      { file: 'content/claims/zusage.yaml', field: 'cells.neuer-text.status', message: expect.stringMatching(/^still to be decided/) },
    ]);
  });
});
