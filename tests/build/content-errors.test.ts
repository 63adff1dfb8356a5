/**
 * Bad content stops the real build with the file, the field and the line:
 * the loaders of src/content.config.ts (per entry) and the corpus (across
 * entries), run by `astro build` on a copy of the project with broken files.
 * The unit tests cover every case on fixtures (tests/unit/content-check.test.ts);
 * this one holds Astro's wiring, including the line-true Markdown body, to the
 * same messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, copyProject, edit, ROOT } from '../support/project.ts';

let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'content-errors-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('astro build on bad content', () => {
  it('stops at loading, listing every broken entry of a collection with file, field and file line, and every TODO', () => {
    const dir = copyProject(scratch, 'load');
    const article = 'content/articles/heiliger-kampf.md';
    const lines = readFileSync(join(ROOT, article), 'utf8').split('\n');
    // The file has lines.length - 1 lines (it ends with a newline); we add a blank line, then the tag.
    const tagLine = lines.length + 1;
    edit(dir, article, (text) => `${text}\n<b>fett</b>\n`);
    edit(dir, 'content/articles/partnerschaftsvertrag.md', (text) => text.replace(/^shortTitle: .*\n/m, ''));
    // What text:add leaves for the editor (src/schemas/todo.ts).
    edit(dir, 'content/articles/einladung-nordkorea.md', (text) => text.replace(/^summary: .*$/m, "summary: 'TODO: one neutral sentence on what the text reports'"));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${article} → body: raw HTML on line ${tagLine}: <b>;`);
    expect(output).toContain('content/articles/partnerschaftsvertrag.md → shortTitle: is required');
    expect(output).toContain(
      'content/articles/einladung-nordkorea.md → summary: still to be decided (TODO: one neutral sentence on what the text reports); write the value and remove the marker',
    );
    // One line per problem, as `npm run check` prints them, and no stack trace into our loaders.
    expect(output).not.toMatch(/Stack trace|^\s+at |src\/loaders\//m);
  }, 120_000);

  it('stops when the corpus is derived, naming the claim, the cell and the line of a bad directive', () => {
    const dir = copyProject(scratch, 'corpus');
    const article = 'content/articles/einladung-nordkorea.md';
    const lines = readFileSync(join(ROOT, article), 'utf8').split('\n');
    // As above: a blank line after the file's last line, then the directive.
    const directiveLine = lines.length + 1;
    edit(dir, article, (text) => `${text}\n:::notiz\nx\n:::\n`);
    // The first line of a `quotes` list (not of a `reviewed` list, whose items are objects).
    edit(dir, 'content/claims/beistandsklausel.yaml', (text) => text.replace(/^(\s+quotes:\n\s+- )(["'“„]?)(.)/m, '$1$2ERFUNDEN $3'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${article} → body: line ${directiveLine}: Unknown block ":::notiz"`);
    expect(output).toMatch(/content\/claims\/beistandsklausel\.yaml → cells\.[a-z-]+\.quotes\.0: quote not found in content\/articles\/[a-z-]+\.md: "ERFUNDEN/);
    expect(output).not.toMatch(/Stack trace|^\s+at |src\/corpus\//m);
  }, 120_000);
});
