/**
 * The review of „nicht erwähnt“ wired into the real build: `astro build` on a
 * copy of the project logs an unresolved flag as a warning naming the file and
 * the field, and with REVIEW_REPORT=1 (what `npm run review` sets) writes the
 * full report; without it, the report is no part of the site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, copyProject } from '../support/project.ts';

let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'review-build-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('astro build and the review of not-mentioned cells', () => {
  it('warns, naming file and field, when a flagged passage loses its reviewed entry; the report exists only on request', () => {
    const dir = copyProject(scratch, 'unresolved');
    const claim = 'content/claims/gemeinsame-front-westen.yaml';
    const path = join(dir, claim);
    // Drop the one reviewed entry of the dpa cell: its absatz-6 is flagged again.
    const text = readFileSync(path, 'utf8').replace(/\n {4}reviewed:\n {6}- passage: absatz-6\n {8}reason: .*/, '');
    expect(text).not.toContain('reviewed:');
    writeFileSync(path, text);
    const { status, output } = build(dir);
    expect(status).toBe(0);
    expect(output).toContain(`[nebeneinander:review] ${claim} → cells.strategische-partnerschaft: not-mentioned, but absatz-6 looks like the claim`);
    // Every flag but this one stays resolved (the counts follow the content).
    const [, flagged, resolved] = /\[nebeneinander:review\] \d+ not-mentioned cells checked, 20 skipped .*, (\d+) flagged, (\d+) resolved, 1 unresolved/.exec(output) ?? [];
    expect(Number(resolved)).toBe(Number(flagged) - 1);
    expect(existsSync(join(dir, 'dist/pruefbericht.txt'))).toBe(false);
  }, 120_000);

  it('writes the full report with REVIEW_REPORT=1', () => {
    const dir = copyProject(scratch, 'report');
    const { status } = build(dir, { REVIEW_REPORT: '1' });
    expect(status).toBe(0);
    const report = readFileSync(join(dir, 'dist/pruefbericht.txt'), 'utf8');
    expect(report).toMatch(/ (\d+) flagged, \1 resolved, 0 unresolved/);
    expect(report).toContain('resolved   content/claims/waffenlieferungen-vorwurf.yaml → cells.heiliger-kampf');
    expect(report).toContain('→ reviewed: Eine Vermutung („könnte … liefern“), kein Vorwurf erfolgter Lieferungen.');
    // Then the shared substance no claim quotes (src/review/shared.ts, on fixtures in tests/unit/review-shared.test.ts).
    expect(report).toMatch(/Shared substance no claim quotes yet[^\n]*\n\d+ pairs of passages compared/);
  }, 120_000);
});
