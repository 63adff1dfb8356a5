/**
 * References to claims in our prose (`:aussage{#id}`, src/corpus/claim-refs.ts)
 * in the built site: no page, feed or export shows the syntax, and every
 * reference in a claim's description, notes and reasons is a link to the
 * referenced claim showing its current title. Derived from the content, so it
 * holds whatever the editors write.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { referenceLabel } from '../../src/corpus/claim-refs.ts';
import { checkContent } from '../support/content.ts';
import { DIST, distFiles, readPage, ROOT } from './dist.ts';

const corpus = checkContent(ROOT);

describe('claim references in the built site', () => {
  it('leave no :aussage{…} in any page, feed or download', () => {
    const files = distFiles().filter((file) => /\.(html|json|csv|xml|txt)$/.test(file));
    expect(files.length).toBeGreaterThan(10);
    const leaking = files.filter((file) => readFileSync(join(DIST, file), 'utf8').includes(':aussage{'));
    expect(leaking).toEqual([]);
  });

  it('link each reference in a claim’s prose to the claim, showing its current title', () => {
    const titleOf = new Map(corpus.claims.map((claim) => [claim.id, claim.data.title]));
    for (const claim of corpus.claims) {
      const prose = [claim.data.description, ...claim.cells.flatMap((cell) => [cell.note ?? '', ...(cell.status === 'not-mentioned' ? cell.reviewed.map((entry) => entry.reason) : [])])];
      const referenced = prose.flatMap((text) => (corpus.links.get(text) ?? []).flatMap((piece) => ('claim' in piece ? [piece.claim] : [])));
      if (referenced.length === 0) continue;
      const links = selectAll('main a', readPage(claim.url)).map((link) => [String(link.properties['href']), toString(link)]);
      for (const id of referenced) expect(links).toContainEqual([`/aussagen/${id}/`, referenceLabel(titleOf.get(id) ?? '')]);
    }
  });
});
