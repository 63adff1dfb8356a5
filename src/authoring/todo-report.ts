/**
 * What an authoring command tells the editor it left to decide: every value
 * of a written file still marked TODO, with the file and the field, in the
 * content check's form (`content/x.yaml → summary: …`). Pure.
 */
import { loadYaml } from './yaml-source.ts';
import { findTodos } from '../schemas/todo.ts';

/** One line per TODO field of a YAML file's source. */
export function todoLines(file: string, source: string): string[] {
  return findTodos(loadYaml(source)).map(({ field, ask }) => `  ${file} → ${field}: ${ask || 'to be written'}`);
}
