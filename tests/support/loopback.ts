/** Finding loopback addresses in a build: every text file, Pagefind's gzip files unpacked. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Binary formats that hold no text URLs of ours (the cards are rendered text: pixels). */
const BINARY = /\.(png|wasm|ico|woff2?)$/;
export const LOOPBACK = /localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|0\.0\.0\.0/i;

/** Every file of a build that can hold an address, relative to `dir` with forward slashes. */
export function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((file) => !BINARY.test(file))
    .sort();
}

/** A file's text; Pagefind's index and fragments are gzip behind a short header, and are unpacked. */
export function fileText(dir: string, file: string): string {
  const bytes = readFileSync(join(dir, file));
  const gzipAt = bytes.indexOf(Buffer.from([0x1f, 0x8b, 0x08]));
  if (file.startsWith('pagefind/') && gzipAt >= 0 && gzipAt < 16) return gunzipSync(bytes.subarray(gzipAt)).toString('latin1');
  return bytes.toString('utf8');
}
