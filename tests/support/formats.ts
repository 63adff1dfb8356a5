/**
 * A minimal BibTeX reader for tests: `%` comment lines, then entries of the
 * form `@type{key, name = {value}, …}` with values in balanced braces. It
 * throws on anything else, so a malformed file fails the test that reads it.
 */
export interface BibEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

export function parseBibtex(text: string): BibEntry[] {
  const entries: BibEntry[] = [];
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`BibTeX: ${why} at offset ${at}: ${JSON.stringify(text.slice(at, at + 40))}`);
  };
  const skipSpace = () => {
    for (;;) {
      while (at < text.length && /\s/.test(text[at] ?? '')) at++;
      if (text[at] !== '%') return;
      while (at < text.length && text[at] !== '\n') at++;
    }
  };
  const expect = (char: string) => {
    skipSpace();
    if (text[at] !== char) fail(`expected "${char}"`);
    at++;
  };
  const word = () => {
    skipSpace();
    const match = /^[A-Za-z0-9_:.+-]+/.exec(text.slice(at));
    if (!match) return fail('expected a name');
    at += match[0].length;
    return match[0];
  };
  const braced = () => {
    expect('{');
    const start = at;
    let depth = 1;
    while (depth > 0) {
      if (at >= text.length) fail('unbalanced braces');
      const char = text[at];
      if (char === '\\') at += 2;
      else {
        if (char === '{') depth++;
        if (char === '}') depth--;
        at++;
      }
    }
    return text.slice(start, at - 1);
  };
  skipSpace();
  while (at < text.length) {
    expect('@');
    const type = word().toLowerCase();
    expect('{');
    const key = word();
    const fields: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (text[at] === '}') {
        at++;
        break;
      }
      expect(',');
      skipSpace();
      if (text[at] === '}') {
        at++;
        break;
      }
      const name = word().toLowerCase();
      if (name in fields) fail(`field "${name}" twice`);
      expect('=');
      fields[name] = braced();
    }
    entries.push({ type, key, fields });
    skipSpace();
  }
  return entries;
}

/** A PNG's size from its IHDR chunk; throws if the bytes are no PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, index) => bytes[index] === byte)) throw new Error('not a PNG: wrong signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') throw new Error(`not a PNG: first chunk is ${type}, not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
