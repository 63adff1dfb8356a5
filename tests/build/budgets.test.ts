/**
 * Byte budgets of the built site, held on every build: a page that does not
 * search arrives in the first 14 KB (gzip, HTML plus everything it pulls in)
 * and runs no JavaScript. The search page has its own budgets, measured in a
 * browser by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { FIRST_LOAD_BUDGET, pageWeight } from '../../qa/page-weight.ts';
import { fileFor, pagePaths, readHtml } from './dist.ts';

/** Pages that load the search UI on purpose; everything else must stay script-free. */
const SEARCHES = (path: string) => path.startsWith('/suche/');

function fromDist(path: string): Buffer | undefined {
  const file = fileFor(path);
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
}

const pages = pagePaths().filter((path) => !SEARCHES(path));

describe('first load of every page that does not search', () => {
  it('covers the whole site', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(pages)(`%s fits in ${FIRST_LOAD_BUDGET} bytes gzip and runs no JavaScript`, (path) => {
    const weight = pageWeight(path, readHtml(path), fromDist);
    expect(weight.missing, 'assets the page asks for but the build lacks').toEqual([]);
    expect(weight.external, 'assets from other sites').toEqual([]);
    expect(weight.js).toEqual({ scripts: 0, bytes: 0, gzip: 0, handlers: 0 });
    expect(weight.gzip, weight.assets.map((a) => `${a.path} ${a.gzip} B`).join(', ')).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });
});
