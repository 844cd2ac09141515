import { ROLES } from '@alliance/auth';
import {
  countActiveAdmins,
  getPerson,
  listPeople,
  listUnsentMail,
  openInvitations,
  recordAccountAction,
  revokeInvitation,
} from '@alliance/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { searchText } from '../ids';
import * as invitations from '../services/invitations';
import { adminProcedure, type Context, createTRPCRouter } from '../trpc';

const userId = z.string().min(1, 'is required').max(64, 'is too long');
const role = z.enum(ROLES);

const LAST_ADMIN = 'Alliance Academy needs at least one admin who can sign in.';

/** better-auth, acting as the calling admin (its admin plugin checks their permission too). */
function asCaller(ctx: Context) {
  if (!ctx.auth || !ctx.headers)
    throw new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Account changes need a request with a session.',
    });
  return { auth: ctx.auth, headers: ctx.headers };
}

/** The database's last-admin guard (a trigger) speaks as an error; say it in words. */
function explain(error: unknown): never {
  const text = JSON.stringify(error, Object.getOwnPropertyNames(error ?? {}));
  if (text.includes('last admin'))
    throw new TRPCError({ code: 'BAD_REQUEST', message: LAST_ADMIN });
  if (error instanceof TRPCError) throw error;
  const message = (error as { body?: { message?: string } })?.body?.message;
  if (message) throw new TRPCError({ code: 'BAD_REQUEST', message });
  throw error;
}

async function target(ctx: Context, id: string) {
  const person = await getPerson(ctx.db, { userId: id });
  if (!person) throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no such account.' });
  return person;
}

