/** How many stories an overview page lists: 20 cards stay well within the 14 KB first-load budget. */
export const STORIES_PER_PAGE = 20;
