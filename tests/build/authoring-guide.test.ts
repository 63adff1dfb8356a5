/**
 * The editors' guide's example (docs/authoring.md, „A real example, start to finish“), replayed:
 * on a copy of the site with an empty content/, story:add, text:add for two
 * of the five texts and claim:add, each followed by the editor's decisions
 * (the values the committed content holds), then the content check and
 * `astro build`. If the commands or their output change, the guide must too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { checkContent } from '../support/content.ts';
import { run } from '../support/authoring.ts';
import { build, copyProject, edit, ROOT } from '../support/project.ts';

const STORY = 'content/stories/russland-nordkorea.yaml';
const CLAIM = 'content/claims/gipfel-wostotschny-2023.yaml';
/** The texts as received; byte for byte the seeds in ../shared/seeds/. */
const seed = (name: string) => join(ROOT, 'content', 'originals', name);

let scratch = '';
let dir = '';
const outputs: Record<string, { status: number | null; stdout: string; stderr: string }> = {};

const command = (name: string, ...args: string[]) => run(dir, `${name}.ts`, args);

/** What the content holds now: the value an editor writes in place of a TODO. */
const committed = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const line = (text: string, key: string) => text.match(new RegExp(`^${key}: .*$`, 'm'))![0];
const block = (text: string, key: string) => text.match(new RegExp(`^${key}:\\n(?: {2}.*\\n)+`, 'm'))![0];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'authoring-guide-'));
  dir = copyProject(scratch, 'site');
  rmSync(join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'permalinks.txt'), '');

  // 1. Ein Thema anlegen.
  outputs['story'] = command('story-add', 'russland-nordkorea', '--event', 'gipfel-2023', '--event', 'vertrag-2024', '--title', 'Russland und Nordkorea: vom Gipfel in Wostotschny zum Vertrag von Pjöngjang');
  const story = committed(STORY);
  edit(dir, STORY, (text) => {
    let next = text.replace(/^summary: 'TODO.*$/m, line(story, 'summary'));
    for (const key of ['label', 'short', 'date', 'topic', 'description']) {
      const values = [...story.matchAll(new RegExp(`^ {4}${key}: .*$`, 'gm'))].map((match) => match[0]);
      for (const value of values) next = next.replace(new RegExp(`^ {4}${key}: 'TODO.*$`, 'm'), value);
    }
    return next;
  });

  // 2. Einen Text hinzufügen, twice.
  outputs['einladung'] = command('text-add', seed('002_b62a570b9a3f314f.txt'), '--story', 'russland-nordkorea', '--event', 'gipfel-2023', '--id', 'einladung-nordkorea');
  outputs['heiliger-kampf'] = command('text-add', seed('003_bd99e8aacd7abec1.txt'), '--story', 'russland-nordkorea', '--event', 'gipfel-2023', '--id', 'heiliger-kampf');
  // Whom each text cites: the sources go into content/sources.yaml, the attributions replace the scaffold.
  writeFileSync(join(dir, 'content/sources.yaml'), committed('content/sources.yaml'));
  for (const id of ['einladung-nordkorea', 'heiliger-kampf']) {
    const file = `content/articles/${id}.md`;
    writeFileSync(join(dir, `content/attributions/${id}.yaml`), committed(`content/attributions/${id}.yaml`));
    const text = committed(file);
    edit(dir, file, (draft) => {
      let next = draft
        .replace(/^shortTitle: 'TODO.*$/m, line(text, 'shortTitle'))
        .replace(/^cites:\n {2}- 'TODO.*$/m, block(text, 'cites').trimEnd())
        .replace(/^summary: 'TODO.*$/m, line(text, 'summary'));
      if (next.includes("date: 'TODO")) next = next.replace(/^published:\n(?: {2}.*\n)+/m, block(text, 'published'));
      return next;
    });
  }

  // 3. Eine Aussage anlegen.
  outputs['claim'] = command('claim-add', 'russland-nordkorea', 'gipfel-wostotschny-2023', '--title', 'Gipfeltreffen im Kosmodrom Wostotschny 2023', '--event', 'gipfel-2023');
  const claim = committed(CLAIM);
  const quote = (article: string) => claim.match(new RegExp(`^ {2}${article}:\\n {4}status: reported\\n {4}quotes:\\n {6}- (.*)$`, 'm'))![1];
  edit(dir, CLAIM, (text) =>
    text
      .replace(/^description: 'TODO.*$/m, line(claim, 'description'))
      .replace(/( {2}einladung-nordkorea:\n(?: {4}#.*\n)*) {4}status: 'TODO.*'/, `$1    status: reported\n    quotes:\n      - ${quote('einladung-nordkorea')}`)
      .replace(/( {2}heiliger-kampf:\n(?: {4}#.*\n)*) {4}status: 'TODO.*'/, `$1    status: reported\n    quotes:\n      - ${quote('heiliger-kampf')}`),
  );
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const todoLines = (stdout: string) => stdout.split('\n').filter((entry) => /^ {2}content\/.* → /.test(entry));

describe('the authoring guide, replayed', () => {
  it('story:add leaves the 11 values of the story to decide', () => {
    expect(outputs['story']!.status).toBe(0);
    expect(todoLines(outputs['story']!.stdout)).toHaveLength(11);
  });

  it('text:add prints what the guide shows for the Einladung text', () => {
    const { status, stdout } = outputs['einladung']!;
    expect(status).toBe(0);
    expect(stdout).toContain('Date:      2023-09-15 (stated: „Sep 15, 2023 11:52 Europe/Berlin“)');
    expect(stdout).toContain('Body:      14 paragraphs, 0 subheadings, 0 list items, 0 photo captions');
    expect(stdout).toContain('Every one of the 17 non-empty lines of the original is in the headline, the header, the body or the dropped lines.');
    expect(stdout).toContain('Claims:    no claim of the story needs a cell for "einladung-nordkorea"');
    expect(todoLines(stdout)).toEqual([
      '  content/articles/einladung-nordkorea.md → shortTitle: short name for tables (the headline has 72 characters)',
      '  content/articles/einladung-nordkorea.md → cites.0: the sources the text names',
      '  content/articles/einladung-nordkorea.md → summary: one neutral sentence on what the text reports',
      '  content/attributions/einladung-nordkorea.yaml → sources.0.source: a key of content/sources.yaml',
      '  content/attributions/einladung-nordkorea.yaml → sources.0.form: zitat | wiedergabe | quelle (quoted, reported speech, named as the origin)',
      '  content/attributions/einladung-nordkorea.yaml → sources.0.quotes.0: the attribution, copied from one passage',
    ]);
  });

  it('text:add leaves the undated text its date and evidence to decide, and lists the passages that name a day', () => {
    expect(todoLines(outputs['heiliger-kampf']!.stdout).map((entry) => entry.split(' → ')[1]!.split(':')[0])).toEqual([
      'shortTitle',
      'published.date',
      'published.evidence',
      'cites.0',
      'summary',
      'sources.0.source',
      'sources.0.form',
      'sources.0.quotes.0',
    ]);
  });

  it('claim:add suggests for both texts the passage the published claim quotes', () => {
    const { status, stdout } = outputs['claim']!;
    expect(status).toBe(0);
    expect(todoLines(stdout)).toHaveLength(3);
    // Both committed quotes stand in absatz-2 of their text: it is the first passage suggested under each cell.
    const written = readFileSync(join(dir, CLAIM), 'utf8');
    for (const article of ['einladung-nordkorea', 'heiliger-kampf']) {
      const cell = written.slice(written.indexOf(`  ${article}:\n`));
      expect(cell.match(/^ {4}# {3}(absatz-\d+) · /m)?.[1]).toBe('absatz-2');
    }
  });

  it('leaves 28 decisions in all, as the guide says', () => {
    expect(['story', 'einladung', 'heiliger-kampf', 'claim'].reduce((sum, key) => sum + todoLines(outputs[key]!.stdout).length, 0)).toBe(28);
  });

  it('passes the content check and builds once they are made', () => {
    const corpus = checkContent(dir);
    expect(corpus.claims[0]!.cells.map((cell) => [cell.article, cell.status, cell.quotes[0]?.passage])).toEqual([
      ['heiliger-kampf', 'reported', 'absatz-2'],
      ['einladung-nordkorea', 'reported', 'absatz-2'],
    ]);
    const { status, output } = build(dir);
    expect(output).not.toMatch(/Content check failed/);
    expect(status).toBe(0);
    const article = parseFrontmatter(readFileSync(join(dir, 'content/articles/heiliger-kampf.md'), 'utf8')).frontmatter as { published: { date: Date } };
    expect(article.published.date).toEqual(new Date('2023-09-13T00:00:00Z'));
    expect(readFileSync(join(dir, 'dist/aussagen/gipfel-wostotschny-2023/index.html'), 'utf8')).toContain('Raumfahrtzentrum Wostotschny');
  }, 120_000);
});
