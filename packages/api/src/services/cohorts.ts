import { COURSE_ID, objectives } from '@alliance/content';
import {
  cohortActivity,
  cohortFunnel,
  cohortMastery,
  cohortQuizScores,
  cohortStanding,
  type Database,
  getCohort,
  learnerAttempts,
  usersByEmail,
} from '@alliance/db';
import { riskReasons, shiftDays } from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { planMembers, readEmails } from '../member-list';
import { masteryOf } from './mastery';
import { progressOf } from './progress';

const noCohort = () => new TRPCError({ code: 'NOT_FOUND', message: 'There is no such cohort.' });

/**
 * Where a cohort stands: the completion funnel by lesson, quiz score distributions, daily
 * activity, who needs help and why (quiz-engine's riskReasons), and the mastery heat map
 * (objectives × levels; the learners with no level on an objective have not started it).
 */
export async function cohortDashboard(
  db: Database,
  input: { cohortId: string; inactiveDays: number },
) {
  const cohort = await getCohort(db, input);
  if (!cohort) throw noCohort();
  const courseId = cohort.courseId ?? COURSE_ID;
  const [funnel, quizzes, activity, standing, mastery] = await Promise.all([
    cohortFunnel(db, { cohortId: input.cohortId, courseId }),
    cohortQuizScores(db, input),
    cohortActivity(db, { cohortId: input.cohortId }),
    cohortStanding(db, input),
    cohortMastery(db, input),
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
}

/**
 * One learner of a cohort, as staff see them: everything on their "My progress" (lessons,
 * mastery and recall) and every submitted attempt with its score breakdown.
 */
export async function cohortLearner(db: Database, input: { cohortId: string; userId: string }) {
  const cohort = await getCohort(db, { cohortId: input.cohortId });
  const member = cohort?.members.find((m) => m.userId === input.userId && m.role === 'learner');
  if (!cohort || !member)
    throw new TRPCError({ code: 'NOT_FOUND', message: 'This learner is not in the cohort.' });
  const [progress, mastery, attempts] = await Promise.all([
    progressOf(db, input.userId),
    masteryOf(db, input.userId),
    learnerAttempts(db, { userId: input.userId }),
  ]);
  return {
    cohort: { id: cohort.id, name: cohort.name },
    learner: { id: member.userId, name: member.name, email: member.email },
    progress,
    mastery,
    attempts,
  };
}

/**
 * What adding a pasted list or CSV of emails to a cohort would do, row by row (an account to add,
 * one already there, an unknown email, a bad row): the preview shows it, and the add plans again
 * rather than trusting what the preview said.
 */
export async function planMemberList(
  db: Database,
  input: { cohortId: string; text: string; confirmedOnly?: boolean },
) {
  const cohort = await getCohort(db, { cohortId: input.cohortId });
  if (!cohort) throw noCohort();
  const read = readEmails(input.text);
  if (read.error) throw new TRPCError({ code: 'BAD_REQUEST', message: read.error });
  const accounts = await usersByEmail(
    db,
    read.emails.map((e) => e.email.toLowerCase()),
  );
  const rows = planMembers(read.emails, accounts, new Set(cohort.members.map((m) => m.userId)), {
    confirmedOnly: input.confirmedOnly,
  });
  return { cohort, rows };
}
