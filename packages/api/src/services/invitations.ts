import { randomBytes } from 'node:crypto';
import type { Role } from '@alliance/auth';
import { createInvitation, type Database, renewInvitation } from '@alliance/db';
import { invitationMessage } from '@alliance/mail';
import { hashInvitationToken, INVITATION_DAYS, newInvitationToken } from '../invitation-token';
import type { AppLinks } from '../trpc';

const linkOf = (links: AppLinks, token: string) => `${links.web}/invite/${token}`;

/**
 * Invites someone to make an account with a role: a link valid for INVITATION_DAYS, used once,
 * emailed (when the apps' addresses are known) in the same transaction that records it. The
 * token is returned this once, for the copyable link; the database keeps only its hash.
 * Inviting the same email again replaces the earlier invitation. Null when a confirmed account
 * has the email.
 */
export async function invite(
  db: Database,
  links: AppLinks | undefined,
  input: {
    name: string;
    email: string;
    role: Role;
    invitedBy: string;
    /** The cohort they join on accepting, in this role there. */
    cohortId?: string;
    cohortRole?: 'learner' | 'instructor';
  },
) {
  const token = newInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  const message = links
    ? await invitationMessage({
        to: input.email,
        name: input.name,
        role: input.role,
        url: linkOf(links, token),
        expiresAt,
      })
    : undefined;
  const made = await createInvitation(
    db,
    {
      id: `inv_${randomBytes(8).toString('hex')}`,
      ...input,
      tokenHash: hashInvitationToken(token),
      expiresAt,
    },
    message,
  );
  return made ? { token, expiresAt, email: input.email, emailed: Boolean(message) } : null;
}

/**
 * Mails an open invitation again with a new link (the old one stops working), valid for
 * INVITATION_DAYS from now. Null when there is no such open invitation.
 */
export async function resend(
  db: Database,
  links: AppLinks,
  input: { invitationId: string; actorId: string },
) {
  const token = newInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  const renewed = await renewInvitation(db, {
    id: input.invitationId,
    tokenHash: hashInvitationToken(token),
    expiresAt,
    actorId: input.actorId,
    message: (row) =>
      invitationMessage({
        to: row.email,
        name: row.name,
        role: row.role,
        url: linkOf(links, token),
        expiresAt,
      }),
  });
  return renewed ? { token, expiresAt, email: renewed.email } : null;
}
