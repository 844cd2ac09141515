import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { attempts, learnerQuizGrades, quizzes } from '../schema';

type Executor = Pick<Database, 'select' | 'insert' | 'delete' | 'execute'>;

/** A learner's grade on a quiz as stored (quiz-engine's `QuizGrade`). */
export interface StoredQuizGrade {
  fraction: number | null;
  passed: boolean | null;
  method: string;
  counted: number;
  waiting: number;
}

/**
 * A learner's submitted attempts at a quiz, each with the version it is pinned to: what their
 * grade on the quiz is taken over.
 */
export async function gradedAttempts(
  db: Pick<Database, 'select'>,
  { userId, quizId }: { userId: string; quizId: string },
) {
  const rows = await db
    .select({
      fraction: attempts.fraction,
      submittedAt: attempts.submittedAt,
      pending: attempts.pending,
      quizVersion: attempts.quizVersion,
    })
    .from(attempts)
    .where(
      and(
        eq(attempts.userId, userId),
        eq(attempts.quizId, quizId),
        eq(attempts.state, 'submitted'),
      ),
    );
  return rows.flatMap((r) =>
    r.fraction !== null && r.submittedAt
      ? [
          {
            fraction: r.fraction,
            submittedAt: r.submittedAt,
            pending: r.pending,
            quizVersion: r.quizVersion,
          },
        ]
      : [],
  );
}

/** Stores a learner's grade on a quiz (or removes it when nothing is submitted). */
export async function saveQuizGrade(
  db: Executor,
  { userId, quizId, grade }: { userId: string; quizId: string; grade: StoredQuizGrade },
) {
  if (grade.counted + grade.waiting === 0) {
    await db
      .delete(learnerQuizGrades)
      .where(and(eq(learnerQuizGrades.userId, userId), eq(learnerQuizGrades.quizId, quizId)));
    return;
  }
  const values = { ...grade, updatedAt: sql`now()` };
  await db
    .insert(learnerQuizGrades)
    .values({ userId, quizId, ...values })
    .onConflictDoUpdate({
      target: [learnerQuizGrades.userId, learnerQuizGrades.quizId],
      set: values,
    });
}

/** A learner's grades on every quiz they submitted, by quiz id. */
export async function learnerGrades(db: Pick<Database, 'select'>, { userId }: { userId: string }) {
  const rows = await db
    .select()
    .from(learnerQuizGrades)
    .where(eq(learnerQuizGrades.userId, userId));
  return new Map(rows.map((r) => [r.quizId, r]));
}

/** Every submitted attempt, for rebuilding every grade at once (a bulk load). */
export function allGradedAttempts(db: Pick<Database, 'execute'>) {
  return db.execute<{
    user_id: string;
    quiz_id: string;
    fraction: number;
    submitted_at: string | Date;
    pending: boolean;
    quiz_version: number;
  }>(sql`
    select user_id, quiz_id, fraction, submitted_at, pending, quiz_version
    from attempts where state = 'submitted' and fraction is not null and submitted_at is not null`);
}

/** Replaces every stored grade (after a bulk load), in one statement per table. */
export async function replaceQuizGrades(
  db: Pick<Database, 'execute'>,
  rows: Array<{ userId: string; quizId: string } & StoredQuizGrade>,
) {
  await db.execute(sql`delete from learner_quiz_grades`);
  const payload = rows.map((r) => ({
    user_id: r.userId,
    quiz_id: r.quizId,
    fraction: r.fraction,
    passed: r.passed,
    method: r.method,
    counted: r.counted,
    waiting: r.waiting,
  }));
  await db.execute(sql`
    insert into learner_quiz_grades (user_id, quiz_id, fraction, passed, method, counted, waiting)
    select r.user_id, r.quiz_id, r.fraction, r.passed, r.method, r.counted, r.waiting
    from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) as r(user_id text, quiz_id text,
      fraction float8, passed boolean, method text, counted int, waiting int)`);
}

/**
 * Whether some learner has a submitted attempt at a quiz but no stored grade on it (a database
 * from before grades were stored, or written by hand): start-up then rebuilds them.
 */
export async function gradesMissing(db: Pick<Database, 'execute'>): Promise<boolean> {
  const [row] = await db.execute<{ missing: boolean }>(sql`
    select exists (
      select 1 from attempts a where a.state = 'submitted'
        and not exists (select 1 from learner_quiz_grades g
                        where g.user_id = a.user_id and g.quiz_id = a.quiz_id)) as missing`);
  return row?.missing === true;
}

/** The kind (practice or final) and title of each of these quizzes, by id. */
export async function quizzesById(db: Pick<Database, 'select'>, quizIds: readonly string[]) {
  if (quizIds.length === 0) return new Map<string, { kind: string; title: string }>();
  const rows = await db
    .select({ id: quizzes.id, kind: quizzes.kind, title: quizzes.title })
    .from(quizzes)
    .where(inArray(quizzes.id, [...quizIds]));
  return new Map(rows.map((r) => [r.id, { kind: r.kind, title: r.title }]));
}
