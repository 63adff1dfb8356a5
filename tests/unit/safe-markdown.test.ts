/**
 * Raw HTML in an article never reaches a page: the content check refuses it
 * (tests/unit/content-check.test.ts, fixture raw-html), and should any slip
 * past, both renderers of the bodies drop it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderArticle } from '../../src/markdown/pipeline.ts';
import { astroMarkdownProcessor } from '../../src/markdown/astro-processor.ts';
import { findRawHtml } from '../../src/markdown/raw-html.ts';

const source = readFileSync(
  fileURLToPath(new URL('../fixtures/content/raw-html/content/articles/probe.md', import.meta.url)),
  'utf8',
);
const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');

/** Markup an attacker needs: elements that run script, or event handler attributes. */
const ACTIVE = /<script|<img|\son\w+=/i;

describe('raw HTML in Markdown', () => {
  it('is found, block and inline, with its line', () => {
    expect(findRawHtml(body)).toEqual([
      { value: '<script>alert(1)</script>', line: 6 },
      { value: '<img src=x onerror="alert(1)">', line: 8 },
    ]);
  });

  it('is not found in text that only looks like it', () => {
    expect(findRawHtml('Temperaturen <5 Grad, a \\<b\\> und `<i>`.\n\n:::figure\nBild\n:::')).toEqual([]);
  });

  it('is dropped by our pipeline, the text around it kept', () => {
    const html = renderArticle(body);
    expect(html).not.toMatch(ACTIVE);
    expect(html).toContain('Ein Bild  mitten im Absatz.');
  });

  it("is dropped by the processor Astro renders the collection with", async () => {
    const renderer = await astroMarkdownProcessor.createRenderer({ syntaxHighlight: false });
    const { code } = await renderer.render(body);
    expect(code).not.toMatch(ACTIVE);
    expect(code).toContain('Zweiter Absatz');
  });
});
