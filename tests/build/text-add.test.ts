/**
 * A text added with `npm run text:add` is held to the same fidelity test as
 * the five (tests/support/fidelity.ts): on a copy of the project, the command
 * adds a text with every kind of chrome, an editor's decisions replace its
 * TODO values, `astro build` runs, and every line of the original is on the
 * new article page or in its list of dropped lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { fidelity } from '../support/fidelity.ts';
import { run } from '../support/authoring.ts';
import { build, copyProject, edit } from '../support/project.ts';
import { SITE_FIXTURE } from '../support/site-fixture.ts';

const ORIGINAL = fileURLToPath(new URL('../fixtures/authoring/chrome-kinds/original.txt', import.meta.url));
const ID = 'probe-ueberschrift-vertrag-wird-unterzeichnet';
const ARTICLE = `content/articles/${ID}.md`;

let scratch = '';
let dir = '';
let added: { status: number | null; stdout: string };
let built: { status: number | null; output: string };

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'text-add-build-'));
  // The site as committed with its first story (tests/fixtures/site/): its 27 claims are counted below.
  dir = copyProject(scratch, 'site', SITE_FIXTURE);
  added = run(dir, 'text-add.ts', [ORIGINAL, '--story', 'russland-nordkorea', '--event', 'vertrag-2024']);
  // The editor's decisions.
  edit(dir, ARTICLE, (text) =>
    text
      .replace(/^shortTitle: 'TODO.*$/m, "shortTitle: 'Probe'")
      .replace(/^cites:\n {2}- 'TODO.*$/m, 'cites: []')
      .replace(/^summary: 'TODO.*$/m, "summary: 'Ein Probetext für den Test von text:add.'"),
  );
  // Whom the text cites: a source the site knows, quoted in the text's words.
  edit(dir, `content/attributions/${ID}.yaml`, (text) =>
    text
      .replace("source: 'TODO: a key of content/sources.yaml'", 'source: dpa')
      .replace(/form: 'TODO[^']*'/, 'form: quelle')
      .replace("- 'TODO: the attribution, copied from one passage'", "- '(dpa)'"),
  );
  for (const claim of readdirSync(join(dir, 'content/claims'))) {
    edit(dir, `content/claims/${claim}`, (text) => text.replace(/status: 'TODO[^']*'/, 'status: not-mentioned'));
  }
  built = build(dir);
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a text added with text:add, built', () => {
  it('was added, with a cell in the claims of its story', () => {
    expect(added.status).toBe(0);
    // Every claim of the story, since the text (dated 2024-06-20) appeared after both events.
    const claims = readdirSync(join(SITE_FIXTURE, 'content/claims')).length;
    expect(added.stdout).toContain(`a TODO cell for "probe-ueberschrift-vertrag-wird-unterzeichnet" in ${claims} claims of the story`);
  });

  it('builds', () => {
    expect(built.output).not.toMatch(/Content check failed/);
    expect(built.status).toBe(0);
  });

  it('shows every line of the original on its page, or lists it as dropped and shows it there', () => {
    const frontmatter = parseFrontmatter(readFileSync(join(dir, ARTICLE), 'utf8')).frontmatter as { dropped: { line: string }[] };
    const page = fromHtml(readFileSync(join(dir, 'dist', 'artikel', ID, 'index.html'), 'utf8'));
    const result = fidelity(page, readFileSync(ORIGINAL, 'utf8'), frontmatter.dropped.map((entry) => entry.line));
    expect(result.lines).toHaveLength(34);
    expect(frontmatter.dropped).toHaveLength(17);
    expect(result.missing).toEqual([]);
    expect(result.disclosure).toBe(true);
    expect(result.droppedNotInOriginal).toEqual([]);
    expect(result.droppedNotShown).toEqual([]);
  });
});
