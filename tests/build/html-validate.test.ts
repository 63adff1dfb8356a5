/**
 * Valid HTML: html-validate with its recommended rules (.htmlvalidate.mjs)
 * over every HTML file of the build, the pages of moved URLs included: they
 * are ours (src/pages/[...umzug].astro), with no exception of their own.
 */
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distRelative, fileFor, htmlPaths } from './dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const recommended = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function rulesOff(htmlValidate: HtmlValidate): Promise<string[]> {
  const rules = (await htmlValidate.getConfigFor(fileFor('/'))).getRules();
  return [...rules].filter(([, [severity]]) => severity === 0).map(([name]) => name);
}

describe('html-validate', () => {
  it('turns off no recommended rule but those with a reason in .htmlvalidate.mjs', async () => {
    const off = new Set(await rulesOff(recommended));
    expect((await rulesOff(validator)).filter((rule) => !off.has(rule))).toEqual(['long-title']);
  });

  it.each(htmlPaths())('%s has no errors', async (path) => {
    const report = await validator.validateFile(fileFor(path));
    const errors = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${distRelative(result.filePath)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
      ),
    );
    expect(errors).toEqual([]);
  });
});
