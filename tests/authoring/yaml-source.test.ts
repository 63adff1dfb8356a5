/**
 * appendToMapping (src/authoring/yaml-source.ts): a cell is added to a claim's
 * `cells:` by inserting its lines; every other byte stays. The expected
 * sources are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { appendToMapping, InsertError, quote } from '../../src/authoring/yaml-source.ts';

const CELL = ['neu:', "  status: 'TODO: x'"];

describe('appendToMapping', () => {
  it('appends after the last entry of a plain file, which stays byte for byte', () => {
    const source = 'title: T\ncells:\n  a:\n    status: not-mentioned\n';
    expect(appendToMapping(source, 'cells', CELL, 'f.yaml')).toBe(`${source}  neu:\n    status: 'TODO: x'\n`);
  });

  it('keeps comments, quoting and order; comments of the last entry stay with it, a comment at column 0 stays after', () => {
    const source = [
      '# Kopf',
      'title: "T"   # doppelt',
      'cells:',
      '  # vor a',
      '  a:',
      '    status: reported',
      '    quotes:',
      '      - "q"',
      '    # in a',
      '',
      '    # noch in a',
      '# Ende',
      '',
    ].join('\n');
    const [head, tail] = source.split('# Ende');
    expect(appendToMapping(source, 'cells', CELL, 'f.yaml')).toBe(`${head}  neu:\n    status: 'TODO: x'\n# Ende${tail}`);
  });

  it('inserts before a key that follows the mapping, at the indentation of its entries', () => {
    const source = 'cells:\n    a:\n        status: not-mentioned\norder: 3\n';
    expect(appendToMapping(source, 'cells', CELL, 'f.yaml')).toBe(
      "cells:\n    a:\n        status: not-mentioned\n    neu:\n      status: 'TODO: x'\norder: 3\n",
    );
  });

  it('turns an empty `{}` into a block mapping, keeping a comment on its line', () => {
    expect(appendToMapping('title: T\ncells: {} # leer\n', 'cells', CELL, 'f.yaml')).toBe("title: T\ncells: # leer\n  neu:\n    status: 'TODO: x'\n");
  });

  it('adds the key when it is missing, and a final line break when the file has none', () => {
    expect(appendToMapping('title: T', 'cells', CELL, 'f.yaml')).toBe("title: T\ncells:\n  neu:\n    status: 'TODO: x'\n");
  });

  it('keeps CRLF line ends', () => {
    expect(appendToMapping('cells:\r\n  a:\r\n    status: not-mentioned\r\n', 'cells', CELL, 'f.yaml')).toBe(
      "cells:\r\n  a:\r\n    status: not-mentioned\r\n  neu:\r\n    status: 'TODO: x'\r\n",
    );
  });

  it('refuses a flow mapping with entries and invalid YAML, naming the file', () => {
    expect(() => appendToMapping('cells: { a: { status: x } }\n', 'cells', CELL, 'f.yaml')).toThrow(InsertError);
    expect(() => appendToMapping('cells: { a: { status: x } }\n', 'cells', CELL, 'f.yaml')).toThrow(/^f\.yaml: "cells" must be a mapping/);
    expect(() => appendToMapping('cells: [\n', 'cells', CELL, 'f.yaml')).toThrow(/^f\.yaml: not valid YAML/);
  });
});

describe('quote', () => {
  it('writes a one-line single-quoted scalar, doubling the quote', () => {
    expect(quote("Kims 'Zusage'\n  neu")).toBe("'Kims ''Zusage'' neu'");
  });
});
