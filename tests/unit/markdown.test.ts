/**
 * Each Markdown plugin on its own fixtures, in the manner of
 * rehype-autolink-headings' test/: tests/fixtures/markdown/<plugin>/<case>/
 * holds the input (`input.md` for remark plugins and the whole pipeline,
 * `input.html` for rehype plugins), `options.json` if the case has options,
 * and the expected `output.html`, or `error.txt` with the message the plugin
 * refuses the input with. A case folder with neither fails.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { unified, type Plugin } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { renderArticle } from '../../src/markdown/pipeline.ts';
import remarkFigure from '../../src/markdown/remark-figure.ts';
import rehypeMarkQuotes from '../../src/markdown/rehype-mark-quotes.ts';
import rehypePassageIds from '../../src/markdown/rehype-passage-ids.ts';
import rehypePassageTitles from '../../src/markdown/rehype-passage-titles.ts';
import rehypePassageAnchors from '../../src/markdown/rehype-passage-anchors.ts';

const ROOT = fileURLToPath(new URL('../fixtures/markdown/', import.meta.url));

type Options = Record<string, unknown>;

/** A rehype plugin alone, on the HTML of input.html. */
function rehypeAlone(plugin: Plugin<[Options], Root>) {
  return (input: string, options: Options) => {
    const processor = unified().use(plugin, options).use(rehypeStringify);
    return processor.stringify(processor.runSync(fromHtml(input, { fragment: true })));
  };
}

const RUNNERS: Record<string, { input: 'input.md' | 'input.html'; run: (input: string, options: Options) => string }> = {
  pipeline: { input: 'input.md', run: (input, options) => renderArticle(input, options) },
  'remark-figure': {
    input: 'input.md',
    run: (input) => String(unified().use(remarkParse).use(remarkDirective).use(remarkFigure).use(remarkRehype).use(rehypeStringify).processSync(input)),
  },
  'rehype-passage-ids': { input: 'input.html', run: rehypeAlone(rehypePassageIds as Plugin<[Options], Root>) },
  'rehype-passage-titles': { input: 'input.html', run: rehypeAlone(rehypePassageTitles as Plugin<[Options], Root>) },
  'rehype-mark-quotes': { input: 'input.html', run: rehypeAlone(rehypeMarkQuotes as unknown as Plugin<[Options], Root>) },
  'rehype-passage-anchors': { input: 'input.html', run: rehypeAlone(rehypePassageAnchors as Plugin<[Options], Root>) },
};

const plugins = readdirSync(ROOT);

it('has a runner for every plugin folder and fixtures for every plugin', () => {
  expect(plugins.sort()).toEqual(Object.keys(RUNNERS).sort());
});

for (const plugin of plugins) {
  const runner = RUNNERS[plugin];
  if (!runner) continue;
  const cases = readdirSync(`${ROOT}${plugin}`);
  describe(plugin, () => {
    it('has cases', () => expect(cases.length).toBeGreaterThan(0));
    it.each(cases)('%s', (name) => {
      const dir = `${ROOT}${plugin}/${name}/`;
      const read = (file: string) => readFileSync(`${dir}${file}`, 'utf8');
      const options: Options = existsSync(`${dir}options.json`) ? JSON.parse(read('options.json')) : {};
      const input = read(runner.input);
      if (existsSync(`${dir}error.txt`)) {
        expect(() => runner.run(input, options)).toThrow(read('error.txt').trim());
        return;
      }
      // A case without an expected result is a mistake, not a skip.
      expect(existsSync(`${dir}output.html`), `${plugin}/${name} has neither output.html nor error.txt`).toBe(true);
      expect(`${runner.run(input, options).trim()}\n`).toBe(read('output.html'));
    });
  });
}

describe('refused input', () => {
  it('refuses a text directive that would swallow a colon and the word after it', () => {
    expect(() => renderArticle('Zeit:Ablauf')).toThrow(/Unexpected directive ":Ablauf"/);
  });

  it('refuses a quote that is not in the passage it is said to be in', () => {
    const quotes = [{ id: 'beleg-x-1', passage: 'absatz-1', text: 'fehlt', href: '/aussagen/x/#p', label: 'X' }];
    expect(() => renderArticle('Ein Satz.', { quotes })).toThrow(/Quote "fehlt" \(beleg-x-1\) is not in passage absatz-1/);
  });
});
