/**
 * Sources outside the five texts, as the reference facts give them: a name
 * and, where known, an address written without scheme ("tass.com/world/1882445").
 * Such an address names a public website, so it links over https; anything
 * else stays plain text.
 */
import type { Reference } from '../schemas/common.ts';

export interface LinkedReference extends Reference {
  /** Where the address can be opened, if it is a web address. */
  href?: string;
}

const HOST_AND_PATH = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i;

/** `https://` + host/path for a bare web address; a full http(s) URL as is; otherwise undefined. */
export function sourceHref(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  if (/^https?:\/\/\S+$/i.test(address)) return address;
  return HOST_AND_PATH.test(address) ? `https://${address}` : undefined;
}

export function linkReference(source: Reference): LinkedReference {
  const href = sourceHref(source.address);
  return href === undefined ? { ...source } : { ...source, href };
}
