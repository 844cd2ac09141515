import { bigserial, index, pgTable, text } from 'drizzle-orm/pg-core';
import { stamp } from './columns';

/**
 * Failed sign-ins by account (the email tried, lower-cased, whether or not it has an account):
 * the per-account limit counts the last hour's rows. Rows older than a day are pruned as new
 * ones come in.
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip'),
    at: stamp('at'),
  },
  (t) => [index('sign_in_failures_email_idx').on(t.email, t.at)],
);
