import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/markdown/pipeline.ts';

describe('rehype-passage-titles', () => {
  it('names every passage but headings for Pagefind sub-results', () => {
    const html = renderArticle('Erster Absatz.\n\n## Zwischentitel\n\n- Punkt\n\n:::figure{credit="AP"}\nBildunterschrift\n:::\n');
    expect(html).toContain('<p id="absatz-1" data-pagefind-title="Absatz 1">Erster Absatz.</p>');
    expect(html).toContain('<h2 id="absatz-2">Zwischentitel</h2>');
    expect(html).toContain('<li id="absatz-3" data-pagefind-title="Absatz 3">Punkt</li>');
    expect(html).toMatch(/<p class="bildunterschrift" id="absatz-4" data-pagefind-title="Absatz 4">Bildunterschrift<\/p>/);
    // The photo credit is not a passage, so it is no sub-result of its own.
    expect(html).toMatch(/<p class="bildnachweis">(?![^>]*data-pagefind-title)/);
  });
});
