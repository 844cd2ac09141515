import { accountForInvitation, PASSWORD_MIN_LENGTH } from '@alliance/auth';
import {
  claimInvitation,
  completeInvitation,
  releaseInvitation,
  usableInvitation,
} from '@alliance/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { hashInvitationToken, INVITATION_TOKEN } from '../invitation-token';
import { createTRPCRouter, publicProcedure } from '../trpc';

const token = z.string().regex(INVITATION_TOKEN, 'is not an invitation link');
const unusable = () =>
  new TRPCError({
    code: 'NOT_FOUND',
    message:
      'This invitation cannot be used: it was used already, revoked, or it has expired. Ask an admin for a new one.',
  });

/** The invitee's side of an invitation: see it, and accept it by choosing a password. */
export const invitationRouter = createTRPCRouter({
  get: publicProcedure.input(z.object({ token })).query(async ({ ctx, input }) => {
    const invite = await usableInvitation(ctx.db, { tokenHash: hashInvitationToken(input.token) });
    if (!invite) throw unusable();
    return {
      email: invite.email,
      name: invite.name,
      role: invite.role,
      expiresAt: invite.expiresAt,
    };
  }),

  /**
   * Makes the account: the invitation is claimed first (so two tabs cannot both use it), the
   * account is made (or an unconfirmed one with the address taken over: the link proves the
   * address) with its address confirmed, and only then tied to the invitation and given its
   * role; if that is refused, the invitation is given back.
   */
  accept: publicProcedure
    .input(
      z.object({
        token,
        name: z.string().trim().min(1, 'is required').max(100, 'is too long'),
        password: z
          .string()
          .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
          .max(128, 'is too long'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (!ctx.auth)
        throw new TRPCError({
          code: 'INTERNAL_SERVER_ERROR',
          message: 'Accounts cannot be made here.',
        });
      const invite = await claimInvitation(ctx.db, {
        tokenHash: hashInvitationToken(input.token),
      });
      if (!invite) throw unusable();
      let made: Awaited<ReturnType<typeof accountForInvitation>>;
      try {
        made = await accountForInvitation(ctx.auth, {
          email: invite.email,
          name: input.name,
          password: input.password,
        });
      } catch (error) {
        await releaseInvitation(ctx.db, { id: invite.id });
        throw error;
      }
      if ('refused' in made) {
        await releaseInvitation(ctx.db, { id: invite.id });
        throw new TRPCError({
          code: /already/.test(made.refused) ? 'CONFLICT' : 'BAD_REQUEST',
          message: made.refused,
        });
      }
      const userId = made.userId;
      await completeInvitation(ctx.db, { id: invite.id, userId, role: invite.role });
      return { email: invite.email, role: invite.role };
    }),
});
