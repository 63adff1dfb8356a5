/**
 * The site as it was with its first story: tests/fixtures/site/ holds a frozen
 * copy of content/ (the five texts, one story, 27 claims) and of
 * permalinks.txt. Tests that pin what those texts say (counts, ids, passages,
 * the feed's order, the review's figures) read this copy, or its build in
 * dist-fixture/, rather than content/: an editor adding or correcting content
 * must not break them. The content check and the generic page tests still run
 * on content/ and dist/.
 *
 * `npm test` builds it first (`npm run build:fixture`, this file): the real
 * `npm run build:test` on a copy of the project whose content/ is the
 * fixture's, moved to dist-fixture/. Node-only.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyProject, ROOT } from './project.ts';
import { TEST_SITE } from './site.ts';

/** The folder holding the frozen content/ (pass it where ROOT would be passed, e.g. to checkContent). */
export const SITE_FIXTURE = fileURLToPath(new URL('../fixtures/site/', import.meta.url));

/** Where `npm run build:fixture` puts the fixture's build. */
export const SITE_FIXTURE_DIST = join(ROOT, 'dist-fixture');

/** Builds the fixture site into dist-fixture/; throws with Astro's output if the build fails. */
export function buildSiteFixture(): void {
  const scratch = mkdtempSync(join(tmpdir(), 'nebeneinander-site-fixture-'));
  try {
    const dir = copyProject(scratch, 'site', SITE_FIXTURE);
    // The test build, with whatever package.json's build:test sets (the address, the operator's details).
    const result = spawnSync('npm', ['run', 'build:test'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    if (result.status !== 0) throw new Error(`The fixture site (tests/fixtures/site/) did not build:\n${result.stdout}\n${result.stderr}`);
    rmSync(SITE_FIXTURE_DIST, { recursive: true, force: true });
    try {
      renameSync(join(dir, 'dist'), SITE_FIXTURE_DIST);
    } catch {
      // another file system: copy instead
      cpSync(join(dir, 'dist'), SITE_FIXTURE_DIST, { recursive: true });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Stops a test file early, with the command to run, when the fixture site is not built. */
export function requireSiteFixtureBuild(): void {
  const robots = join(SITE_FIXTURE_DIST, 'robots.txt');
  if (!existsSync(robots) || !readFileSync(robots, 'utf8').includes(`Sitemap: ${TEST_SITE}/sitemap.xml`)) {
    throw new Error('dist-fixture/ is not built: run `npm run build:fixture` first (`npm test` does).');
  }
}

if (import.meta.main) {
  buildSiteFixture();
  console.log(`Built the fixture site (tests/fixtures/site/) into ${SITE_FIXTURE_DIST}.`);
}
