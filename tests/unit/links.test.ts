import { describe, expect, it } from 'vitest';
import {
  checkLinks,
  fileForPath,
  formatExternalLinks,
  idsIn,
  linksIn,
  parseHtml,
  pathForFile,
  redirectTarget,
  refreshUrl,
  resolveLink,
  srcsetUrls,
  type SitePage,
} from '../../qa/links.ts';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('linksIn', () => {
  it('finds hrefs, srcs, every srcset candidate and the target of a meta refresh', () => {
    const tree = parseHtml(
      page(
        '<a href="/artikel/x/#absatz-3">x</a><img src="/bild.png" srcset="/bild-1x.png 1x, /bild-2x.png 2x" alt="">' +
          '<picture><source srcset="/a.webp 640w,/b.webp 1280w"></picture><script src="/s.js"></script>',
        '<link rel="icon" href="/favicon.svg"><meta http-equiv="refresh" content="0;url=/neu/">',
      ),
    );
    expect(linksIn(tree).map((link) => `${link.tagName}[${link.attribute}] ${link.value}`)).toEqual([
      'link[href] /favicon.svg',
      'meta[content] /neu/',
      'a[href] /artikel/x/#absatz-3',
      'img[src] /bild.png',
      'img[srcset] /bild-1x.png',
      'img[srcset] /bild-2x.png',
      'source[srcset] /a.webp',
      'source[srcset] /b.webp',
      'script[src] /s.js',
    ]);
  });

  it('ignores attributes that hold no URL to follow', () => {
    expect(linksIn(parseHtml(page('<a>no href</a><div src="/x" href="/y"></div>')))).toEqual([]);
  });
});

describe('srcsetUrls and refreshUrl', () => {
  it('reads the URLs of a srcset, with or without descriptors', () => {
    expect(srcsetUrls('/a.png, /b.png 2x,/c.png 300w')).toEqual(['/a.png', '/b.png', '/c.png']);
  });

  it.each([
    ['0;url=/neu/', '/neu/'],
    ['0; URL=\'/neu/\'', '/neu/'],
    ['2, /neu/', '/neu/'],
    ['5', undefined],
  ])('reads the target of refresh content %j', (content, target) => {
    expect(refreshUrl(content)).toBe(target);
  });
});

describe('redirectTarget and idsIn', () => {
  it('tells a redirect page from a page', () => {
    expect(redirectTarget(parseHtml(page('', '<meta http-equiv="refresh" content="0;url=/neu/">')))).toBe('/neu/');
    expect(redirectTarget(parseHtml(page('<p>Text</p>')))).toBeUndefined();
  });

  it('collects element ids and named anchors', () => {
    const ids = idsIn(parseHtml(page('<main id="inhalt"><p id="absatz-1">x</p><a name="alt">y</a><p id="">z</p></main>')));
    expect([...ids].sort()).toEqual(['absatz-1', 'alt', 'inhalt']);
  });
});

describe('resolveLink', () => {
  it.each([
    ['/artikel/x/', '#absatz-3', { kind: 'internal', path: '/artikel/x/', fragment: 'absatz-3' }],
    ['/artikel/x/', 'original/', { kind: 'internal', path: '/artikel/x/original/', fragment: '' }],
    ['/artikel/x/original/', '../', { kind: 'internal', path: '/artikel/x/', fragment: '' }],
    ['/', '/suche/?q=Kim#ergebnisse', { kind: 'internal', path: '/suche/', fragment: 'ergebnisse' }],
    ['/', '/artikel/gr%C3%BC%C3%9Fe/#%C3%BCber', { kind: 'internal', path: '/artikel/grüße/', fragment: 'über' }],
    ['/', 'http://127.0.0.1:4321/artikel/x/', { kind: 'internal', path: '/artikel/x/', fragment: '' }],
    ['/', 'https://www.example.org/a', { kind: 'external', url: 'https://www.example.org/a' }],
    ['/', 'mailto:redaktion@example.org', { kind: 'external', url: 'mailto:redaktion@example.org' }],
    ['/', 'data:image/png;base64,AAAA', { kind: 'inline' }],
  ])('on %s, %s leads to %j', (from, value, target) => {
    expect(resolveLink(from, value, 'http://127.0.0.1:4321')).toEqual(target);
  });

  it('refuses javascript: URLs', () => {
    expect(resolveLink('/', 'javascript:alert(1)')).toMatchObject({ kind: 'invalid' });
  });
});

describe('fileForPath and pathForFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/artikel/x/', 'artikel/x/index.html'],
    ['/favicon.svg', 'favicon.svg'],
    ['/404.html', '404.html'],
  ])('%s is served by %s and back', (path, file) => {
    expect(fileForPath(path)).toBe(file);
    expect(pathForFile(file)).toBe(path);
  });
});

describe('checkLinks', () => {
  const pages: SitePage[] = [
    {
      path: '/',
      html: page(
        '<a href="#inhalt">Zum Inhalt</a><main id="inhalt">' +
          '<a href="/artikel/x/">gut</a> <a href="/artikel/x/#absatz-2">gut</a> <a href="/artikel/x/#absatz-9">fehlt</a>' +
          '<a href="/artikel/y/">fehlt</a> <a href="/artikel/x">ohne Schrägstrich</a> <a href="#oben">fehlt</a>' +
          '<img src="/bild.png" alt=""> <img src="/weg.png" alt=""> <a href="https://www.example.org/">extern</a></main>',
        '<link rel="canonical" href="http://127.0.0.1:4321/">',
      ),
    },
    { path: '/artikel/x/', html: page('<p id="absatz-1">a</p><p id="absatz-2">b</p><a href="https://www.example.org/">extern</a>') },
  ];
  const files = new Set(['index.html', 'artikel/x/index.html', 'bild.png']);
  const report = checkLinks(pages, files, 'http://127.0.0.1:4321');

  it('reports each link that leads nowhere, with the reason', () => {
    expect(report.broken.map(({ page: from, link, reason }) => `${from} ${link.value}: ${reason}`)).toEqual([
      '/ /artikel/x/#absatz-9: /artikel/x/ has no element with id "absatz-9"',
      '/ /artikel/y/: /artikel/y/ is not in the build',
      "/ /artikel/x: /artikel/x lacks its trailing slash (the site uses trailingSlash: 'always')",
      '/ #oben: / has no element with id "oben"',
      '/ /weg.png: /weg.png is not in the build',
    ]);
  });

  it('collects external links with the pages that link to them, without fetching them', () => {
    expect([...report.external]).toEqual([['https://www.example.org/', ['/', '/artikel/x/']]]);
    expect(formatExternalLinks(report.external)).toBe(
      '1 external link(s), not fetched:\n\nhttps://www.example.org/\n  linked from /\n  linked from /artikel/x/\n',
    );
    expect(formatExternalLinks(new Map())).toBe('No external links.\n');
  });
});
