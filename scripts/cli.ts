/**
 * What the authoring commands (scripts/story-add.ts, claim-add.ts) share: the
 * project folder, reading the arguments, refusing with every reason at once.
 * A refusal writes nothing and exits with status 1.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Prints why the command refuses and exits; nothing has been written. */
export function refuse(command: string, errors: readonly string[], usage?: string): never {
  console.error(`${command}: nothing written.`);
  for (const error of errors) console.error(`  - ${error}`);
  if (usage) console.error(`Usage: ${usage}`);
  process.exit(1);
}

/** The project root: npm runs scripts in the folder of package.json, which holds content/. */
export function projectRoot(command: string): string {
  const root = process.cwd();
  if (!existsSync(join(root, 'content'))) refuse(command, [`no content/ folder in ${root}: run it in the project with npm run ${command}`]);
  return root;
}

/** The arguments, or a refusal naming what is wrong with them. */
export function readArgs<T extends ParseArgsConfig['options']>(command: string, usage: string, options: T, positionals: number) {
  try {
    const parsed = parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
    if (parsed.positionals.length !== positionals) {
      refuse(command, [`expected ${positionals} argument${positionals === 1 ? '' : 's'} before the options, got ${parsed.positionals.length}`], usage);
    }
    return parsed;
  } catch (error) {
    return refuse(command, [error instanceof Error ? error.message : String(error)], usage);
  }
}
