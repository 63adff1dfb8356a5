import { it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { pageWeight } from '../../qa/page-weight.ts';
import { fileFor, pagePaths, readHtml } from '../build/dist.ts';
it('weights', () => {
  const from = (p: string) => { const f = fileFor(p); return existsSync(f) && statSync(f).isFile() ? readFileSync(f) : undefined; };
  const rows = pagePaths().filter((p) => !p.startsWith('/suche/')).map((p) => [pageWeight(p, readHtml(p), from).gzip, p] as const).sort((a, b) => b[0] - a[0]);
  console.log(rows.slice(0, 14).map((r) => r.join(' ')).join('\n'));
});
