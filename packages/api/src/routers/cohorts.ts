import { COURSE_ID, objectives } from '@alliance/content';
import {
  addCohortMembers,
  cohortActivity,
  cohortFunnel,
  cohortMastery,
  cohortQuizScores,
  cohortStanding,
  createCohort,
  enrollCohort,
  getCohort,
  learnerAttempts,
  listCohorts,
  removeCohortMember,
  setAccommodation,
  teachesCohort,
  usersByEmail,
} from '@alliance/db';
import { attemptDeadline, riskReasons, shiftDays } from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { entityId } from '../ids';
import { planMembers, readEmails } from '../member-list';
import { paperOf } from '../scoring';
import { adminProcedure, cohortReadProcedure, createTRPCRouter } from '../trpc';
import { masteryOf } from './mastery';
import { progressOf } from './progress';

const cohortId = entityId;
const userId = z.string().min(1).max(64);
const memberList = z.object({
  cohortId,
  /** A pasted list of emails, or a CSV with an `email` column. */
  text: z.string().max(1_000_000, 'is too long (1 MB at most)'),
  role: z.enum(['learner', 'instructor']).default('learner'),
});

const noCohort = () => new TRPCError({ code: 'NOT_FOUND', message: 'There is no such cohort.' });

async function plan(db: Parameters<typeof getCohort>[0], input: z.infer<typeof memberList>) {
  const cohort = await getCohort(db, { cohortId: input.cohortId });
  if (!cohort) throw noCohort();
  const read = readEmails(input.text);
  if (read.error) throw new TRPCError({ code: 'BAD_REQUEST', message: read.error });
  const accounts = await usersByEmail(
    db,
    read.emails.map((e) => e.email.toLowerCase()),
  );
  const rows = planMembers(read.emails, accounts, new Set(cohort.members.map((m) => m.userId)));
  return { cohort, rows };
}

export const cohortsRouter = createTRPCRouter({
  /** Admins see every cohort; instructors the ones they teach. */
  list: cohortReadProcedure.query(({ ctx }) =>
    listCohorts(ctx.db, ctx.user.role === 'admin' ? {} : { instructorId: ctx.user.id }),
  ),

  /** One cohort: members, enrollment and accommodations (instructors: their cohorts only). */
  get: cohortReadProcedure.input(z.object({ cohortId })).query(async ({ ctx, input }) => {
    if (
      ctx.user.role !== 'admin' &&
      !(await teachesCohort(ctx.db, { userId: ctx.user.id, cohortId: input.cohortId }))
    )
      throw noCohort();
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
    .query(async ({ ctx, input }) => {
      if (
        ctx.user.role !== 'admin' &&
        !(await teachesCohort(ctx.db, { userId: ctx.user.id, cohortId: input.cohortId }))
      )
        throw noCohort();
      const cohort = await getCohort(ctx.db, input);
      if (!cohort) throw noCohort();
      const courseId = cohort.courseId ?? COURSE_ID;
      const [funnel, quizzes, activity, standing, mastery] = await Promise.all([
        cohortFunnel(ctx.db, { cohortId: input.cohortId, courseId }),
        cohortQuizScores(ctx.db, input),
        cohortActivity(ctx.db, { cohortId: input.cohortId }),
        cohortStanding(ctx.db, input),
        cohortMastery(ctx.db, input),
      ]);
      const now = new Date();
      const atRisk = standing
        .map((learner) => ({
          ...learner,
          reasons: riskReasons({
            ...learner,
            lessonsTotal: funnel.length,
            opensAt: cohort.opensAt,
            dueAt: shiftDays(cohort.dueAt, learner.dueShiftDays),
            now,
            inactiveDays: input.inactiveDays,
          }),
        }))
        .filter((learner) => learner.reasons.length > 0);
      // Objectives × levels: how many learners stand where (the rest have not started).
      const counts = new Map<string, Record<string, number>>();
      for (const row of mastery) {
        const byLevel = counts.get(row.objectiveId) ?? {};
        byLevel[row.level] = row.learners;
        counts.set(row.objectiveId, byLevel);
      }
      const heatMap = objectives.map((o) => {
        const byLevel = counts.get(o.id) ?? {};
        const started = Object.values(byLevel).reduce((sum, n) => sum + n, 0);
        return {
          objectiveId: o.id,
          text: o.text,
          module: o.module,
          levels: {
            'not-started': Math.max(0, standing.length - started),
            attempted: byLevel.attempted ?? 0,
            familiar: byLevel.familiar ?? 0,
            proficient: byLevel.proficient ?? 0,
            mastered: byLevel.mastered ?? 0,
          },
        };
      });
      return {
        cohort: { id: cohort.id, name: cohort.name, opensAt: cohort.opensAt, dueAt: cohort.dueAt },
        learners: standing.length,
        funnel,
        quizzes,
        activity,
        atRisk,
        heatMap,
      };
    }),

  /**
   * One learner of a cohort, as staff see them: everything on their "My progress" (lessons,
   * mastery and recall) and every submitted attempt with its score breakdown.
   */
  learner: cohortReadProcedure
    .input(z.object({ cohortId, userId }))
    .query(async ({ ctx, input }) => {
      if (
        ctx.user.role !== 'admin' &&
        !(await teachesCohort(ctx.db, { userId: ctx.user.id, cohortId: input.cohortId }))
      )
        throw noCohort();
      const cohort = await getCohort(ctx.db, { cohortId: input.cohortId });
      const member = cohort?.members.find((m) => m.userId === input.userId && m.role === 'learner');
      if (!cohort || !member)
        throw new TRPCError({ code: 'NOT_FOUND', message: 'This learner is not in the cohort.' });
      const [progress, mastery, attempts] = await Promise.all([
        progressOf(ctx.db, input.userId),
        masteryOf(ctx.db, input.userId),
        learnerAttempts(ctx.db, { userId: input.userId }),
      ]);
      return {
        cohort: { id: cohort.id, name: cohort.name },
        learner: { id: member.userId, name: member.name, email: member.email },
        progress,
        mastery,
        attempts,
      };
    }),

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
    const { rows } = await plan(ctx.db, input);
    return { rows };
  }),

  /** Adds the rows the preview marked "will be added" (planned again here, not trusted). */
  addMembers: adminProcedure.input(memberList).mutation(async ({ ctx, input }) => {
    const { rows } = await plan(ctx.db, input);
    const userIds = rows.flatMap((r) => (r.status === 'add' && r.userId ? [r.userId] : []));
    const added = await addCohortMembers(ctx.db, {
      cohortId: input.cohortId,
      userIds,
      role: input.role,
      actorId: ctx.user.id,
    });
    return { added, skipped: rows.length - userIds.length };
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
