/**
 * The to-do marker. The authoring commands (`npm run text:add`, `story:add`,
 * `claim:add`) draft what they can and leave a value starting with `TODO` where
 * only an editor can decide: a summary, an inferred date with its evidence, the
 * event, a cell's status. The content check refuses every such value, naming
 * the file and the field, so a draft cannot be published half done.
 */

/** A value still to be decided: a string that starts with `TODO`. */
const TODO_VALUE = /^\s*TODO\b/;

export const isTodo = (value: unknown): value is string => typeof value === 'string' && TODO_VALUE.test(value);

/** A field still marked TODO: its dotted path and what the marker asks for. */
export interface TodoField {
  field: string;
  /** The marker's text after `TODO` (e.g. "one neutral German sentence on what the text reports"). */
  ask: string;
}

/** Every value of `data` (parsed YAML or frontmatter) still marked TODO, in document order. */
export function findTodos(data: unknown): TodoField[] {
  const found: TodoField[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (isTodo(value)) found.push({ field: path.join('.'), ask: value.replace(TODO_VALUE, '').replace(/^[\s:–-]+/, '').trim() });
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, String(index)]));
    else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(data, []);
  return found;
}

/** The message for a field still marked TODO. */
export const todoMessage = (ask: string) => `still to be decided (TODO${ask ? `: ${ask}` : ''}); write the value and remove the marker`;
