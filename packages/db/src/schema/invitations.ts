import { sql } from 'drizzle-orm';
import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { actor, moment, stamp } from './columns';

/**
 * An admin's invitation to make an account with a given role. Only a SHA-256 hash of the token is
 * stored: the link holds the token itself, shown once to the admin who made it. An invitation is
 * used once, and not after it expires or is revoked.
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
  },
  (t) => [
    index('invitations_open_idx')
      .on(t.email)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
  ],
);
