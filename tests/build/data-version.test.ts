/**
 * The data version changes whenever published content changes, also without a
 * correction (src/export/data-version.ts): the build of content/ (dist/) and
 * that of the frozen site (dist-fixture/) name the same version exactly when
 * their content/ folders hold the same files. `.ci/run` runs the suite on a
 * copy with one more story too, where the two must differ.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { fixtureSite, readPage, ROOT } from './dist.ts';

const versionOn = (read: typeof readPage) => /Datenstand (\S+)/.exec(toString(select('footer.site-footer', read('/'))!))?.[1];

/** Every file below content/ with its bytes. */
const files = (root: string) =>
  Object.fromEntries(
    readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8', withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(root.length), readFileSync(path, 'latin1')];
      }),
  );

describe('the data version', () => {
  it('is the same for the same content and differs for other content', () => {
    const real = versionOn(readPage);
    const frozen = versionOn(fixtureSite.readPage);
    expect(real).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+\+[0-9a-f]{8}$/);
    expect(frozen).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+\+[0-9a-f]{8}$/);
    const same = JSON.stringify(files(ROOT)) === JSON.stringify(files(fixtureSite.ROOT));
    if (same) expect(real).toBe(frozen);
    else expect(real).not.toBe(frozen);
  });
});
