/**
 * `npm run story:add` and `npm run claim:add` end to end: each runs as npm
 * runs it (node with node_modules/.bin first on PATH, in the project folder)
 * on a scratch copy of tests/fixtures/authoring/project. A refused command
 * prints why and changes no file (the folder's snapshot before and after).
 * A scaffold is refused by the content check for its TODOs alone, and a
 * claim whose TODOs an editor fills in with a real quote passes it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planStory } from '../../src/authoring/story.ts';
import { copyFixture, removeCopies, problemsOf, run, snapshot } from '../support/authoring.ts';

afterAll(removeCopies);

/** Runs a command that must be refused: its message, and no file changed. */
function refused(script: string, args: readonly string[], prepare?: (dir: string) => void): string {
  const dir = copyFixture();
  prepare?.(dir);
  const before = snapshot(dir);
  const result = run(dir, script, args);
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(snapshot(dir)).toEqual(before);
  return result.stderr;
}

describe('npm run story:add', () => {
  it('writes the scaffold, prints what is left to decide, and the content check refuses it for its TODOs alone', () => {
    const dir = copyFixture();
    const result = run(dir, 'story-add.ts', ['neues-thema', '--title', 'Ein neues Thema', '--event', 'wahl-2025']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = 'content/stories/neues-thema.yaml';
    expect(result.stdout).toContain(`Wrote ${file}.`);
    expect(result.stdout).toContain(`  ${file} → events.0.date: the day it happened (YYYY-MM-DD), from the reference facts`);
    const problems = problemsOf(dir);
    // summary and five fields of the one event: everything but title and the given event id.
    expect(problems.map((problem) => problem.field)).toEqual(['summary', 'events.0.label', 'events.0.short', 'events.0.date', 'events.0.topic', 'events.0.description']);
    for (const problem of problems) {
      expect(problem.file).toBe(file);
      expect(problem.message).toMatch(/^still to be decided \(TODO: .+\); write the value and remove the marker$/);
    }
  });

  it('with no --event, the event id is TODO too', () => {
    const plan = planStory({ id: 'neu', title: 'Neu', events: [] }, []);
    if (!plan.ok) throw new Error(plan.errors.join('; '));
    expect(plan.source).toContain("  - id: 'TODO: an id for the event, e.g. gipfel-2023'\n");
  });

  it('refuses an invalid id', () => {
    expect(refused('story-add.ts', ['Neues_Thema', '--title', 'x'])).toContain('"Neues_Thema" is not a valid story id: use lowercase a-z, 0-9 and single hyphens');
  });

  it('refuses an id of digits only', () => {
    expect(refused('story-add.ts', ['2025', '--title', 'x'])).toContain('the story id "2025" is only digits: /themen/2025/ is a page of the story list; use a word');
  });

  it('refuses a taken id, also in another case', () => {
    expect(refused('story-add.ts', ['probe-thema', '--title', 'x'])).toContain('the story id "probe-thema" is taken: content/stories/probe-thema.yaml exists');
    const stderr = refused('story-add.ts', ['gross', '--title', 'x'], (dir) =>
      writeFileSync(join(dir, 'content/stories/Gross.yaml'), readFileSync(join(dir, 'content/stories/probe-thema.yaml'))),
    );
    expect(stderr).toContain('the story id "gross" is taken: content/stories/Gross.yaml exists');
  });

  it('refuses a missing title', () => {
    expect(refused('story-add.ts', ['neues-thema'])).toContain('a title is needed: --title "…"');
  });

  it('refuses an unknown option and a missing id, with the usage', () => {
    expect(refused('story-add.ts', ['neu', '--titel', 'x'])).toMatch(/Unknown option '--titel'[\s\S]*Usage: npm run story:add/);
    expect(refused('story-add.ts', ['--title', 'x'])).toContain('expected 1 argument before the options, got 0');
  });
});

describe('npm run claim:add', () => {
  it('writes the scaffold; filled in by an editor with a real quote, it passes the content check', () => {
    const dir = copyFixture();
    const result = run(dir, 'claim-add.ts', ['probe-thema', 'abloesung', '--title', 'Ablösung früherer Abkommen', '--event', 'vertrag-2024']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = 'content/claims/abloesung.yaml';
    expect(result.stdout).toContain(`Wrote ${file}, with a cell for vertrag-text.`);
    expect(result.stdout).toContain(`  ${file} → cells.vertrag-text.status: reported`);
    expect(problemsOf(dir)).toEqual([
      { file, field: 'description', message: expect.stringMatching(/^still to be decided/) },
      { file, field: 'cells.vertrag-text.status', message: expect.stringMatching(/^still to be decided/) },
    ]);
    // The editor: a description, and the suggested passage quoted.
    const source = readFileSync(join(dir, file), 'utf8');
    writeFileSync(
      join(dir, file),
      source
        .replace(/^description: .*$/m, "description: 'Der Text sagt, dass der Vertrag frühere Abkommen ersetzt.'")
        .replace(/^ {4}status: 'TODO: .*$/m, "    status: reported\n    quotes:\n      - 'Der Vertrag ersetzt frühere Abkommen'"),
    );
    expect(problemsOf(dir)).toEqual([]);
  });

  it('a quote the text does not have is still refused after filling in', () => {
    const dir = copyFixture();
    run(dir, 'claim-add.ts', ['probe-thema', 'abloesung', '--title', 'Abkommen', '--description', 'Der Vertrag ersetzt Abkommen.', '--event', 'vertrag-2024']);
    const file = join(dir, 'content/claims/abloesung.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {4}status: 'TODO: .*$/m, "    status: reported\n    quotes:\n      - 'ersetzt alle Abkommen'"));
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ file: 'content/claims/abloesung.yaml', field: 'cells.vertrag-text.quotes.0' })]);
  });

  it('refuses an unknown story, listing the stories', () => {
    expect(refused('claim-add.ts', ['nix', 'neu'])).toContain('unknown story "nix" (the stories: anderes-thema, probe-thema)');
  });

  it('refuses an unknown event, listing the story’s events', () => {
    expect(refused('claim-add.ts', ['probe-thema', 'neu', '--event', 'wahl-2024'])).toContain(
      '"wahl-2024" is not an event of the story "probe-thema" (its events: gipfel-2023, vertrag-2024)',
    );
  });

  it('refuses an invalid claim id', () => {
    expect(refused('claim-add.ts', ['probe-thema', 'neu--x'])).toContain('"neu--x" is not a valid claim id');
  });

  it('refuses a taken claim id', () => {
    expect(refused('claim-add.ts', ['probe-thema', 'zusage'])).toContain('the claim id "zusage" is taken: content/claims/zusage.yaml exists');
  });

  it('works while another text is half done: its cell says its date is still TODO', () => {
    const dir = copyFixture();
    writeFileSync(
      join(dir, 'content/articles/halb.md'),
      "---\ntitle: Halb\npublished:\n  date: 'TODO: Tag'\nstory: probe-thema\nevent: 'TODO: Ereignis'\n---\n\nEin Absatz.\n",
    );
    const result = run(dir, 'claim-add.ts', ['probe-thema', 'neu', '--title', 'Ein Absatz', '--event', 'vertrag-2024']);
    expect(result.status).toBe(0);
    const source = readFileSync(join(dir, 'content/claims/neu.yaml'), 'utf8');
    expect(source).toContain('  halb:\n    # „Halb“, publication date still TODO.\n    # Its publication date is still TODO: remove this cell if it appeared before vertrag-2024 (2024-06-19).\n');
  });
});
