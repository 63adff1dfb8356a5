import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { indexedPages } from '../../src/integrations/pagefind.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/pagefind/${name}/`, import.meta.url));

describe('reading back the index Pagefind wrote', () => {
  it('counts the pages of every language in the entry file', () => {
    expect(indexedPages(fixture('ok'))).toBe(27);
  });

  it('counts nothing when no language was indexed', () => {
    expect(indexedPages(fixture('empty'))).toBe(0);
  });

  it('fails the build when there is no entry file, as after a killed indexer', () => {
    expect(() => indexedPages(fixture('missing'))).toThrow(/Pagefind wrote no index: .*pagefind-entry\.json is missing/);
  });
});
