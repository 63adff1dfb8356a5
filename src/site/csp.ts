/**
 * The site's Content-Security-Policy. astro.config.mjs hands these to
 * Astro's `security.csp`, which emits them as a <meta> on every page and adds
 * the hashes of the styles and scripts it bundles to style-src/script-src.
 *
 * Everything is refused unless listed: the site loads nothing from another
 * host, runs no inline script and is never framed by a form elsewhere.
 * `frame-ancestors`, `report-uri` and `sandbox` are left out on purpose:
 * browsers ignore them in a <meta> policy and log an error saying so.
 */

/** Directives besides script-src and style-src, which Astro writes itself. */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  // Pagefind fetches its index and WebAssembly from the site itself.
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * script-src and style-src sources besides Astro's hashes. Listed explicitly
 * (Astro's default is the same `'self'`) because a page adding a source with
 * `Astro.csp.insertScriptResource` replaces Astro's default rather than
 * extending it; with `'self'` configured here, page additions append to it.
 */
export const SCRIPT_RESOURCES = ["'self'"];
export const STYLE_RESOURCES = ["'self'"];

/** The part of Astro's per-page CSP API (`Astro.csp`) that pages use. */
export interface PageCsp {
  insertScriptResource(resource: string): void;
}

/**
 * What a page that runs Pagefind search needs on top of the site policy:
 * Pagefind compiles its WebAssembly (`'wasm-unsafe-eval'`, which allows
 * WebAssembly only, not JavaScript `eval`). The search page runs Pagefind
 * with `noWorker: true` (src/scripts/search-page.ts), so no worker-src is
 * needed; with workers on, add `worker-src 'self' blob:` here.
 * Call it in the page's frontmatter: `allowPagefind(Astro.csp);`.
 */
export function allowPagefind(csp: PageCsp | undefined): void {
  if (!csp) throw new Error('allowPagefind: Astro.csp is undefined; is security.csp enabled in astro.config.mjs?');
  csp.insertScriptResource("'wasm-unsafe-eval'");
}

/** A policy as directive name → sources, e.g. `script-src` → [`'self'`, `'sha256-…'`]. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Sources that allow no other host: keywords and hashes in quotes, and the `data:`/`blob:` schemes. */
export function isHostSource(source: string): boolean {
  return !/^'[^']+'$/.test(source) && source !== 'data:' && source !== 'blob:';
}
