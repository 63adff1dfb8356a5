/**
 * What a first visit reads (issue 14), on the built pages: the claims table
 * with a first quote per cell, quote marks that hold their words with one
 * control per marked place, permalinks for passages and quotes, typography
 * (no doubled quotation marks, no raw ids read aloud, soft hyphens in narrow
 * headers) and article pages that open with the text.
 */
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { checkContent } from '../support/content.ts';
import { normalizeWhitespace } from '../../src/text/quote-match.ts';
import { SOFT_HYPHEN } from '../../src/site/hyphenate.ts';
import { pagePaths, readPage, ROOT } from './dist.ts';

const corpus = checkContent(ROOT);
const pages = pagePaths();
const words = (node: Root | Element) => normalizeWhitespace(toString(node)).replaceAll(SOFT_HYPHEN, '');
const classes = (node: Element) => (Array.isArray(node.properties['className']) ? node.properties['className'].map(String) : []);

/** Every claim with the page of its story's matrix that shows it (a large story's matrix runs over pages). */
function claimsOnTheirStoryPage() {
  return corpus.stories.flatMap((story) => {
    const matrixPages = pages.filter((path) => path === `/themen/${story.id}/` || path.startsWith(`/themen/${story.id}/aussagen/`)).map((path) => readPage(path));
    return story.claims.map((claim) => ({ claim, page: matrixPages.find((candidate) => select(`tr#${claim.id}`, candidate) !== undefined) ?? matrixPages[0]! }));
  });
}

describe('the claims table on a story page', () => {
  const page = readPage('/themen/russland-nordkorea/');

  it('is titled by a heading (no caption), comes before the list of texts, and sits in no box of its own', () => {
    expect(select('caption', page)).toBeUndefined();
    const table = select('.matrix table', page)!;
    const titleId = String((table.properties['ariaLabelledBy'] as string[])[0]);
    const story = corpus.stories.find((candidate) => candidate.id === 'russland-nordkorea')!;
    expect(words(select(`.matrix-titel#${titleId}`, page)!)).toBe(`Aussagen × Texte (${story.claims.length} Aussagen, ${story.articles.length} Texte)`);
    expect(select('.matrix-box, .matrix [tabindex]', page)).toBeUndefined();
    // Readers come for the matrix (issue 23): it precedes the texts, which follow grouped by event.
    const order = selectAll('.matrix, #texte', page);
    expect(order.map((node) => (node.tagName === 'div' ? 'matrix' : 'texte'))).toEqual(['matrix', 'texte']);
  });

  it('names the text of every cell (data-t), for the narrow layout where the header row is hidden', () => {
    for (const { claim, page } of claimsOnTheirStoryPage()) {
      const names = selectAll('td', select(`tr#${claim.id}`, page)!).map((td) => String(td.properties['dataT']).replaceAll(SOFT_HYPHEN, ''));
      expect(names).toEqual(claim.cells.map((cell) => corpus.articles.find((article) => article.id === cell.article)!.data.shortTitle));
    }
  });

  it('opens each reported cell on its first quote, with the way to the text and to the claim', () => {
    let reported = 0;
    for (const { claim, page } of claimsOnTheirStoryPage()) {
      const cells = selectAll('td', select(`tr#${claim.id}`, page)!);
      expect(cells).toHaveLength(claim.cells.length);
      claim.cells.forEach((cell, index) => {
        const td = cells[index]!;
        const [first] = cell.quotes;
        if (cell.status !== 'reported' || !first) {
          expect(select('details', td)).toBeUndefined();
          // „nicht erwähnt“ leads to the cell; „vor dem Ereignis“ (not applicable) leads nowhere.
          expect(select('a', td)?.properties['href']).toBe(cell.status === 'not-mentioned' ? cell.url : undefined);
          return;
        }
        reported++;
        const details = select('details', td)!;
        expect(details.properties['open']).toBeUndefined();
        expect(words(select('summary', details)!)).toMatch(/^zitiert/);
        expect(words(select('blockquote', details)!)).toBe(normalizeWhitespace(first.text));
        const links = selectAll('a', details).map((link) => link.properties['href']);
        expect(links).toEqual([first.url, cell.url]);
      });
    }
    expect(reported).toBeGreaterThan(0);
    expect(reported).toBe(corpus.claims.flatMap((claim) => claim.cells).filter((cell) => cell.status === 'reported' && cell.quotes.length > 0).length);
  });
});

