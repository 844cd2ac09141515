/** Reading a page's URL: search parameters and path segments, never trusted, never throwing. */

import { SEARCH_TEXT_MAX } from '@alliance/api';

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A search parameter's first value as the lists take it: control characters dropped, trimmed,
 * at most SEARCH_TEXT_MAX characters; undefined when missing or blank.
 */
export const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping them is the point
    ?.replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, SEARCH_TEXT_MAX) || undefined;

/** A decoded path segment, or null for a malformed one (`%E0%A4%A`). */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
