/** How many stories an overview page lists: 20 cards stay well within the 14 KB first-load budget. */
export const STORIES_PER_PAGE = 20;
/** How many corrections a page of /korrekturen/ lists: about 350 B gzip each, 20 stay well within 14 KB. */
export const CORRECTIONS_PER_PAGE = 20;
