import {
  claimScheduledRun,
  type Database,
  dueSoonLearners,
  enqueueMail,
  type NoticeKind,
  type NoticeRecipient,
  noticeRecipients,
  quizzesById,
  type Rescored,
  type RescoreTx,
  reviewDueLearners,
  scheduledRunDone,
} from '@alliance/db';
import { type Notice, type NoticeName, noticeMessage } from '@alliance/mail';
import type { AttemptResult } from '@alliance/quiz-engine';
import type { AppLinks } from '../trpc';

/**
 * Email notices a learner can switch off: an essay graded, a grade a regrade changed, being
 * added to a cohort (each written to the outbox in the transaction of what caused it), and the
 * scheduled ones: a due date three days away with the course not done (daily), and a digest of
 * review items due (weekly). Each message carries a link that turns its kind off without
 * signing in.
 */

const NAME = {
  essayGraded: 'essay-graded',
  gradeChanged: 'grade-changed',
  cohortAdded: 'cohort-added',
  dueSoon: 'due-soon',
  reviewDigest: 'review-digest',
} as const satisfies Record<NoticeKind, NoticeName>;

/** The notice kind an unsubscribe link names, or null for one that names none it knows. */
export const noticeKindNamed = (name: string): NoticeKind | null =>
  (Object.keys(NAME) as NoticeKind[]).find((kind) => NAME[kind] === name) ?? null;

type Facts<N extends NoticeName> = Omit<
  Extract<Notice, { notice: N }>,
  'to' | 'name' | 'unsubscribeUrl' | 'notice'
>;

/** Writes one notice to the outbox, unless its recipient turned that kind off. */
async function notify<K extends NoticeKind>(
  db: Pick<Database, 'insert'>,
  links: AppLinks,
  recipient: NoticeRecipient | undefined,
  kind: K,
  facts: Facts<(typeof NAME)[K]>,
) {
  if (!recipient?.settings[kind]) return false;
  const unsubscribeUrl = `${links.web}/unsubscribe?token=${recipient.unsubscribeToken}&kind=${NAME[kind]}`;
  await enqueueMail(
    db,
    await noticeMessage({
      to: recipient.email,
      name: recipient.name,
      unsubscribeUrl,
      notice: NAME[kind],
      ...facts,
    } as unknown as Notice),
  );
  return true;
}

const percent = (points: number, max: number) =>
  max > 0 ? `${Math.round((points / max) * 100)}%` : '–';

/** After an essay was graded: its learner hears so (no score in the mail; the review has it). */
export async function noticeEssayGraded(
  tx: RescoreTx,
  links: AppLinks | undefined,
  changed: readonly Rescored[],
) {
  if (!links || changed.length === 0) return;
  const quizzes = await quizzesById(
    tx,
    changed.map((c) => c.row.quizId),
  );
  const recipients = await noticeRecipients(
    tx,
    changed.map((c) => c.row.userId),
  );
  for (const { row } of changed)
    await notify(tx, links, recipients.get(row.userId), 'essayGraded', {
      quizTitle: quizzes.get(row.quizId)?.title ?? 'a quiz',
      url: `${links.web}/attempts/${row.id}/review`,
    });
}

/**
 * After a regrade: each learner whose score moved hears from what to what — only for attempts
 * whose scores they may see already (`visible`), so a mail never tells a score before its time.
 */
