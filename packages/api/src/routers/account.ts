import { endOtherSessions, endUserSession, listUserSessions } from '@alliance/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { createTRPCRouter, learnerProcedure } from '../trpc';

/** The signed-in person's own account: where they are signed in, and signing out there. */
export const accountRouter = createTRPCRouter({
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
