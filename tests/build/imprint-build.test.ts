/**
 * A build for a public address refuses to start without the operator's
 * details for the imprint (src/site/operator.ts), naming the missing ones.
 * astro.config.mjs checks them before anything is built, so this costs a
 * second, and writes into a scratch folder only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_OPERATOR, TEST_SITE } from '../support/site.ts';
import { ROOT } from './dist.ts';

let out = '';
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'imprint-build-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a public build without the imprint details', () => {
  it('stops before building, naming SITE_ADDRESS and SITE_EMAIL when only SITE_OPERATOR is set', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL: TEST_SITE, SITE_OPERATOR: TEST_OPERATOR.SITE_OPERATOR, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
    delete env['SITE_ADDRESS'];
    delete env['SITE_EMAIL'];
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', join(out, 'dist')], { cwd: ROOT, env, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).toContain('Missing: SITE_ADDRESS (postal address, lines separated by commas), SITE_EMAIL (e-mail address for contact and error reports)');
    expect(output).not.toMatch(/Missing: SITE_OPERATOR/);
    expect(existsSync(join(out, 'dist', 'index.html'))).toBe(false);
  }, 60_000);
});