export async function noticeGradeChanged(
  tx: RescoreTx,
  links: AppLinks | undefined,
  changed: readonly Rescored[],
  visible: ReadonlySet<string>,
) {
  const shown = changed.filter((c) => visible.has(c.row.id));
  if (!links || shown.length === 0) return;
  const quizzes = await quizzesById(
    tx,
    shown.map((c) => c.row.quizId),
  );
  const recipients = await noticeRecipients(
    tx,
    shown.map((c) => c.row.userId),
  );
  for (const { row, before } of shown) {
    const items = (row.result as AttemptResult).items;
    const was = new Map(before.map((b) => [b.slot, b.fraction]));
    // The attempt's own stored maximum, as its review shows it.
    const max = row.maxPoints ?? items.reduce((sum, i) => sum + i.maxPoints, 0);
    const oldPoints = items.reduce(
      (sum, i) => sum + Math.max(0, was.get(i.slot) ?? i.fraction) * i.maxPoints,
      0,
    );
    const newPoints = row.points ?? 0;
    if (Math.abs(oldPoints - newPoints) < 1e-9) continue;
    await notify(tx, links, recipients.get(row.userId), 'gradeChanged', {
      quizTitle: quizzes.get(row.quizId)?.title ?? 'a quiz',
      before: percent(oldPoints, max),
      after: percent(newPoints, max),
      url: `${links.web}/attempts/${row.id}/review`,
    });
  }
}

/** After learners were added to a cohort: each hears which. */
export async function noticeAddedToCohort(
  tx: Parameters<typeof noticeRecipients>[0],
  links: AppLinks | undefined,
  { cohortName, userIds }: { cohortName: string; userIds: readonly string[] },
) {
  if (!links) return;
  const recipients = await noticeRecipients(tx, userIds);
  for (const userId of userIds)
    await notify(tx, links, recipients.get(userId), 'cohortAdded', {
      cohortName,
      url: `${links.web}/`,
    });
}

const DAY = 86_400_000;
const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/** The ISO week of a moment ("2026-W49"). */
export function isoWeek(now: Date): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / DAY + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** What is left of a course, in words ("3 lessons left and the final assessment to pass"). */
export function workLeft(lessonsLeft: number, finalPassed: boolean): string | null {
  const parts = [
    lessonsLeft > 0 ? `${lessonsLeft} lesson${lessonsLeft === 1 ? '' : 's'} left` : '',
    finalPassed ? '' : 'the final assessment to pass',
  ].filter(Boolean);
  return parts.length ? `you have ${parts.join(' and ')}` : null;
}

/**
 * The scheduled notices, run by every app instance's scheduled work: each job's period (a UTC
 * day, an ISO week) is claimed in the transaction that writes its messages, so it runs once
 * however many instances try and whether or not one restarts, and a crash mid-way leaves the
 * period to the next run. Returns the messages written, by job.
 */
export async function runScheduledNotices(db: Database, links: AppLinks, now = new Date()) {
  const written = { dueSoon: 0, reviewDigest: 0 };
  const day = { job: 'notice.due-soon', period: dayOf(now) };
  if (!(await scheduledRunDone(db, day)))
    await db.transaction(async (tx) => {
      if (!(await claimScheduledRun(tx, day))) return;
      // Due in three days: any time on the third day from today (UTC).
      const from = new Date(Date.parse(day.period) + 3 * DAY);
      const rows = await dueSoonLearners(tx, {
        from,
        to: new Date(from.getTime() + DAY),
      });
      const recipients = await noticeRecipients(
        tx,
        rows.map((r) => r.user_id),
      );
      for (const row of rows) {
        const left = workLeft(row.lessons_left, row.final_passed);
        if (!left) continue;
        if (
          await notify(tx, links, recipients.get(row.user_id), 'dueSoon', {
            cohortName: row.cohort_name,
            dueAt: new Date(row.due_at),
            left,
            url: `${links.web}/`,
          })
        )
          written.dueSoon++;
      }
    });
  const week = { job: 'notice.review-digest', period: isoWeek(now) };
  if (!(await scheduledRunDone(db, week)))
    await db.transaction(async (tx) => {
      if (!(await claimScheduledRun(tx, week))) return;
      const rows = await reviewDueLearners(tx, {
        until: new Date(now.getTime() + 7 * DAY),
      });
      const recipients = await noticeRecipients(
        tx,
        rows.map((r) => r.user_id),
      );
      for (const row of rows)
        if (
          await notify(tx, links, recipients.get(row.user_id), 'reviewDigest', {
            due: row.due,
            url: `${links.web}/review`,
          })
        )
          written.reviewDigest++;
    });
  return written;
}
