/**
 * `npm run permalinks:update`: after a build, appends to permalinks.txt the
 * page URLs of dist/urls.txt that it does not list yet, in site order. Only
 * appends: a published URL leaves the list never, it gets a redirect.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appendUrls, checkPermalinks, parseUrlList } from '../src/site/permalinks.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const listFile = `${root}permalinks.txt`;
const builtFile = `${root}dist/urls.txt`;

if (!existsSync(builtFile)) throw new Error('dist/urls.txt is missing: run `npm run build` first.');
const listText = existsSync(listFile) ? readFileSync(listFile, 'utf8') : '';
const { added } = checkPermalinks(parseUrlList(listText), parseUrlList(readFileSync(builtFile, 'utf8')));
writeFileSync(listFile, appendUrls(listText, added));
console.log(added.length === 0 ? 'permalinks.txt lists every built URL.' : `Added to permalinks.txt:\n${added.join('\n')}`);
