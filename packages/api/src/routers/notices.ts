import { NOTICE_KINDS, noticeSettings, setNoticeSettings, unsubscribe } from '@alliance/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { noticeKindNamed } from '../services/notices';
import { createTRPCRouter, learnerProcedure, publicProcedure } from '../trpc';

const settings = z.object(
  Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, z.boolean()])) as Record<
    (typeof NOTICE_KINDS)[number],
    z.ZodBoolean
  >,
);

/** Which notices the signed-in learner gets by email, and turning them off from a mail's link. */
export const noticesRouter = createTRPCRouter({
  /** Each notice, on or off (all on until changed). */
  settings: learnerProcedure.query(async ({ ctx }) => {
    const found = await noticeSettings(ctx.db, { userId: ctx.user.id });
    if (!found) throw new TRPCError({ code: 'NOT_FOUND', message: 'Your account is gone.' });
    return found;
  }),

  setSettings: learnerProcedure.input(settings).mutation(async ({ ctx, input }) => {
    await setNoticeSettings(ctx.db, { userId: ctx.user.id, settings: input });
    return input;
  }),

  /**
   * The link at the foot of a notice, without signing in: turns that kind off (or every kind,
   * `kind` null) for the holder of the token. It can only turn notices off.
   */
  unsubscribe: publicProcedure
    .input(
      z.object({
        token: z.string().min(16).max(64),
        kind: z.string().max(40).nullable(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const kind = input.kind === null ? null : noticeKindNamed(input.kind);
      if (input.kind !== null && !kind)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'This link names no kind of email.' });
      const email = await unsubscribe(ctx.db, { token: input.token, kind });
      if (!email)
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: 'This link is not known: copy the whole link from the message.',
        });
      return { email, kind: input.kind };
    }),
});
