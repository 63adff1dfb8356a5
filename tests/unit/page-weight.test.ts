import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { compressedSize, cssReferences, htmlReferences, pageWeight, type ResolveAsset } from '../../qa/page-weight.ts';

const files: Record<string, string> = {
  '/_astro/site.css': '@import "./extra.css";\n@font-face{font-family:S;src:url(/fonts/s.woff2) format("woff2"),url(/fonts/s.woff) format("woff")}\nbody{background:url("../img/bg.png")}',
  '/_astro/extra.css': '/* url(/not-fetched.png) */ h1{color:red}',
  '/fonts/s.woff2': 'W'.repeat(500),
  '/img/bg.png': 'P'.repeat(100),
  '/_astro/app.js': 'console.log("hi");'.repeat(20),
  '/_astro/chunk.js': 'export const x = 1;',
};
const resolve: ResolveAsset = (path) => files[path];

describe('compressedSize', () => {
  it('counts raw bytes in UTF-8 and compresses with gzip level 9', () => {
    const text = 'Größe – ü'.repeat(50);
    const size = compressedSize(text);
    expect(size.bytes).toBe(Buffer.byteLength(text, 'utf8'));
    expect(size.gzip).toBe(gzipSync(Buffer.from(text), { level: 9 }).length);
    expect(size.brotli).toBeLessThan(size.bytes);
  });
});

describe('htmlReferences', () => {
  it('finds stylesheets, scripts, module preloads and font preloads, resolved against the page', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="../_astro/site.css">
      <link rel="modulepreload" href="/_astro/chunk.js">
      <link rel="preload" as="font" href="/fonts/s.woff2" crossorigin>
      <link rel="icon" href="/favicon.svg"><link rel="canonical" href="/a/">
      <script type="module" src="/_astro/app.js"></script>
    </head><body></body></html>`;
    const { references } = htmlReferences(html, 'https://example.org/a/');
    expect(references.map(({ url, kind, via }) => [url, kind, via])).toEqual([
      ['https://example.org/_astro/site.css', 'css', 'link[rel=stylesheet]'],
      ['https://example.org/_astro/chunk.js', 'js', 'link[rel=modulepreload]'],
      ['https://example.org/fonts/s.woff2', 'font', 'link[rel=preload][as=font]'],
      ['https://example.org/_astro/app.js', 'js', 'script[src]'],
    ]);
  });

  it('counts inline scripts and handlers as JavaScript, but not JSON-LD', () => {
    const html = `<script type="application/ld+json">{"@type":"Thing"}</script>
      <script>alert(1)</script><button onclick="go()">x</button><a href="javascript:void 0">y</a>`;
    const { js } = htmlReferences(html, 'https://example.org/');
    expect(js).toMatchObject({ scripts: 1, bytes: 'alert(1)'.length, handlers: 2 });
  });

  it('sees no JavaScript in a page without scripts', () => {
    const { js, references } = htmlReferences('<p>Text</p><script type="application/ld+json">{}</script>', 'https://example.org/');
    expect(js).toEqual({ scripts: 0, bytes: 0, gzip: 0, handlers: 0 });
    expect(references).toEqual([]);
  });
});

describe('cssReferences', () => {
  it('follows @import, the first source of each @font-face and other url(), never comments or data URLs', () => {
    const refs = cssReferences(
      `/* url(/commented.png) */ @import url("a.css"); @font-face{src:url(f.woff2),url(f.woff)}
       .x{background:url('i.png')} .y{background:url(data:image/png;base64,AAAA)}`,
      'https://example.org/_astro/s.css',
    );
    expect(refs.map(({ url, kind, via }) => [url, kind, via])).toEqual([
      ['https://example.org/_astro/a.css', 'css', '@import'],
      ['https://example.org/_astro/f.woff2', 'font', '@font-face'],
      ['https://example.org/_astro/i.png', 'other', 'url()'],
    ]);
  });
});

describe('pageWeight', () => {
  it('sums the HTML and everything it pulls in, each file once, following stylesheets recursively', () => {
    const html = `<html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/site.css#again">
      <style>.z{background:url(/img/bg.png)}</style></head><body><script src="/_astro/app.js"></script></body></html>`;
    const weight = pageWeight('/a/', html, resolve);
    expect(weight.assets.map((asset) => [asset.path, asset.kind])).toEqual([
      ['/a/', 'html'],
      ['/_astro/site.css', 'css'],
      ['/_astro/app.js', 'js'],
      ['/img/bg.png', 'other'],
      ['/_astro/extra.css', 'css'],
      ['/fonts/s.woff2', 'font'],
    ]);
    const sum = weight.assets.reduce((total, asset) => total + asset.gzip, 0);
    expect(weight.gzip).toBe(sum);
    expect(weight.bytes).toBe(Buffer.byteLength(html) + 100 + 500 + files['/_astro/site.css']!.length + files['/_astro/extra.css']!.length + files['/_astro/app.js']!.length);
    expect(weight.js).toMatchObject({ scripts: 1, bytes: files['/_astro/app.js']!.length });
    expect(weight.missing).toEqual([]);
  });

  it('reports missing files and other sites instead of counting them', () => {
    const html = '<link rel="stylesheet" href="/gone.css"><script src="https://cdn.example.com/x.js"></script>';
    const weight = pageWeight('/', html, resolve);
    expect(weight.missing).toEqual(['/gone.css']);
    expect(weight.external).toEqual(['https://cdn.example.com/x.js']);
    expect(weight.assets).toHaveLength(1);
  });

  it('measures the gzip stream a server would send', () => {
    const html = '<p>' + 'nebeneinander '.repeat(200) + '</p>';
    const weight = pageWeight('/', html, resolve);
    const stream = gzipSync(Buffer.from(html), { level: 9 });
    expect(weight.gzip).toBe(stream.length);
    expect(gunzipSync(stream).toString()).toBe(html);
  });
});
