/**
 * `npm run check` (scripts/check.ts), the editors' check: every collection in
 * one run, then the review of „nicht erwähnt“; one line per problem,
 * `file → field: message`, no stack trace, status 1 if there is any.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyFixture, removeCopies, run } from '../support/authoring.ts';
import { SITE_FIXTURE } from '../support/site-fixture.ts';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const check = (dir: string) => run(dir, 'check.ts', []);
/** What a stack trace or an uncaught error would print. */
const TRACE = /^\s+at |Error:|Stack trace/m;

afterAll(removeCopies);

describe('npm run check', () => {
  it('passes valid content and says what it checked', () => {
    const { status, stdout, stderr } = check(fixture('content/valid'));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe('Content check: no problems in 1 story, 1 text and 1 claim.\nReview of „nicht erwähnt“: 0 cells checked, 0 flagged, all resolved.\n');
  });

  it('reports the problems of every collection in one run, one line each (tests/fixtures/check/broken)', () => {
    // A TODO left in the story, a missing field in the text and in the claim, a bad value in sources.yaml.
    const { status, stdout, stderr } = check(fixture('check/broken'));
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      'Content check: 4 problems (the review runs once they are fixed):',
      '  content/stories/probe-thema.yaml → summary: still to be decided (TODO: one German sentence); write the value and remove the marker',
      '  content/articles/probe.md → shortTitle: is required',
      '  content/claims/probe-aussage.yaml → title: is required',
      '  content/sources.yaml → dpa.kind: Invalid option: expected one of "agentur"|"medium"|"regierung"|"person"|"unbestimmt"',
      '',
    ]);
    expect(stderr).not.toMatch(TRACE);
  });

  it('runs the review and names each unresolved cell with its file and field', () => {
    const dir = copyFixture(SITE_FIXTURE);
    const claim = 'content/claims/gemeinsame-front-westen.yaml';
    // Drop the one reviewed entry of the dpa cell: its absatz-6 is flagged again (as in tests/build/review-build.test.ts).
    const text = readFileSync(join(dir, claim), 'utf8').replace(/\n {4}reviewed:\n {6}- passage: absatz-6\n {8}reason: .*/, '');
    expect(text).not.toContain('reviewed:');
    writeFileSync(join(dir, claim), text);
    const { status, stdout, stderr } = check(dir);
    expect(status).toBe(1);
    expect(stdout).toBe('Content check: no problems in 1 story, 5 texts and 31 claims.\n');
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('Review of „nicht erwähnt“: 1 cell to resolve (quote the passage, or list it under reviewed with the reason):');
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^ {2}content\/claims\/gemeinsame-front-westen\.yaml → cells\.strategische-partnerschaft: not-mentioned, but absatz-6 looks like the claim/)]);
    expect(stderr).not.toMatch(TRACE);
  });
});
