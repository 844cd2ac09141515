import { parse } from 'csv-parse/sync';

/** One line of a pasted list or CSV, and what adding it would do. */
export interface MemberRow {
  line: number;
  email: string;
  status: 'add' | 'already' | 'unknown' | 'unconfirmed' | 'invalid' | 'duplicate';
  message: string;
  userId?: string;
  name?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_ROWS = 5000;

/**
 * The emails in a pasted list (one per line, or separated by commas or semicolons) or in a CSV
 * with an `email` column (any other columns are ignored), each with its line number. A CSV that
 * cannot be read gives an error, never a guess.
 */
export function readEmails(text: string): {
  emails: Array<{ line: number; email: string }>;
  error?: string;
} {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { emails: [] };
  const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? '';
  const header = firstLine
    .toLowerCase()
    .split(/[,;\t]/)
    .map((h) => h.trim().replace(/^"|"$/g, ''));
  if (header.includes('email')) {
    const delimiter = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
    try {
      const records: string[][] = parse(trimmed, {
        delimiter,
        relax_column_count: true,
        skip_empty_lines: false,
        trim: true,
      });
      const column = header.indexOf('email');
      return {
        emails: records
          .slice(1)
          .map((record, i) => ({ line: i + 2, email: (record[column] ?? '').trim() }))
          .filter((row) => row.email !== '')
          .slice(0, MAX_ROWS),
      };
    } catch (error) {
      return { emails: [], error: `This CSV cannot be read: ${(error as Error).message}` };
    }
  }
  const emails: Array<{ line: number; email: string }> = [];
  trimmed.split(/\r?\n/).forEach((content, i) => {
    for (const part of content.split(/[,;\t]/)) {
      const email = part.trim().replace(/^<|>$/g, '');
      if (email) emails.push({ line: i + 1, email });
    }
  });
  return { emails: emails.slice(0, MAX_ROWS) };
}

/** What adding these emails to a cohort would do, row by row. */
export function planMembers(
  emails: Array<{ line: number; email: string }>,
  accounts: ReadonlyMap<string, { id: string; name: string; verified?: boolean }>,
  members: ReadonlySet<string>,
  { confirmedOnly = false }: { confirmedOnly?: boolean } = {},
): MemberRow[] {
  const seen = new Set<string>();
  return emails.map(({ line, email }) => {
    const key = email.toLowerCase();
    if (!EMAIL.test(key))
      return { line, email, status: 'invalid', message: 'not an email address' };
    if (seen.has(key)) return { line, email, status: 'duplicate', message: 'listed twice' };
    seen.add(key);
    const account = accounts.get(key);
    if (!account) return { line, email, status: 'unknown', message: 'no account with this email' };
    // Whoever signed up with an address they have not confirmed may not own it.
    if (confirmedOnly && !account.verified)
      return {
        line,
        email,
        status: 'unconfirmed',
        message: 'the account has not confirmed this email',
      };
    if (members.has(account.id))
      return {
        line,
        email,
        status: 'already',
        message: 'in the cohort already',
        userId: account.id,
        name: account.name,
      };
    return {
      line,
      email,
      status: 'add',
      message: 'will be added',
      userId: account.id,
      name: account.name,
    };
  });
}
