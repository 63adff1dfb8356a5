/**
 * The story `.ci/run` adds to a copy of the project (tests/fixtures/extra-story/,
 * tests/support/extra-story.ts), checked here without a build so that a change
 * to the commands that the fixture's decisions no longer fit shows in
 * `npm test`, not only in CI: the commands accept it, every TODO is decided,
 * the editor's corrections apply, and the content check passes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { copyFixture, problemsOf, removeCopies } from '../support/authoring.ts';
import { checkContent } from '../support/content.ts';
import { addExtraStory, EXTRA_STORY } from '../support/extra-story.ts';
import { SITE_FIXTURE } from '../support/site-fixture.ts';

afterAll(removeCopies);

describe('the extra story of .ci/run', () => {
  // On the frozen site: content/ may hold the story already (in the copy .ci/run tests).
  const dir = copyFixture(SITE_FIXTURE);
  const before = checkContent(dir);
  addExtraStory(dir);

  it('passes the content check once the decisions are written', () => {
    expect(problemsOf(dir)).toEqual([]);
  });

  it('adds one story with its texts and claim, and leaves the other stories as they were', () => {
    const after = checkContent(dir);
    expect(after.stories.map((story) => story.id).sort()).toEqual([...before.stories.map((story) => story.id), 'probe-bruecke'].sort());
    const story = after.stories.find((entry) => entry.id === 'probe-bruecke')!;
    expect(story.articles.map((article) => article.id).sort()).toEqual(['bruecke-gesperrt', 'letzte-faehre', 'neue-bruecke']);
    expect(story.claims.map((claim) => claim.id)).toEqual(['baukosten']);
    for (const old of before.stories) {
      expect(after.stories.find((entry) => entry.id === old.id)?.articles.map((article) => article.id)).toEqual(old.articles.map((article) => article.id));
    }
  });

  it('takes the lines the editor moved out of the body out of it, into the dropped lines', () => {
    const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, 'content/articles/letzte-faehre.md'), 'utf8'));
    const dropped = (frontmatter as { dropped: { line: string }[] }).dropped.map((entry) => entry.line);
    for (const line of ['Startseite > Region > Probestadt', 'Neues Freibad öffnet im Juni', 'Stadtfest mit Rekordbesuch', 'Kommentare (3)']) {
      expect(dropped).toContain(line);
      expect(content).not.toContain(line);
    }
    expect((frontmatter as { title: string }).title).toBe('Letzte Fahrt der Fähre am Probefluss');
  });

  it('keeps the page saved from the browser byte for byte, decoded by its charset for the draft', () => {
    const page = readFileSync(join(EXTRA_STORY, 'sperrung.html'));
    expect(readFileSync(join(dir, 'content/originals/sperrung.html')).equals(page)).toBe(true);
    // ISO-8859-1 on disk: „ü“ is one byte there, and the draft reads it as „ü“.
    expect(page.includes(Buffer.from('Br\xfccke', 'latin1'))).toBe(true);
    const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, 'content/articles/bruecke-gesperrt.md'), 'utf8'));
    expect((frontmatter as { title: string }).title).toBe('Brücke über die Aue wird für drei Monate gesperrt');
    expect(content).toContain('Die Brücke über die Aue zwischen Oberweiler und Unterweiler');
    expect((frontmatter as { dropped: { line: string }[] }).dropped.map((entry) => entry.line)).toContain('Hans Fiktiv');
    expect(content).not.toContain('Hans Fiktiv');
  });
});
