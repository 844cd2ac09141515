import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { cohortMembers, invitations, user } from '../schema';
import { audit } from './audit';
import { enqueueMail, type OutboxMessage } from './mail';

const open = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));

/**
 * Records an invitation (only its token's hash), revoking any other open invitation to the same
 * email, audits it and puts its message in the outbox, all in one transaction. Returns false
 * when a confirmed account has that email already (an unconfirmed one may be someone else's
 * sign-up with the address: the invitation lets its real owner take it over).
 */
export async function createInvitation(
  db: Database,
  input: {
    id: string;
    email: string;
    name: string;
    role: string;
    tokenHash: string;
    invitedBy: string;
    expiresAt: Date;
    cohortId?: string | null;
    cohortRole?: 'learner' | 'instructor' | null;
  },
  message?: OutboxMessage,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: user.id })
      .from(user)
      .where(and(eq(user.email, input.email), eq(user.emailVerified, true)));
    if (taken) return false;
    await tx
      .update(invitations)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(invitations.email, input.email), open));
    await tx.insert(invitations).values(input);
    await audit(tx, input.invitedBy, 'user.invite', ['invitation', input.id], {
      details: { email: input.email, role: input.role, expiresAt: input.expiresAt },
    });
    if (message) await enqueueMail(tx, message);
    return true;
  });
}

/**
 * Sends an open invitation again: a new link (the old one stops working) valid for as long as
 * a new invitation's, mailed in the same transaction, audited. Null when there is no such open
 * invitation; else its email, name and role.
 */
export async function renewInvitation(
  db: Database,
  input: {
    id: string;
    tokenHash: string;
    expiresAt: Date;
    actorId: string;
    message: (invite: { email: string; name: string; role: string }) => Promise<OutboxMessage>;
  },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ tokenHash: input.tokenHash, expiresAt: input.expiresAt })
      .where(and(eq(invitations.id, input.id), open))
      .returning({ email: invitations.email, name: invitations.name, role: invitations.role });
    if (!row) return null;
    await audit(tx, input.actorId, 'invitation.resend', ['invitation', input.id], {
      details: { email: row.email, expiresAt: input.expiresAt },
    });
    await enqueueMail(tx, await input.message(row));
    return row;
  });
}

/** Invitations not yet used or revoked (expired ones included, marked by their date). */
export function openInvitations(db: Database) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      role: invitations.role,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      invitedBy: user.name,
    })
    .from(invitations)
    .leftJoin(user, eq(user.id, invitations.invitedBy))
    .where(open)
    .orderBy(desc(invitations.createdAt));
}

/** Revokes an open invitation, audited; false when there is none with that id. */
export async function revokeInvitation(db: Database, input: { id: string; actorId: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(invitations.id, input.id), open))
      .returning({ id: invitations.id, email: invitations.email });
    if (!row) return false;
    await audit(tx, input.actorId, 'invitation.revoke', ['invitation', row.id], {
      details: { email: row.email },
    });
    return true;
  });
}

/** The usable invitation (open, not expired) a token's hash names, or null. */
export async function usableInvitation(db: Database, { tokenHash }: { tokenHash: string }) {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.tokenHash, tokenHash), open, gt(invitations.expiresAt, sql`now()`)));
  return row ?? null;
}

/**
 * Takes a usable invitation for one acceptance (a second, concurrent one finds it taken), or
 * returns null. `release` gives it back if the account could not be made.
 */
export async function claimInvitation(db: Database, { tokenHash }: { tokenHash: string }) {
  const [row] = await db
    .update(invitations)
    .set({ acceptedAt: sql`now()` })
    .where(and(eq(invitations.tokenHash, tokenHash), open, gt(invitations.expiresAt, sql`now()`)))
    .returning();
  return row ?? null;
}

export async function releaseInvitation(db: Database, { id }: { id: string }) {
  await db
    .update(invitations)
    .set({ acceptedAt: null })
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedUserId)));
}

/**
 * Ties a claimed invitation to the account made from it, gives the account its role, puts it in
 * the invitation's cohort (if any, and the cohort still exists), audits.
 */
export async function completeInvitation(
  db: Database,
  input: { id: string; userId: string; role: string },
) {
  await db.transaction(async (tx) => {
    const [invite] = await tx
      .update(invitations)
      .set({ acceptedUserId: input.userId })
      .where(eq(invitations.id, input.id))
      .returning({ cohortId: invitations.cohortId, cohortRole: invitations.cohortRole });
    await tx.update(user).set({ role: input.role }).where(eq(user.id, input.userId));
    if (invite?.cohortId)
      await tx
        .insert(cohortMembers)
        .values({
          cohortId: invite.cohortId,
          userId: input.userId,
          role: invite.cohortRole === 'instructor' ? 'instructor' : 'learner',
        })
        .onConflictDoNothing();
    await audit(tx, input.userId, 'invitation.accept', ['invitation', input.id], {
      details: { role: input.role, cohortId: invite?.cohortId ?? null },
    });
  });
}
