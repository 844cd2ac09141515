import { createTRPCRouter, publicProcedure } from '../trpc';

export const usersRouter = createTRPCRouter({
  /** The caller (id, name, email, role), or null when signed out. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
});
