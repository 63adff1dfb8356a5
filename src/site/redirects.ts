/**
 * Published URLs that moved, old → new. The site grew from one story to many
 * (issue 11): the pages that covered the first story alone now live under its
 * own address. Each old URL keeps working through a page of ours
 * (src/pages/[...umzug].astro): the site's layout in German, a link to the new
 * address, the canonical URL and the CSP, and a meta refresh that takes the
 * reader there at once. A host that can answer with a real 301 should list the
 * same pairs (docs/deploying.md). Pure and browser-safe.
 */
export const REDIRECTS: Readonly<Record<string, string>> = {
  '/aussagen/': '/themen/russland-nordkorea/',
  '/vergleich/': '/themen/russland-nordkorea/vergleich/',
  '/wortwahl/': '/themen/russland-nordkorea/wortwahl/',
  '/quellen/': '/themen/russland-nordkorea/quellen/',
  '/zeitleiste/': '/themen/russland-nordkorea/zeitleiste/',
};