describe('quote marks in the texts', () => {
  /** Quotes that cross another one (found by hand): their id holds their words up to where the other ends. */
  const CROSSING = new Set([
    'einladung-nordkorea#beleg-militaertechnologie-gegenleistung-1',
    'allianz-historischer-besuch#beleg-abloesung-frueherer-abkommen-1',
    'partnerschaftsvertrag#beleg-vertrag-bereiche-1',
    'partnerschaftsvertrag#beleg-gemeinsame-front-westen-1',
  ]);

  describe.each(corpus.articles.map((article) => [article.id, article] as const))('%s', (id, article) => {
    const page = readPage(article.url);
    const body = select('.article-body', page)!;

    it('every beleg- anchor is a mark holding its words: the whole quote, or where quotes cross, its first part', () => {
      expect(selectAll('[id^="beleg-"]:not([popover])', body)).toHaveLength(article.marks.length);
      for (const mark of article.marks) {
        const element = select(`[id="${mark.id}"]`, body)!;
        expect(element.tagName).toBe('mark');
        const held = words(element);
        const quote = normalizeWhitespace(mark.text);
        if (CROSSING.has(`${id}#${mark.id}`)) {
          expect(held.length).toBeGreaterThan(10);
          expect(quote.startsWith(held)).toBe(true);
        } else {
          expect({ id: mark.id, held }).toEqual({ id: mark.id, held: quote });
        }
      }
    });

    it('one control per marked place: no two claim links side by side', () => {
      visit(body, 'element', (node) => {
        const siblings = node.children.filter((child: ElementContent) => !(child.type === 'text' && child.value.trim() === ''));
        siblings.forEach((child, index) => {
          const next = siblings[index + 1];
          if (child.type !== 'element' || next?.type !== 'element') return;
          const pair = [classes(child), classes(next)];
          expect(pair.every((names) => names.includes('beleg-link'))).toBe(false);
        });
      });
    });

    it('links every claim the text is quoted for, from its marks', () => {
      const linked = new Set(selectAll('a.beleg-link, .beleg-liste a', body).map((link) => String(link.properties['href'])));
      expect([...linked].sort()).toEqual([...new Set(article.marks.map((mark) => mark.href))].sort());
      for (const button of selectAll('button.beleg-link', body)) {
        const list = select(`[id="${String(button.properties['popoverTarget'])}"][popover]`, body)!;
        expect(selectAll('a', list).length).toBeGreaterThan(1);
        expect(words(button)).toMatch(/^↗ \d Aussagen zu dieser Stelle$/);
      }
    });

    it('each passage has a permalink named „Link zu Absatz N“', () => {
      for (const passage of article.passages) {
        const anchors = selectAll(`a.anker[href="#${passage.id}"]`, body);
        expect(anchors).toHaveLength(1);
        expect(words(select('.visually-hidden', anchors[0]!)!)).toBe(`Link zu Absatz ${passage.id.slice('absatz-'.length)}`);
      }
    });

    it('opens with the text: a short provenance line, the full panel in a closed disclosure', () => {
      const article = select('article', page)!;
      const order = selectAll('.herkunft-kurz, details.herkunft, .article-body', article).map((node) =>
        ['herkunft-kurz', 'herkunft', 'article-body'].find((name) => classes(node).includes(name)),
      );
      expect(order).toEqual(['herkunft-kurz', 'herkunft', 'article-body']);
      expect(select('details.herkunft', article)?.properties['open']).toBeUndefined();
      expect(select('details.herkunft .meta.panel dl', article)).toBeDefined();
      expect(words(select('.herkunft-kurz', article)!).length).toBeLessThan(120);
    });
  });
});

describe('claim pages: quote permalinks', () => {
  it.each(corpus.claims.map((claim) => claim.url))('%s: every quote has a permalink to its own id', (path) => {
    const page = readPage(path);
    const quotes = selectAll('blockquote[id^="zitat-"]', page);
    for (const quote of quotes) {
      const anchor = select(`a.anker[href="#${String(quote.properties['id'])}"]`, quote);
      expect(anchor).toBeDefined();
      expect(words(select('.visually-hidden', anchor!)!)).toMatch(/^Link zu Zitat \d+ aus \S/);
    }
  });
});

describe('typography on every page', () => {
  it.each(pages)('%s: no doubled quotation marks, no raw fragment ids in screen-reader text', (path) => {
    const page = readPage(path);
    const main = select('main', page)!;
    expect(words(main)).not.toMatch(/„„|““/);
    for (const hidden of selectAll('.visually-hidden', page)) {
      expect(words(hidden)).not.toMatch(/\b(absatz|beleg|zitat|kopf)-\d|\b[a-z]+(-[a-z0-9]+){2,}\b/);
    }
  });

  it('long words in narrow headers carry soft hyphens, so they break at a syllable with a hyphen', () => {
    const matrixHeads = selectAll('.matrix thead th', readPage('/themen/russland-nordkorea/')).map((th) => toString(th));
    expect(matrixHeads.find((head) => head.replaceAll(SOFT_HYPHEN, '').includes('Partnerschaftsvertrag'))).toContain(`Part${SOFT_HYPHEN}ner${SOFT_HYPHEN}schafts${SOFT_HYPHEN}ver${SOFT_HYPHEN}trag`);
    const wordHeads = selectAll('tbody th[scope="row"]', readPage('/themen/russland-nordkorea/wortwahl/')).map((th) => toString(th));
    expect(wordHeads).toContain(`Part${SOFT_HYPHEN}ner${SOFT_HYPHEN}schafts${SOFT_HYPHEN}ab${SOFT_HYPHEN}kom${SOFT_HYPHEN}men`);
    const columnHeads = selectAll('.spaltenkopf a', readPage('/aussagen/beistandsklausel/')).map((a) => toString(a));
    expect(columnHeads.some((head) => head.includes(SOFT_HYPHEN))).toBe(true);
  });

  it('pair badges quote a short title once: „Heiliger Kampf“, not „„Heiliger Kampf““', () => {
    const badges = selectAll('.badge', readPage('/vergleich/heiliger-kampf--allianz-historischer-besuch/')).map((badge) => words(badge));
    expect(badges).toContain('nur in „Heiliger Kampf“');
    expect(badges).toContain('nur in „Allianz bei historischem Besuch“');
  });
});
