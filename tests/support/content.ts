/** The content check without Astro, for the tests: src/authoring/content-check.ts. */
export { checkAll, checkContent } from '../../src/authoring/content-check.ts';
