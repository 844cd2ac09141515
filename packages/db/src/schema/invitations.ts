import { sql } from 'drizzle-orm';
import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { cohorts } from './cohorts';
import { actor, moment, stamp } from './columns';

/**
 * An admin's invitation to make an account with a given role. Only a SHA-256 hash of the token is
 * stored: the link holds the token itself, shown once to the admin who made it. An invitation is
 * used once, and not after it expires or is revoked. One made from a cohort's member list puts the
 * new account in the cohort as it is accepted.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: actor('invited_by'),
    createdAt: stamp(),
    expiresAt: moment('expires_at').notNull(),
    acceptedAt: moment('accepted_at'),
    acceptedUserId: actor('accepted_user_id'),
    revokedAt: moment('revoked_at'),
    /** The cohort the invitee joins on accepting (invited from a cohort's member list). */
    cohortId: text('cohort_id').references(() => cohorts.id, { onDelete: 'set null' }),
    /** learner | instructor: their role in that cohort. */
    cohortRole: text('cohort_role'),
  },
  (t) => [
    index('invitations_open_idx')
      .on(t.email)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
  ],
);
