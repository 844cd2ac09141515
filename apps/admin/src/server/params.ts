/** Reading a page's URL: search parameters and path segments, never trusted, never throwing. */

export type SearchParams = Record<string, string | string[] | undefined>;

/** A search parameter's first value, trimmed; undefined when missing or blank. */
export const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** A decoded path segment, or null for a malformed one (`%E0%A4%A`). */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
