/** An ILIKE pattern matching `text` anywhere, with its own %, _ and backslash taken literally. */
export const likePattern = (text: string) => `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
