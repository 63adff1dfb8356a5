/** Ids become URLs and fragment ids: lowercase ASCII words joined by hyphens. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
