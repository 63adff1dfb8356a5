/**
 * Valid HTML: html-validate with its recommended rules (.htmlvalidate.mjs)
 * over every HTML file of the build. Redirect pages, whose markup Astro
 * writes, get the extra exceptions that file gives for them.
 */
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, type RuleConfig } from 'html-validate';
import config, { redirectPageRules } from '../../.htmlvalidate.mjs';
import { distRelative, fileFor, htmlPaths, pagePaths } from './dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const forRedirects = new HtmlValidate({ ...config, rules: { ...config.rules, ...redirectPageRules } as RuleConfig, root: true });
const recommended = new HtmlValidate({ extends: ['html-validate:recommended'] });
const ours = new Set(pagePaths());

async function rulesOff(htmlValidate: HtmlValidate): Promise<string[]> {
  const rules = (await htmlValidate.getConfigFor(fileFor('/'))).getRules();
  return [...rules].filter(([, [severity]]) => severity === 0).map(([name]) => name);
}

describe('html-validate', () => {
  it('turns off no recommended rule but those with a reason in .htmlvalidate.mjs', async () => {
    const off = new Set(await rulesOff(recommended));
    expect((await rulesOff(validator)).filter((rule) => !off.has(rule))).toEqual(['long-title']);
    expect((await rulesOff(forRedirects)).filter((rule) => !off.has(rule)).sort()).toEqual(['doctype-style', 'long-title']);
  });

  it.each(htmlPaths())('%s has no errors', async (path) => {
    const report = await (ours.has(path) ? validator : forRedirects).validateFile(fileFor(path));
    const errors = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${distRelative(result.filePath)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
      ),
    );
    expect(errors).toEqual([]);
  });
});
