import { emailTokenClaims } from '@alliance/auth';
import {
  endOtherSessions,
  endUserSession,
  enqueueMail,
  getPerson,
  listUserSessions,
  personalData,
} from '@alliance/db';
import { emailChangedMessage } from '@alliance/mail';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { createTRPCRouter, learnerProcedure, publicProcedure } from '../trpc';

/**
 * The signed-in person's own account: who they are, where they are signed in, and confirming an
 * address. Name, password, email and deletion are better-auth's own endpoints, which the account
 * page calls directly (with their rate limits and origin checks).
 */
export const accountRouter = createTRPCRouter({
  /** Name, email, whether it is confirmed, role, and since when. */
  profile: learnerProcedure.query(async ({ ctx }) => {
    const person = await getPerson(ctx.db, { userId: ctx.user.id });
    if (!person) throw new TRPCError({ code: 'NOT_FOUND', message: 'Your account is gone.' });
    return person;
  }),

  /** Everything kept about the caller (`personalData`), for "Download my data". */
  data: learnerProcedure.query(async ({ ctx }) => {
    const data = await personalData(ctx.db, { userId: ctx.user.id });
    if (!data) throw new TRPCError({ code: 'NOT_FOUND', message: 'Your account is gone.' });
    return data;
  }),

  /**
   * Confirms an address from the link of a confirmation message, on purpose (the page's button:
   * mail scanners that open links change nothing). A new account's address becomes confirmed;
   * an email change takes effect, and the old address is told.
   */
  confirmEmail: publicProcedure
    .input(z.object({ token: z.string().min(1).max(4096) }))
    .mutation(async ({ ctx, input }) => {
      if (!ctx.auth)
        throw new TRPCError({
          code: 'INTERNAL_SERVER_ERROR',
          message: 'Accounts are not kept here.',
        });
      const claims = emailTokenClaims(input.token);
      const before = claims?.userId ? await getPerson(ctx.db, { userId: claims.userId }) : null;
      try {
        await ctx.auth.api.verifyEmail({ query: { token: input.token } });
      } catch {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message:
            'This link does not work any more: it has expired, was used already, or belongs to an address that has changed since. Sign in to have a new one sent.',
        });
      }
      const changedTo = claims?.updateTo ?? null;
      if (changedTo && before && before.email !== changedTo)
        await enqueueMail(
          ctx.db,
          await emailChangedMessage({ to: before.email, name: before.name, newEmail: changedTo }),
        );
      return {
        email: changedTo ?? claims?.email ?? null,
        changed: Boolean(changedTo),
      };
    }),

  /** Open sessions, most recent first, the current one marked. */
  sessions: learnerProcedure.query(async ({ ctx }) =>
    (await listUserSessions(ctx.db, { userId: ctx.user.id })).map((s) => ({
      ...s,
      current: s.id === ctx.sessionId,
    })),
  ),

  /** Signs out one of your own sessions (another device, or this one). */
  endSession: learnerProcedure
    .meta({ access: 'learner', scope: 'own' })
    .input(z.object({ sessionId: z.string().min(1).max(128) }))
    .mutation(async ({ ctx, input }) => {
      if (!(await endUserSession(ctx.db, { userId: ctx.user.id, sessionId: input.sessionId })))
        throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no such session of yours.' });
      return { ok: true };
    }),

  /** Signs out everywhere but here. */
  endOtherSessions: learnerProcedure.mutation(async ({ ctx }) => {
    if (!ctx.sessionId)
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'This request has no session to keep.' });
    return {
      ended: await endOtherSessions(ctx.db, { userId: ctx.user.id, keepSessionId: ctx.sessionId }),
    };
  }),
});
