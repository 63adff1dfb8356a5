/** The pages as built: German, semantic, no client JavaScript, texts verbatim. */
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { remove } from 'unist-util-remove';
import { isAddedToText } from '../../src/markdown/added.ts';
import { checkContent } from '../support/content.ts';
import { fixtureSite, pagePaths, readPage, ROOT } from './dist.ts';

const pages = pagePaths();

describe('every page', () => {
  it.each(pages)('%s is German, has one h1 and the landmarks', (path) => {
    const page = readPage(path);
    expect(select('html', page)?.properties['lang']).toBe('de');
    expect(selectAll('h1', page)).toHaveLength(1);
    for (const landmark of ['header', 'nav', 'main', 'footer']) expect(select(landmark, page)).toBeDefined();
    expect(select('a.skip-link[href="#inhalt"]', page)).toBeDefined();
    expect(select('title', page) && toString(select('title', page)!)).toMatch(/ · nebeneinander$/);
  });
});

describe('overview and article pages', () => {
  const plain = pages.filter((path) => path === '/' || path.startsWith('/artikel/'));

  it('exist for the five texts (tests/fixtures/site/)', () => {
    expect(fixtureSite.pagePaths().filter((path) => /^\/artikel\/[^/]+\/$/.test(path))).toHaveLength(5);
  });

  it('exist for every text of content/', () => {
    const texts = checkContent(ROOT).articles.map((article) => `/artikel/${article.id}/`);
    expect(plain.filter((path) => /^\/artikel\/[^/]+\/$/.test(path)).sort()).toEqual(texts.sort());
  });

  it('lists every story of content/ on the overview', () => {
    const stories = checkContent(ROOT).stories.map((story) => `/themen/${story.id}/`);
    expect(selectAll('li.card h3 a', readPage('/')).map((a) => String(a.properties['href'])).sort()).toEqual(stories.sort());
  });

  const scripts = (path: string) => selectAll('script', readPage(path)).filter((s) => s.properties['type'] !== 'application/ld+json');

  it.each(plain)('%s ships no JavaScript', (path) => {
    expect(scripts(path)).toEqual([]);
  });

  it('lists the stories on the overview, and groups a story\'s texts by event on its page (tests/fixtures/site/)', () => {
    const readPage = fixtureSite.readPage;
    const home = readPage('/');
    expect(selectAll('li.card h3 a', home).map((a) => a.properties['href'])).toEqual(['/themen/russland-nordkorea/']);
    const page = readPage('/themen/russland-nordkorea/');
    const summit = select('section[aria-labelledby="ereignis-gipfel-2023"]', page);
    const pact = select('section[aria-labelledby="ereignis-vertrag-2024"]', page);
    expect(selectAll('li.card', summit!)).toHaveLength(2);
    expect(selectAll('li.card', pact!)).toHaveLength(3);
  });
});

describe('texts stay verbatim (tests/fixtures/site/)', () => {
  const readPage = fixtureSite.readPage;
  it.each([
    ['/artikel/einladung-nordkorea/', 'eine formelle Einladung von Kim Jung-un angenommen'],
    ['/artikel/heiliger-kampf/', 'Neben Bei den Gesprächen dürften es auch um militärische Themen gehen.'],
    ['/artikel/heiliger-kampf/', '"Russland hat sich zu einem heiligen Kampf'],
    ['/artikel/heiliger-kampf/', '"Ich freue mich, Sie zu sehen“, sagte Putin'],
    ['/artikel/strategische-partnerschaft/', '«volle Unterstützung und Solidarität»'],
    ['/artikel/allianz-historischer-besuch/', 'auf eine „neue Ebene“ gehoben'],
  ])('%s keeps „%s“ with its quotation marks', (path, passage) => {
    expect(toString(select('.article-body', readPage(path))!)).toContain(passage);
  });

  it('renders the source structure: subheadings, the list, captions with credits', () => {
    const blog = readPage('/artikel/allianz-historischer-besuch/');
    expect(selectAll('.article-body h2', blog).map((h) => toString(h))).toContain('Ein herzliches Willkommen');
    const summit = readPage('/artikel/heiliger-kampf/');
    const words = (node: Element) => {
      const copy = structuredClone(node);
      remove(copy, isAddedToText);
      return toString(copy).trim();
    };
    expect(selectAll('.article-body li', summit).map(words)).toEqual(['Artilleriemunition', 'Panzerabwehrraketen']);
    const dpa = readPage('/artikel/strategische-partnerschaft/');
    const credit = select('.article-body figure .bildnachweis', dpa);
    expect(credit && toString(credit)).toContain('Gavriil Grigorov/Pool Sputnik Kremlin/AP');
  });

  it('links each article to its unedited original, which is byte-for-byte the text received', () => {
    const page = readPage('/artikel/partnerschaftsvertrag/');
    expect(select('a[href="/artikel/partnerschaftsvertrag/original/"]', page)).toBeDefined();
    const original = toString(select('pre.original', readPage('/artikel/partnerschaftsvertrag/original/'))!);
    expect(original).toContain('[Hier weiterlesen]');
    expect(original).toContain('Von Thomas Röper – 19. Juni 2024');
  });
});

describe('404 page', () => {
  const page = readPage('/404.html');

  it('says in German that the page does not exist and leads back to the overview', () => {
    expect(toString(select('h1', page)!)).toBe('Seite nicht gefunden');
    const hrefs = selectAll('main a', page).map((a) => String(a.properties['href']));
    expect(hrefs).toContain('/');
  });

  it('works at any address: every link and asset is root-relative', () => {
    const urls = selectAll('[href], [src]', page).map((node) => String(node.properties['href'] ?? node.properties['src']));
    expect(urls.filter((url) => !url.startsWith('/'))).toEqual(['#inhalt']);
  });

  it('is kept out of search engines and names no canonical URL', () => {
    expect(select('meta[name="robots"][content="noindex"]', page)).toBeDefined();
    expect(select('link[rel="canonical"]', page)).toBeUndefined();
  });
});