export const peopleRouter = createTRPCRouter({
  /** Accounts by name or email, role and status, newest first, 50 a page. */
  list: adminProcedure
    .input(
      z.object({
        q: searchText.optional(),
        role: role.optional(),
        banned: z.boolean().optional(),
        page: z.number().int().min(1).max(10_000).default(1),
      }),
    )
    .query(async ({ ctx, input }) => {
      const pageSize = 50;
      const { page, ...filter } = input;
      const result = await listPeople(ctx.db, {
        ...filter,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { ...result, page, pageSize };
    }),

  /**
   * A new account with a role, signed in with the password given to its owner. Its address
   * counts as confirmed: the admin who makes it vouches for it.
   */
  create: adminProcedure
    .input(
      z.object({
        name: z.string().trim().min(1, 'is required').max(100, 'is too long'),
        email: z.string().trim().toLowerCase().email('is not an email address').max(254),
        password: z.string().min(12, 'must be at least 12 characters').max(128),
        role,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { auth, headers } = asCaller(ctx);
      try {
        const created = await auth.api.createUser({
          body: {
            name: input.name,
            email: input.email,
            password: input.password,
            role: input.role,
            data: { emailVerified: true },
          },
          headers,
        });
        await recordAccountAction(ctx.db, {
          actorId: ctx.user.id,
          action: 'user.create',
          userId: created.user.id,
          details: { role: input.role },
        });
        return { userId: created.user.id };
      } catch (error) {
        const message = JSON.stringify(error, Object.getOwnPropertyNames(error ?? {}));
        if (/already exists|USER_ALREADY_EXISTS/i.test(message))
          throw new TRPCError({
            code: 'CONFLICT',
            message: `There is an account for ${input.email} already.`,
          });
        explain(error);
      }
    }),

  /** Changes an account's role; the last admin stays an admin. */
  setRole: adminProcedure.input(z.object({ userId, role })).mutation(async ({ ctx, input }) => {
    const person = await target(ctx, input.userId);
    if (person.role === input.role) return { ok: true };
    if (person.role === 'admin' && !person.banned && (await countActiveAdmins(ctx.db)) <= 1)
      throw new TRPCError({ code: 'BAD_REQUEST', message: LAST_ADMIN });
    const { auth, headers } = asCaller(ctx);
    await auth.api
      .setRole({ body: { userId: input.userId, role: input.role }, headers })
      .catch(explain);
    await recordAccountAction(ctx.db, {
      actorId: ctx.user.id,
      action: 'user.role',
      userId: input.userId,
      details: { from: person.role, to: input.role },
    });
    return { ok: true };
  }),

  /** Bans an account (its sessions end at once); nobody bans themselves or the last admin. */
  ban: adminProcedure
    .input(z.object({ userId, reason: z.string().trim().max(500).optional() }))
    .mutation(async ({ ctx, input }) => {
      if (input.userId === ctx.user.id)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'You cannot ban yourself.' });
      const person = await target(ctx, input.userId);
      if (person.role === 'admin' && !person.banned && (await countActiveAdmins(ctx.db)) <= 1)
        throw new TRPCError({ code: 'BAD_REQUEST', message: LAST_ADMIN });
      const { auth, headers } = asCaller(ctx);
      await auth.api
        .banUser({ body: { userId: input.userId, banReason: input.reason || undefined }, headers })
        .catch(explain);
      await recordAccountAction(ctx.db, {
        actorId: ctx.user.id,
        action: 'user.ban',
        userId: input.userId,
        reason: input.reason || null,
      });
      return { ok: true };
    }),

  unban: adminProcedure.input(z.object({ userId })).mutation(async ({ ctx, input }) => {
    await target(ctx, input.userId);
    const { auth, headers } = asCaller(ctx);
    await auth.api.unbanUser({ body: { userId: input.userId }, headers }).catch(explain);
    await recordAccountAction(ctx.db, {
      actorId: ctx.user.id,
      action: 'user.unban',
      userId: input.userId,
    });
    return { ok: true };
  }),

  /**
   * An invitation to make an account with a role, emailed with its link (which is also shown
   * once, to copy): see services/invitations.ts.
   */
  invite: adminProcedure
    .input(
      z.object({
        name: z.string().trim().min(1, 'is required').max(100, 'is too long'),
        email: z.string().trim().toLowerCase().email('is not an email address').max(254),
        role,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const made = await invitations.invite(ctx.db, ctx.links, {
        ...input,
        invitedBy: ctx.user.id,
      });
      if (!made)
        throw new TRPCError({
          code: 'CONFLICT',
          message: `There is an account for ${input.email} already.`,
        });
      return made;
    }),

  /** Emails an open invitation again, with a new link (the old one stops working). */
  resendInvitation: adminProcedure
    .input(z.object({ invitationId: z.string().min(1).max(64) }))
    .mutation(async ({ ctx, input }) => {
      if (!ctx.links)
        throw new TRPCError({
          code: 'INTERNAL_SERVER_ERROR',
          message: 'Mail cannot be sent from here: the apps’ addresses are not known.',
        });
      const sent = await invitations.resend(ctx.db, ctx.links, {
        invitationId: input.invitationId,
        actorId: ctx.user.id,
      });
      if (!sent)
        throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no such open invitation.' });
      return sent;
    }),

  /** Invitations not used or revoked yet, newest first. */
  invitations: adminProcedure.query(({ ctx }) => openInvitations(ctx.db)),

  /** Mail the outbox has not sent yet, oldest first, with the mail server's last words. */
  unsentMail: adminProcedure.query(({ ctx }) => listUnsentMail(ctx.db, { limit: 50 })),

  revokeInvitation: adminProcedure
    .input(z.object({ invitationId: z.string().min(1).max(64) }))
    .mutation(async ({ ctx, input }) => {
      if (!(await revokeInvitation(ctx.db, { id: input.invitationId, actorId: ctx.user.id })))
        throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no such open invitation.' });
      return { ok: true };
    }),

  /** Signs an account out everywhere. */
  revokeSessions: adminProcedure.input(z.object({ userId })).mutation(async ({ ctx, input }) => {
    await target(ctx, input.userId);
    const { auth, headers } = asCaller(ctx);
    await auth.api.revokeUserSessions({ body: { userId: input.userId }, headers }).catch(explain);
    await recordAccountAction(ctx.db, {
      actorId: ctx.user.id,
      action: 'user.sessions.revoke',
      userId: input.userId,
    });
    return { ok: true };
  }),
});
