import { COURSE_ID } from '@alliance/content';
import {
  addCohortMembers,
  createCohort,
  enrollCohort,
  getCohort,
  listCohorts,
  removeCohortMember,
  setAccommodation,
} from '@alliance/db';
import { attemptDeadline } from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { entityId } from '../ids';
import { paperOf } from '../scoring';
import { cohortDashboard, cohortLearner, planMemberList } from '../services/cohorts';
import * as invitations from '../services/invitations';
import { noticeAddedToCohort } from '../services/notices';
import { adminProcedure, type Context, cohortReadProcedure, createTRPCRouter } from '../trpc';

const cohortId = entityId;
const userId = z.string().min(1).max(64);
const memberList = z.object({
  cohortId,
  /** A pasted list of emails, or a CSV with an `email` column. */
  text: z.string().max(1_000_000, 'is too long (1 MB at most)'),
  role: z.enum(['learner', 'instructor']).default('learner'),
});

/** Whether only confirmed addresses may be added by email (REQUIRE_EMAIL_VERIFICATION). */
const confirmedOnly = (ctx: Context) =>
  Boolean(ctx.auth?.options.emailAndPassword?.requireEmailVerification);

/** Most invitations one list may send at once. */
const MAX_INVITES = 500;

const noCohort = () => new TRPCError({ code: 'NOT_FOUND', message: 'There is no such cohort.' });

export const cohortsRouter = createTRPCRouter({
  /** Admins see every cohort; instructors the ones they teach. */
  list: cohortReadProcedure.query(({ ctx }) =>
    listCohorts(ctx.db, ctx.user.role === 'admin' ? {} : { instructorId: ctx.user.id }),
  ),

  /** One cohort: members, enrollment and accommodations (instructors: their cohorts only). */
  get: cohortReadProcedure.input(z.object({ cohortId })).query(async ({ ctx, input }) => {
    const cohort = await getCohort(ctx.db, input);
    if (!cohort) throw noCohort();
    return cohort;
  }),

  /**
   * Where a cohort stands: the completion funnel by lesson, quiz score distributions, daily
   * activity, and who needs help and why (admins, and the cohort's own instructors).
   */
  dashboard: cohortReadProcedure
    .input(z.object({ cohortId, inactiveDays: z.number().int().min(1).max(365).default(7) }))
    .query(({ ctx, input }) => cohortDashboard(ctx.db, input)),

  /**
   * One learner of a cohort, as staff see them: everything on their "My progress" (lessons,
   * mastery and recall) and every submitted attempt with its score breakdown.
   */
  learner: cohortReadProcedure
    .input(z.object({ cohortId, userId }))
    .query(({ ctx, input }) => cohortLearner(ctx.db, input)),

  create: adminProcedure
    .input(z.object({ cohortId, name: z.string().trim().min(1, 'is required').max(120) }))
    .mutation(async ({ ctx, input }) => {
      const made = await createCohort(ctx.db, {
        id: input.cohortId,
        name: input.name,
        actorId: ctx.user.id,
      });
      if (!made)
        throw new TRPCError({
          code: 'CONFLICT',
          message: `A cohort with the id “${input.cohortId}” exists already.`,
        });
      return { cohortId: input.cohortId };
    }),

  /** What adding a pasted list or CSV would do, row by row. Nothing is written. */
  previewMembers: adminProcedure.input(memberList).mutation(async ({ ctx, input }) => {
    const { rows } = await planMemberList(ctx.db, { ...input, confirmedOnly: confirmedOnly(ctx) });
    return { rows };
  }),

  /**
   * Adds the rows the preview marked "will be added" (planned again here, not trusted); with
   * `invite`, emails an invitation to each address with no (confirmed) account, which puts them
   * in the cohort when they accept.
   */
  addMembers: adminProcedure
    .input(memberList.extend({ invite: z.boolean().default(false) }))
    .mutation(async ({ ctx, input }) => {
      const { cohort, rows } = await planMemberList(ctx.db, {
        ...input,
        confirmedOnly: confirmedOnly(ctx),
      });
      const userIds = rows.flatMap((r) => (r.status === 'add' && r.userId ? [r.userId] : []));
      const invitable = input.invite
        ? rows.filter((r) => r.status === 'unknown' || r.status === 'unconfirmed')
        : [];
      if (invitable.length > MAX_INVITES)
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `That would send ${invitable.length} invitations; send at most ${MAX_INVITES} at once.`,
        });
      const added = await addCohortMembers(ctx.db, {
        cohortId: input.cohortId,
        userIds,
        role: input.role,
        actorId: ctx.user.id,
        // Learners hear they were added (in the same transaction).
        afterAdd: (tx, ids) =>
          input.role === 'learner'
            ? noticeAddedToCohort(tx, ctx.links, { cohortName: cohort.name, userIds: ids })
            : Promise.resolve(),
      });
      let invited = 0;
      for (const row of invitable)
        if (
          await invitations.invite(ctx.db, ctx.links, {
            name: row.email.split('@')[0] ?? row.email,
            email: row.email.toLowerCase(),
            role: input.role,
            invitedBy: ctx.user.id,
            cohortId: input.cohortId,
            cohortRole: input.role,
          })
        )
          invited++;
      return { added, invited, skipped: rows.length - userIds.length - invited };
    }),

  removeMember: adminProcedure
    .input(z.object({ cohortId, userId }))
    .mutation(async ({ ctx, input }) => {
      const removed = await removeCohortMember(ctx.db, { ...input, actorId: ctx.user.id });
      if (!removed)
        throw new TRPCError({ code: 'NOT_FOUND', message: 'This person is not in the cohort.' });
      return { ok: true };
    }),

  /** Enrolls the cohort in the course between two dates, or takes it out. */
  enroll: adminProcedure
    .input(
      z
        .object({
          cohortId,
          enrolled: z.boolean(),
          opensAt: z.coerce.date().nullable(),
          dueAt: z.coerce.date().nullable(),
        })
        .refine((v) => !v.opensAt || !v.dueAt || v.opensAt < v.dueAt, {
          message: 'the due date must come after the opening date',
          path: ['dueAt'],
        }),
    )
    .mutation(async ({ ctx, input }) => {
      const done = await enrollCohort(ctx.db, {
        cohortId: input.cohortId,
        courseId: input.enrolled ? COURSE_ID : null,
        opensAt: input.enrolled ? input.opensAt : null,
        dueAt: input.enrolled ? input.dueAt : null,
        actorId: ctx.user.id,
      });
      if (!done) throw noCohort();
      return { ok: true };
    }),

  /**
   * Extra time, extra attempts or a later due date for a learner or a whole cohort (all at their
   * defaults clears it). Attempts in progress get the new time at once; audited.
   */
  setAccommodation: adminProcedure
    .input(
      z.object({
        target: z.union([z.object({ userId }), z.object({ cohortId })]),
        timeMultiplier: z.number().min(1, 'must be at least 1').max(5, 'must be at most 5'),
        extraAttempts: z.number().int().min(0).max(10),
        dueShiftDays: z.number().int().min(0).max(365),
        note: z.string().trim().max(500).nullable().default(null),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { target, ...accommodation } = input;
      return setAccommodation(ctx.db, {
        target,
        accommodation,
        actorId: ctx.user.id,
        async retime(attempt, multiplier) {
          const { settings } = await paperOf(ctx.db, attempt);
          return attemptDeadline(attempt.startedAt, settings, multiplier);
        },
      });
    }),
});
