/**
 * The Markdown plugins as file pairs: tests/fixtures/markdown/<case>/input.md
 * (+ options.json) rendered through the site's pipeline must equal output.html.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderArticle, type RenderOptions } from '../../src/markdown/pipeline.ts';

const root = fileURLToPath(new URL('../fixtures/markdown/', import.meta.url));
const cases = readdirSync(root).filter((name) => existsSync(`${root}${name}/output.html`));

describe('markdown pipeline fixtures', () => {
  it('has fixtures', () => {
    expect(cases).toEqual(expect.arrayContaining(['figure-credit', 'mark-quote', 'mark-quote-unlinked', 'mark-overlap', 'id-prefix']));
  });

  it.each(cases)('%s', (name) => {
    const dir = `${root}${name}/`;
    const options: RenderOptions = existsSync(`${dir}options.json`)
      ? JSON.parse(readFileSync(`${dir}options.json`, 'utf8'))
      : {};
    const output = renderArticle(readFileSync(`${dir}input.md`, 'utf8'), options);
    expect(`${output}\n`).toBe(readFileSync(`${dir}output.html`, 'utf8'));
  });
});

describe('refused input', () => {
  it('refuses an unknown block directive, naming the file', () => {
    const input = readFileSync(`${root}unknown-directive/input.md`, 'utf8');
    let error: unknown;
    try {
      renderArticle(input, { path: 'content/articles/probe.md' });
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).toMatch(/^content\/articles\/probe\.md:3:1-5:4: Unknown block ":::note"/);
  });

  it('refuses a text directive that would swallow a colon and the word after it', () => {
    expect(() => renderArticle('Zeit:Ablauf')).toThrow(/Unexpected directive ":Ablauf"/);
  });

  it('refuses a quote that is not in the passage it is said to be in', () => {
    const quotes = [{ id: 'beleg-x-1', passage: 'absatz-1', text: 'fehlt', href: '/aussagen/x/#p', label: 'X' }];
    expect(() => renderArticle('Ein Satz.', { quotes })).toThrow(/Quote "fehlt" \(beleg-x-1\) is not in passage absatz-1/);
  });
});
